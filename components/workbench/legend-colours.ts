import { KIND_COLOURS, VERDICT_MARKS } from '../../utils/highlight/styles';
import type { Verdict } from '../../utils/model/annotation';
import type { ClaimKind } from '../../utils/model/claim';

/** The background a kind of claim gets in the page: the legend and the kind chips use the page's own colours. */
export function kindColour(kind: ClaimKind): string {
  return KIND_COLOURS[kind];
}

/** The underline a verdict gets in the page, as inline style for a legend sample (pattern as well as colour). */
export function verdictUnderline(verdict: Verdict): { textDecoration: string; textDecorationThickness: string } {
  const { colour, pattern } = VERDICT_MARKS[verdict];
  return { textDecoration: `underline ${pattern} ${colour}`, textDecorationThickness: '2px' };
}

/**
 * Sets `--mark-quantity`, `--mark-attribution`, `--mark-passage` on the
 * extension page's root, so its stylesheet (kind chips) uses exactly the
 * colours the marks have in the page.
 */
export function applyMarkColours(root: HTMLElement): void {
  for (const [kind, colour] of Object.entries(KIND_COLOURS)) root.style.setProperty(`--mark-${kind}`, colour);
}
