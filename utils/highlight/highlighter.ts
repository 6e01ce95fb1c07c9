import type { ClaimKind } from '../model/claim';
import { ALL_HIGHLIGHTS, HIGHLIGHT_CSS, kindHighlight } from './styles';

/** A highlight as the CSS Custom Highlight API has it: a set of ranges. */
export type HighlightSet = Set<AbstractRange>;

/**
 * The parts of the CSS Custom Highlight API used here, injectable for tests.
 * The registry is only ever read by name: in a Firefox content script the
 * page's registry and style sheet list cannot be iterated ("Xray wrapping of
 * iterators not supported").
 */
export interface HighlightApi {
  registry: Pick<Map<string, HighlightSet>, 'get' | 'delete'> & { set(name: string, value: HighlightSet): unknown };
  /** An empty highlight: ranges are added one by one (spreading 100,000 ranges into a constructor overflows the stack). */
  create(priority: number): HighlightSet;
  adoptStyles(css: string): () => void;
}

export function browserHighlightApi(doc: Document = document): HighlightApi | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const css = win?.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  if (!win || !css?.highlights || typeof win.Highlight !== 'function') return null;
  return {
    registry: css.highlights as unknown as HighlightApi['registry'],
    create(priority) {
      const highlight = new win.Highlight();
      highlight.priority = priority;
      return highlight as unknown as HighlightSet;
    },
    adoptStyles(text) {
      // A constructed stylesheet adds no node to the page's DOM.
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(text);
      doc.adoptedStyleSheets = [...copyByIndex(doc.adoptedStyleSheets), sheet];
      return () => {
        doc.adoptedStyleSheets = copyByIndex(doc.adoptedStyleSheets).filter((s) => s !== sheet);
      };
    },
  };
}

/** A page-owned list copied through its length and indexes, never its iterator (see HighlightApi). */
export function copyByIndex<T>(list: ArrayLike<T>): T[] {
  return Array.from({ length: list.length }, (_, i) => list[i]);
}

/**
 * Marks what the detector found, by kind, without touching the page's DOM:
 * one named highlight per kind. The page's own scripts can read this registry,
 * so it holds only detections (which any page could compute from its own
 * text), never anything the user did: verdicts, passages, dismissals and
 * focus are drawn in the closed overlay (mark-layer.ts).
 */
export class Highlighter {
  private removeStyles: (() => void) | null = null;
  private readonly named = new Map<string, HighlightSet>();

  constructor(private readonly api: HighlightApi) {}

  /** Adds one detected claim's range; marks appear as they are added. */
  add(kind: ClaimKind, range: AbstractRange): void {
    this.removeStyles ??= this.api.adoptStyles(HIGHLIGHT_CSS);
    const name = kindHighlight(kind);
    let highlight = this.named.get(name);
    if (!highlight || this.api.registry.get(name) !== highlight) {
      highlight = this.api.create(1);
      this.named.set(name, highlight);
      this.api.registry.set(name, highlight);
    }
    highlight.add(range);
  }

  /** Removes one claim's mark (its text left the page). */
  remove(kind: ClaimKind, range: AbstractRange): void {
    this.named.get(kindHighlight(kind))?.delete(range);
  }

  /** Removes every mark (a full rescan follows). */
  clear(): void {
    for (const name of ALL_HIGHLIGHTS) this.api.registry.delete(name);
    this.named.clear();
  }

  destroy(): void {
    this.clear();
    this.removeStyles?.();
    this.removeStyles = null;
  }
}
