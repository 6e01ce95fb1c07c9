import type { ClaimKind } from '../model/claim';
import type { Verdict } from '../model/annotation';

export const HIGHLIGHT_PREFIX = 'claimlens';
export const kindHighlight = (kind: ClaimKind) => `${HIGHLIGHT_PREFIX}-${kind}`;
/** Every highlight name Claimlens may register: cleared by name (see HighlightApi). */
const KINDS = Object.keys({ quantity: true, attribution: true, passage: true } satisfies Record<ClaimKind, true>) as ClaimKind[];
export const ALL_HIGHLIGHTS: readonly string[] = KINDS.map(kindHighlight);


/**
 * Colours shared by the page marks and the panel's legend. Kind is shown by
 * background (amber figures, blue attributions, green passages); a verdict
 * adds an underline bar whose colour and pattern read without relying on
 * colour alone. Mark colours keep 3:1 against a white page.
 */
export const KIND_COLOURS: Record<ClaimKind, string> = {
  quantity: 'rgba(255, 193, 7, 0.38)',
  attribution: 'rgba(66, 133, 244, 0.25)',
  passage: 'rgba(52, 168, 83, 0.28)',
};

export const VERDICT_MARKS: Record<Verdict, { colour: string; pattern: 'dotted' | 'solid' | 'dashed' | 'wavy' | 'double' }> = {
  unreviewed: { colour: '#5f6368', pattern: 'dotted' },
  accurate: { colour: '#1e8e3e', pattern: 'solid' },
  'mostly-accurate': { colour: '#188038', pattern: 'dashed' },
  mixed: { colour: '#9334e6', pattern: 'dashed' },
  misleading: { colour: '#c26401', pattern: 'wavy' },
  false: { colour: '#d93025', pattern: 'wavy' },
  unverifiable: { colour: '#5f6368', pattern: 'double' },
};

/**
 * A pale background keeps the text readable; the underline in a strong
 * colour gives the mark more than 3:1 contrast against a white page (5.4:1,
 * 5.9:1, 6.0:1; every verdict bar 4.1:1 or more), and each kind its own line style.
 */
export const KIND_UNDERLINES: Record<ClaimKind, { colour: string; style: 'solid' | 'dotted' }> = {
  quantity: { colour: '#9a5b00', style: 'solid' },
  attribution: { colour: '#1a5fd0', style: 'dotted' },
  passage: { colour: '#137333', style: 'solid' },
};

const underline = (kind: ClaimKind) => `text-decoration: underline ${KIND_UNDERLINES[kind].style} ${KIND_UNDERLINES[kind].colour}; text-decoration-thickness: 2px;`;

/** ::highlight() accepts only colour and decoration properties: the detection marks. */
export const HIGHLIGHT_CSS = `
::highlight(${kindHighlight('quantity')}) { background-color: ${KIND_COLOURS.quantity}; ${underline('quantity')} }
::highlight(${kindHighlight('attribution')}) { background-color: ${KIND_COLOURS.attribution}; ${underline('attribution')} }
`;
