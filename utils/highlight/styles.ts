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

/** ::highlight() accepts only colour and decoration properties: the detection marks. */
export const HIGHLIGHT_CSS = `
::highlight(${kindHighlight('quantity')}) { background-color: ${KIND_COLOURS.quantity}; }
::highlight(${kindHighlight('attribution')}) { background-color: ${KIND_COLOURS.attribution}; }
`;
