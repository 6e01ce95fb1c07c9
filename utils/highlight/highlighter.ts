import type { Verdict } from '../model/annotation';
import type { ClaimKind } from '../model/claim';
import { ALL_HIGHLIGHTS, FLASH_HIGHLIGHT, HIGHLIGHT_CSS, kindHighlight, verdictHighlight } from './styles';

/**
 * The parts of the CSS Custom Highlight API used here, injectable for tests.
 * The registry is only ever read by name: in a Firefox content script the
 * page's registry and style sheet list cannot be iterated ("Xray wrapping of
 * iterators not supported").
 */
export interface HighlightApi {
  registry: { set(name: string, value: Set<AbstractRange>): unknown; delete(name: string): unknown };
  create(ranges: AbstractRange[], priority: number): Set<AbstractRange>;
  adoptStyles(css: string): () => void;
}

export function browserHighlightApi(doc: Document = document): HighlightApi | null {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const css = win?.CSS as (typeof CSS & { highlights?: HighlightRegistry }) | undefined;
  if (!win || !css?.highlights || typeof win.Highlight !== 'function') return null;
  return {
    registry: css.highlights as unknown as HighlightApi['registry'],
    create(ranges, priority) {
      const highlight = new win.Highlight(...ranges);
      highlight.priority = priority;
      return highlight;
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
function copyByIndex<T>(list: ArrayLike<T>): T[] {
  return Array.from({ length: list.length }, (_, i) => list[i]);
}

export interface MarkedRange {
  range: AbstractRange;
  kind: ClaimKind;
  verdict?: Verdict;
}

/**
 * Marks claims in the page without touching its DOM: each kind and each
 * verdict is one named highlight holding many ranges.
 */
export class Highlighter {
  private removeStyles: (() => void) | null = null;
  private flashTimer: (() => void) | null = null;

  constructor(private readonly api: HighlightApi) {}

  /** Replaces all marks with these. */
  render(marks: MarkedRange[]): void {
    this.removeStyles ??= this.api.adoptStyles(HIGHLIGHT_CSS);
    const groups = new Map<string, { ranges: AbstractRange[]; priority: number }>();
    const add = (name: string, range: AbstractRange, priority: number) => {
      const group = groups.get(name) ?? { ranges: [], priority };
      group.ranges.push(range);
      groups.set(name, group);
    };
    for (const mark of marks) {
      add(kindHighlight(mark.kind), mark.range, 1);
      if (mark.verdict) add(verdictHighlight(mark.verdict), mark.range, 2);
    }
    this.clearNamed((name) => name !== FLASH_HIGHLIGHT);
    for (const [name, group] of groups) this.api.registry.set(name, this.api.create(group.ranges, group.priority));
  }

  /** Briefly marks one range so the eye finds it after scrolling; `schedule` is the caller's timer (ctx.setTimeout). */
  flash(range: AbstractRange, schedule: (done: () => void, ms: number) => void, ms = 1600): void {
    this.api.registry.set(FLASH_HIGHLIGHT, this.api.create([range], 10));
    const token = () => this.api.registry.delete(FLASH_HIGHLIGHT);
    this.flashTimer = token;
    schedule(() => {
      if (this.flashTimer === token) token();
    }, ms);
  }

  destroy(): void {
    this.clearNamed(() => true);
    this.removeStyles?.();
    this.removeStyles = null;
  }

  private clearNamed(keep: (name: string) => boolean): void {
    for (const name of ALL_HIGHLIGHTS) {
      if (keep(name)) this.api.registry.delete(name);
    }
  }
}
