import type { ClaimKind } from '../model/claim';
import { VERDICTS, type Verdict } from '../model/annotation';

export const HIGHLIGHT_PREFIX = 'claimlens';
export const kindHighlight = (kind: ClaimKind) => `${HIGHLIGHT_PREFIX}-${kind}`;
export const verdictHighlight = (verdict: Verdict) => `${HIGHLIGHT_PREFIX}-verdict-${verdict}`;
export const FLASH_HIGHLIGHT = `${HIGHLIGHT_PREFIX}-flash`;

const KINDS = Object.keys({ quantity: true, attribution: true } satisfies Record<ClaimKind, true>) as ClaimKind[];
/** Every highlight name Claimlens may register, so they can be cleared by name (see HighlightApi). */
export const ALL_HIGHLIGHTS: readonly string[] = [...KINDS.map(kindHighlight), ...VERDICTS.map(verdictHighlight), FLASH_HIGHLIGHT];

/**
 * ::highlight() accepts only colour and decoration properties. Kind is shown
 * by background (amber numbers, blue attributions); a verdict adds an
 * underline whose colour and style read without relying on colour alone.
 */
export const HIGHLIGHT_CSS = `
::highlight(${kindHighlight('quantity')}) { background-color: rgba(255, 193, 7, 0.38); }
::highlight(${kindHighlight('attribution')}) { background-color: rgba(66, 133, 244, 0.25); }
::highlight(${verdictHighlight('unreviewed')}) { text-decoration: underline dotted rgba(90, 90, 90, 0.8); }
::highlight(${verdictHighlight('accurate')}) { text-decoration: underline solid #1e8e3e; text-decoration-thickness: 2px; }
::highlight(${verdictHighlight('mostly-accurate')}) { text-decoration: underline solid #81c995; text-decoration-thickness: 2px; }
::highlight(${verdictHighlight('mixed')}) { text-decoration: underline dashed #9334e6; text-decoration-thickness: 2px; }
::highlight(${verdictHighlight('misleading')}) { text-decoration: underline wavy #e8710a; }
::highlight(${verdictHighlight('false')}) { text-decoration: underline wavy #d93025; text-decoration-thickness: 2px; }
::highlight(${verdictHighlight('unverifiable')}) { text-decoration: underline double #80868b; }
::highlight(${FLASH_HIGHLIGHT}) { background-color: rgba(255, 87, 34, 0.55); color: black; }
`;
