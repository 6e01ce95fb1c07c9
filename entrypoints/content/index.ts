import { defineContentScript } from 'wxt/utils/define-content-script';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { detectClaims } from '../../utils/detect';
import { browserHighlightApi, Highlighter } from '../../utils/highlight/highlighter';
import { handleMessage, request } from '../../utils/messaging';
import { PageScanner } from '../../utils/scan/page-scanner';
import { disabledSitesItem, isSiteEnabled } from '../../utils/settings';

/** Quiet time before content that arrived later is read, so a burst of DOM changes is one scan. */
const MUTATION_DEBOUNCE_MS = 600;
const NAVIGATION_SETTLE_MS = 400;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const api = browserHighlightApi(document);
    const scanner = new PageScanner({
      detect: detectClaims,
      highlighter: api ? new Highlighter(api) : null,
      loadAnnotations: (page) => request('getPageAnnotations', { url: page.url, canonicalUrl: page.canonicalUrl }),
      scheduler: { setTimeout: (run, ms) => ctx.setTimeout(run, ms) },
    });
    ctx.onInvalidated(() => scanner.clear());

    let enabled = await isSiteEnabled(location.hostname);
    let firstScan: Promise<void> = enabled ? safely(scanner.scanPage()) : Promise.resolve();

    for (const remove of [
      handleMessage('listClaims', async () => {
        await firstScan;
        return enabled ? scanner.listClaims(true) : { ...scanner.listClaims(false), claims: [] };
      }),
      handleMessage('focusClaim', ({ key }) => ({ found: enabled && scanner.focus(key) })),
      handleMessage('annotationsChanged', async () => {
        if (enabled) await scanner.refreshAnnotations();
      }),
    ]) {
      ctx.onInvalidated(remove);
    }

    const unwatch = disabledSitesItem.watch((sites) => {
      const next = !(sites ?? []).includes(location.hostname);
      if (next === enabled) return;
      enabled = next;
      if (enabled) firstScan = safely(scanner.scanPage());
      else scanner.clear();
    });
    ctx.onInvalidated(unwatch);

    // The event fires as navigation starts, before location and the new
    // story's DOM are in place: rescan once they have settled.
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      ctx.setTimeout(() => {
        if (enabled) firstScan = safely(scanner.scanPage());
      }, NAVIGATION_SETTLE_MS);
    });

    watchLaterContent(ctx, (roots) => {
      if (enabled) firstScan = firstScan.then(() => safely(scanner.scanAdded(roots)));
    });
  },
});

/** A page that defeats the scanner must not break the page or the popup: report and carry on. */
function safely(scan: Promise<void>): Promise<void> {
  return scan.catch((error: unknown) => console.warn('Claimlens could not scan this page:', error));
}

/** Collects subtrees added to the page and hands them over after a quiet period. */
function watchLaterContent(ctx: ContentScriptContext, onAdded: (roots: Node[]) => void): void {
  let pending: Node[] = [];
  let timer: number | undefined;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      record.addedNodes.forEach((node) => {
        if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.TEXT_NODE) pending.push(node.nodeType === Node.TEXT_NODE ? node.parentNode ?? node : node);
      });
    }
    if (pending.length === 0) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      const roots = outermost(pending);
      pending = [];
      onAdded(roots);
    }, MUTATION_DEBOUNCE_MS);
  });
  observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => observer.disconnect());
}

/** Drops nodes inside other added nodes, so each new text is read once. */
function outermost(nodes: Node[]): Node[] {
  const unique = [...new Set(nodes)];
  return unique.filter((node) => !unique.some((other) => other !== node && other.contains(node)));
}
