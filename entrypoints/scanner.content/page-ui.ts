import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HoverCard, SelectionButton, WIDGETS_CSS, type Place } from '../../utils/content/page-widgets';
import { MARK_LAYER_CSS, MarkLayer } from '../../utils/highlight/mark-layer';

export interface PageUi {
  layer: MarkLayer;
  card: HoverCard;
  button: SelectionButton;
  /** A viewport point or rect corner as a place relative to the widgets' origin. */
  placeAt(x: number, y: number): Place;
}

// The host takes no room and no events; everything in it is positioned
// relative to it, so it scrolls with the page.
const HOST_CSS = `:host { all: initial !important; display: block !important; position: absolute !important; left: 0 !important; top: 0 !important;
  width: 0 !important; height: 0 !important; overflow: visible !important; z-index: 2147483646 !important; pointer-events: none !important; }`;

/**
 * The extension's only element in the page: a closed shadow root (the page
 * can neither read nor restyle it) holding the private marks, the hover card
 * and the selection button. Events inside it do not reach the page.
 */
export async function mountPageUi(ctx: ContentScriptContext, onAnnotate: () => void): Promise<PageUi> {
  let parts: PageUi | null = null;
  const ui = await createShadowRootUi(ctx, {
    name: 'claimlens-layer',
    position: 'inline',
    anchor: () => document.documentElement,
    append: 'last',
    mode: 'closed',
    isolateEvents: ['click', 'pointerdown', 'pointerup', 'mousedown', 'mouseup', 'keydown', 'keyup', 'keypress', 'focusin', 'focusout'],
    css: `${HOST_CSS}\n${MARK_LAYER_CSS}\n${WIDGETS_CSS}`,
    onMount(container, _shadow, host) {
      // A layer left by an earlier instance: Firefox destroys an updated or
      // disabled add-on's content scripts without running their clean-up,
      // so their frozen marks would stay drawn over the page.
      for (const stale of document.querySelectorAll('claimlens-layer')) if (stale !== host) stale.remove();
      const origin = () => host.getBoundingClientRect();
      parts = {
        layer: new MarkLayer(container, origin),
        card: new HoverCard(container),
        button: new SelectionButton(container, onAnnotate),
        placeAt(x, y) {
          const o = origin();
          return { left: x - o.left, top: y - o.top };
        },
      };
      return parts;
    },
  });
  ui.mount();
  if (!parts) throw new Error('Claimlens could not add its layer to the page');
  return parts;
}
