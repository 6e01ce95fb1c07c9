import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { looksLikeArticle } from '../../utils/loader/is-article';
import { DISABLED_SITES_KEY, isSiteDisabled, loadScannerMessage, SCANNER_LAYER_TAG, type LoadReason } from '../../utils/loader/scanner-request';

/** Second looks for pages that render their story after load (client-side apps). */
const LATER_LOOKS_MS = [2000, 6000];

/**
 * The only script declared for every page: a few kB that decide cheaply
 * whether the page is a story (utils/loader/is-article.ts) and only then ask
 * the background to inject the scanner (entrypoints/scanner.content). Mail,
 * banking and search pages run this and nothing more. The panel, popup,
 * context menu and shortcut inject the scanner on any page themselves.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // No window.postMessage announcing the start (WXT's legacy hand-over, kept
  // unless switched off): every page would receive it, naming the extension's
  // id, and Chromium captures a stack trace for it inside the evaluation.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const stored: Record<string, unknown> = await browser.storage.local.get(DISABLED_SITES_KEY).catch(() => ({}));
    if (ctx.isInvalid || isSiteDisabled(stored[DISABLED_SITES_KEY], location.hostname)) return;

    let asked = false;
    const look = () => {
      if (asked || ctx.isInvalid) return;
      const started = performance.now();
      // An earlier version's scanner ran here (the extension was updated): the page gets one again, story or not.
      const reason: LoadReason | undefined = document.querySelector(SCANNER_LAYER_TAG) ? 'earlier-scanner' : looksLikeArticle(document).reason;
      if (!reason) return;
      asked = true;
      browser.runtime.sendMessage(loadScannerMessage(reason, performance.now() - started)).catch(() => {
        asked = false; // the background was restarting: the next look asks again
      });
    };
    look();
    for (const ms of LATER_LOOKS_MS) ctx.setTimeout(look, ms);
    // In-place navigation (a client-side app) may arrive at a story.
    ctx.addEventListener(window, 'wxt:locationchange', look);
  },
});
