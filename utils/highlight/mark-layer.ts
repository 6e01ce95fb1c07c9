import type { Verdict } from '../model/annotation';
import type { ClaimKind } from '../model/claim';
import { KIND_COLOURS, KIND_UNDERLINES, VERDICT_MARKS } from './styles';

/** A mark only the user may see: what they did to a claim. */
export interface PrivateMark {
  range: Range;
  kind: ClaimKind;
  /** The detector found it, so its kind is already shown by the public highlight; otherwise the layer tints it. */
  detected: boolean;
  verdict?: Verdict;
  dismissed?: boolean;
  /** The passage changed since the verdict was given. */
  recheck?: boolean;
}

/** What the scanner needs from the private layer (a fake in unit tests). */
export interface PrivateMarks {
  setMarks(marks: PrivateMark[]): void;
  /** What is drawn: each mark with the number of boxes it got. */
  describe?(): { mark: PrivateMark; boxes: number }[];
  setFocus(range: Range | null): void;
  flash(range: Range | null): void;
}

/**
 * Draws verdicts, hand-picked passages, dismissals and focus as boxes in a
 * closed shadow root laid over the page. Unlike CSS.highlights, nothing here
 * can be read by the page's scripts: the boxes live in a shadow tree the
 * page cannot open, and they take no pointer events.
 * Positions are relative to the layer's own host, so they follow the page
 * as it scrolls; a redraw is needed only after layout changes.
 */
export class MarkLayer implements PrivateMarks {
  private marks: PrivateMark[] = [];
  private flashRange: Range | null = null;
  private focusRange: Range | null = null;
  private readonly boxes: HTMLElement;
  private drawn: number[] = [];

  constructor(
    private readonly container: HTMLElement,
    private readonly origin: () => DOMRect = () => container.getBoundingClientRect(),
  ) {
    const doc = container.ownerDocument;
    this.boxes = doc.createElement('div');
    this.boxes.className = 'marks';
    container.append(this.boxes);
  }

  setMarks(marks: PrivateMark[]): void {
    this.marks = marks;
    this.draw();
  }

  /** Briefly lights one range so the eye finds it after scrolling. */
  flash(range: Range | null): void {
    this.flashRange = range;
    this.draw();
  }

  /** The claim open in the panel, outlined until another is chosen. */
  setFocus(range: Range | null): void {
    this.focusRange = range;
    this.draw();
  }

  /** Recomputes every box from the ranges (after layout changes). */
  draw(): void {
    const doc = this.container.ownerDocument;
    const origin = this.origin();
    const fragment = doc.createDocumentFragment();
    this.drawn = this.marks.map(() => 0);
    for (const [index, mark] of this.marks.entries()) {
      if (!mark.range.startContainer.isConnected) continue;
      const rects = lineRects(mark.range);
      this.drawn[index] = rects.length;
      for (const rect of rects) {
        // A passage (or a claim no longer detected) gets its kind's tint and underline here, as detections get them from CSS.highlights.
        if (!mark.detected) fragment.append(box(doc, rect, origin, 'tint', { background: KIND_COLOURS[mark.kind], boxShadow: `inset 0 -2px 0 ${KIND_UNDERLINES[mark.kind].colour}` }));
        if (mark.dismissed) fragment.append(box(doc, rect, origin, 'strike'));
        // A changed passage never wears the verdict given to other words: only "needs re-check".
        else if (mark.recheck) fragment.append(box(doc, rect, origin, 'recheck'));
        else if (mark.verdict) fragment.append(verdictBar(doc, rect, origin, mark.verdict));
      }
    }
    if (this.focusRange?.startContainer.isConnected) for (const rect of lineRects(this.focusRange)) fragment.append(box(doc, rect, origin, 'focus'));
    if (this.flashRange?.startContainer.isConnected) for (const rect of lineRects(this.flashRange)) fragment.append(box(doc, rect, origin, 'flash'));
    this.boxes.replaceChildren(fragment);
  }

  describe(): { mark: PrivateMark; boxes: number }[] {
    return this.marks.map((mark, index) => ({ mark, boxes: this.drawn[index] ?? 0 }));
  }

  get focusText(): string | null {
    return this.focusRange?.toString() ?? null;
  }

  destroy(): void {
    this.marks = [];
    this.boxes.remove();
  }
}

/** The layer's stylesheet, for the shadow root it lives in. */
export const MARK_LAYER_CSS = `
.marks { position: absolute; left: 0; top: 0; width: 0; height: 0; pointer-events: none; }
.box { position: absolute; pointer-events: none; box-sizing: border-box; }
.tint { mix-blend-mode: multiply; border-radius: 2px; }
.bar { height: 3px; border-radius: 1px; }
.bar.pattern-solid { background: var(--c); }
.bar.pattern-dotted { background: repeating-linear-gradient(90deg, var(--c) 0 3px, transparent 3px 6px); }
.bar.pattern-dashed { background: repeating-linear-gradient(90deg, var(--c) 0 8px, transparent 8px 12px); }
.bar.pattern-wavy { height: 4px; background: repeating-linear-gradient(135deg, var(--c) 0 2px, transparent 2px 4px), linear-gradient(var(--c), var(--c)) bottom / 100% 1px no-repeat; }
.bar.pattern-double { height: 5px; border-top: 2px solid var(--c); border-bottom: 2px solid var(--c); }
.recheck { outline: 2px dashed #b3261e; outline-offset: 1px; border-radius: 2px; }
.strike { border-top: 2px solid rgba(60, 64, 67, 0.85); height: 0; }
.focus { outline: 2px solid #1a73e8; outline-offset: 1px; border-radius: 2px; }
.flash { background: rgba(255, 87, 34, 0.45); mix-blend-mode: multiply; border-radius: 2px; }
`;

function lineRects(range: Range): DOMRect[] {
  return [...range.getClientRects()].filter((r) => r.width >= 1 && r.height >= 1);
}

function box(doc: Document, rect: DOMRect, origin: DOMRect, kind: 'tint' | 'strike' | 'focus' | 'flash' | 'recheck', style: Record<string, string> = {}): HTMLElement {
  const el = doc.createElement('div');
  el.className = `box ${kind}`;
  const top = kind === 'strike' ? rect.top + rect.height / 2 : rect.top;
  Object.assign(el.style, {
    left: `${rect.left - origin.left}px`,
    top: `${top - origin.top}px`,
    width: `${rect.width}px`,
    height: kind === 'strike' ? '0px' : `${rect.height}px`,
    ...style,
  });
  return el;
}

function verdictBar(doc: Document, rect: DOMRect, origin: DOMRect, verdict: Verdict): HTMLElement {
  const { colour, pattern } = VERDICT_MARKS[verdict];
  const el = doc.createElement('div');
  el.className = `box bar pattern-${pattern}`;
  el.style.setProperty('--c', colour);
  Object.assign(el.style, { left: `${rect.left - origin.left}px`, top: `${rect.bottom - origin.top}px`, width: `${rect.width}px` });
  return el;
}
