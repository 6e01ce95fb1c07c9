import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { CardContent } from '../../utils/content/page-widgets';
import type { Timers } from '../../utils/content/timers';
import type { PageUi } from './page-ui';

interface Hit {
  key: string;
  annotationId?: string;
}

export interface PointerDeps {
  live(): boolean;
  /** Pages with nothing listed (most of the web) skip the hit-test entirely. */
  hasClaims(): boolean;
  claimAt(node: Node, offset: number, x: number, y: number): Hit | null;
  onActivate(hit: Hit): void;
  describe(key: string): CardContent | null;
  ui: PageUi;
}

const HOVER_CHECK_MS = 60;
const HOVER_SHOW_MS = 250;
const SELECTION_SETTLE_MS = 200;

/**
 * Highlights get no events, so clicks and hovers are hit-tested against the
 * marked ranges: the caret position under the pointer gives a text offset,
 * the offset gives the claim, and the claim's boxes confirm the hit. Also
 * offers the "Annotate" button next to a text selection.
 */
export function watchPointer(ctx: ContentScriptContext, timers: Timers, deps: PointerDeps): void {
  const { ui } = deps;
  const hitAt = (x: number, y: number): Hit | null => {
    const caret = caretAt(x, y);
    return caret ? deps.claimAt(caret.node, caret.offset, x, y) : null;
  };

  ctx.addEventListener(
    document,
    'click',
    (event) => {
      if (!deps.live() || !deps.hasClaims() || !(event instanceof MouseEvent) || event.button !== 0) return;
      const selection = window.getSelection();
      if (selection && !selection.isCollapsed) return; // the user was selecting text, not clicking a mark
      const hit = hitAt(event.clientX, event.clientY);
      if (hit) deps.onActivate(hit);
    },
    { passive: true },
  );

  let pointer: { x: number; y: number } | null = null;
  let checking = false;
  let shownKey: string | null = null;
  let cancelShow: (() => void) | null = null;
  const check = () => {
    checking = false;
    if (!pointer || !deps.live() || !deps.hasClaims()) return;
    const { x, y } = pointer;
    const hit = hitAt(x, y);
    if ((hit?.key ?? null) === shownKey) return;
    shownKey = hit?.key ?? null;
    cancelShow?.();
    ui.card.hide();
    if (!hit) return;
    cancelShow = timers.setTimeout(() => {
      const content = shownKey === hit.key ? deps.describe(hit.key) : null;
      if (content) ui.card.show(content, ui.placeAt(x + 12, y + 16));
    }, HOVER_SHOW_MS);
  };
  ctx.addEventListener(
    document,
    'pointermove',
    (event) => {
      if (!(event instanceof PointerEvent) || event.pointerType === 'touch') return;
      pointer = { x: event.clientX, y: event.clientY };
      if (!checking) {
        checking = true;
        timers.setTimeout(check, HOVER_CHECK_MS);
      }
    },
    { passive: true },
  );
  ctx.addEventListener(
    window,
    'scroll',
    () => {
      shownKey = null;
      ui.card.hide();
    },
    { passive: true },
  );

  let cancelSelection: (() => void) | null = null;
  ctx.addEventListener(document, 'selectionchange', () => {
    cancelSelection?.();
    cancelSelection = timers.setTimeout(() => {
      if (!deps.live()) return;
      const selection = window.getSelection();
      if (!selection || selection.isCollapsed || selection.rangeCount === 0 || selection.toString().trim().length < 2) return ui.button.hide();
      const range = selection.getRangeAt(0);
      const rects = range.getClientRects();
      const last = rects[rects.length - 1];
      if (!last) return ui.button.hide();
      ui.card.hide();
      ui.button.show(ui.placeAt(last.right - 20, last.bottom + 6));
    }, SELECTION_SETTLE_MS);
  });
}

/** The text position under a viewport point (standard API first, WebKit's older one otherwise). */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const doc = document as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
