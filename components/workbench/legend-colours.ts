import { HIGHLIGHT_CSS, kindHighlight, verdictHighlight } from '../../utils/highlight/styles';
import type { Verdict } from '../../utils/model/annotation';
import type { ClaimKind } from '../../utils/model/claim';

/**
 * The declarations the page's marks use, read from the content script's own
 * stylesheet so the legend can never drift from what is drawn in the page
 * (a style added there, e.g. for passages, shows up here by itself).
 */
export function highlightDeclarations(name: string, css = HIGHLIGHT_CSS): Record<string, string> {
  const rule = new RegExp(`::highlight\\(${name.replace(/[-]/g, '\\-')}\\)\\s*\\{([^}]*)\\}`).exec(css);
  const out: Record<string, string> = {};
  for (const declaration of rule?.[1].split(';') ?? []) {
    const colon = declaration.indexOf(':');
    if (colon > 0) out[declaration.slice(0, colon).trim()] = declaration.slice(colon + 1).trim();
  }
  return out;
}

/** The background a kind of claim gets in the page, or null when the page gives it none. */
export function kindColour(kind: ClaimKind, css = HIGHLIGHT_CSS): string | null {
  return highlightDeclarations(kindHighlight(kind), css)['background-color'] ?? null;
}

/** The underline a verdict gets in the page (`text-decoration` and thickness), as inline style. */
export function verdictUnderline(verdict: Verdict, css = HIGHLIGHT_CSS): { textDecoration?: string; textDecorationThickness?: string } {
  const d = highlightDeclarations(verdictHighlight(verdict), css);
  return { textDecoration: d['text-decoration'], textDecorationThickness: d['text-decoration-thickness'] };
}

/**
 * Sets `--mark-quantity`, `--mark-attribution`, `--mark-passage` on the page's
 * root from the page marks' colours, so the extension's own styles (kind
 * chips, legend) use exactly what the page shows.
 */
export function applyMarkColours(root: HTMLElement, css = HIGHLIGHT_CSS): void {
  for (const kind of ['quantity', 'attribution', 'passage'] as const) {
    const colour = kindColour(kind, css);
    if (colour) root.style.setProperty(`--mark-${kind}`, colour);
  }
}
