import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardHandover, NavigationRescan } from '../../utils/content/guards';
import { LaterContent } from '../../utils/content/later-content';
import { Timers } from '../../utils/content/timers';
import { detectClaims } from '../../utils/detect';
import { currentLanguage, watchLanguage } from '../../utils/i18n/current';
import type { Language } from '../../utils/i18n/languages';
import { translatePage } from '../../utils/i18n/page-words';
import { browserHighlightApi, Highlighter } from '../../utils/highlight/highlighter';
import { buildNow } from '../../utils/lazy-schema';
import { handleMessage, request, scannerSchemas } from '../../utils/messaging';
import { PageScanner } from '../../utils/scan/page-scanner';
import { defaultYield } from '../../utils/scan/slices';
import { disabledSitesItem, isSiteEnabled } from '../../utils/settings';
import { normalizePageUrl } from '../../utils/url';
import { mountPageUi, type PageUi } from './page-ui';
import { watchPointer } from './pointer';

const NAVIGATION_SETTLE_MS = 400;

/**
 * The scanner: extraction, detection, marks, the in-page widgets and the
 * answers to the panel. Not declared in the manifest: the background
 * injects it (entrypoints/background/scanner.ts) when the loader finds a
 * story, or when the panel, popup, menu or shortcut needs it on any page.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  // WXT would also announce the start with window.postMessage, which the page
  // receives (and Chromium then captures a stack trace for it, re-reading
  // this whole script while its evaluation still holds the page's main thread:
  // 30–60 ms in traces). The DOM event WXT sends as well is the one its
  // hand-over uses (guardHandover).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    const extensionAlive = () => browser.runtime?.id != null;
    // WXT's own event name (private in its types, public in the page): see guards.ts.
    const handoverEvent = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string }).SCRIPT_STARTED_MESSAGE_TYPE;
    ctx.onInvalidated(guardHandover(window, handoverEvent, extensionAlive));
    const timers = new Timers();
    ctx.onInvalidated(() => timers.stop());
    /** Every callback from the page first checks that the extension is still there (it may have been updated). */
    const live = () => !ctx.isInvalid;
    // Evaluating this script is one task of the page's main thread; the start-up below gets tasks of its own (issue 10: no task of 50 ms).
    const nextTurn = defaultYield({ setTimeout: (run, ms) => timers.setTimeout(run, ms) });
    await nextTurn();
    if (!live()) return;

    let activeKey: string | undefined;
    // The in-page widgets speak the extension's language (its setting, else the browser's), not the page's.
    let language: Language = 'en';
    let ui: PageUi | null = null;
    const api = browserHighlightApi(document);
    const scanner = new PageScanner({
      detect: detectClaims,
      highlighter: api ? new Highlighter(api) : null,
      // The overlay is mounted just below; until then (or if the page refused it) private marks wait.
      markLayer: {
        setMarks: (marks) => ui?.layer.setMarks(marks),
        setFocus: (range) => ui?.layer.setFocus(range),
        flash: (range) => ui?.layer.flash(range),
      },
      loadAnnotations: (page) => request('getPageAnnotations', { url: page.url, canonicalUrl: page.canonicalUrl }),
      scheduler: { setTimeout: (run, ms) => timers.setTimeout(run, ms) },
      onChanged: () => {
        if (live()) void request('pageChanged', { url: scanner.url }).catch(() => undefined);
      },
    });
    ctx.onInvalidated(() => scanner.clear());

    /** Annotates the current selection as a passage, then shows it in the panel. */
    const annotateSelection = async (): Promise<{ created: boolean; reason?: string }> => {
      const range = selectedRange();
      if (!range) return { created: false, reason: 'Select some text in the page first.' };
      const target = scanner.describeSelection(range);
      const place = ui ? placeBelow(ui, range) : null;
      if (!target) {
        if (ui && place) ui.card.say(translatePage(language, 'card.noPageText'), place);
        return { created: false, reason: 'The selection holds no page text.' };
      }
      const annotation = await request('createPassage', target);
      await scanner.refreshAnnotations();
      activeKey = scanner.listClaims().anchors.find((a) => a.annotationId === annotation.id)?.key;
      ui?.button.hide();
      window.getSelection()?.removeAllRanges();
      if (activeKey) void request('claimActivated', { key: activeKey, annotationId: annotation.id }).catch(() => undefined);
      return { created: true };
    };

    try {
      ui = await mountPageUi(ctx, () => {
        if (!live()) return;
        // Ask for the panel first, while the click still counts as the user's gesture.
        void request('openPanel', {}).catch(() => undefined);
        void annotateSelection().catch((error: unknown) => console.warn('Claimlens could not annotate the selection:', error));
      });
    } catch (error) {
      console.warn('Claimlens shows marks only (no in-page controls):', error);
    }

    const speak = (next: Language) => {
      language = next;
      ui?.card.setLanguage(next);
      ui?.button.setLanguage(next);
    };
    void currentLanguage().then((next) => live() && speak(next), () => undefined);
    const unwatchLanguage = watchLanguage((next) => live() && speak(next));
    ctx.onInvalidated(() => {
      try {
        unwatchLanguage();
      } catch {
        // The extension is already gone: its storage listener went with it.
      }
    });

    // The schemas of the first messages, one per turn, before the messages come (see scannerSchemas).
    for (const schema of scannerSchemas()) {
      buildNow(schema);
      await nextTurn();
      if (!live()) return;
    }

    let enabled = await isSiteEnabled(location.hostname);
    let firstScan: Promise<void> = enabled ? safely(scanner.scanPage()) : Promise.resolve();

    for (const remove of [
      handleMessage('listClaims', async (data) => {
        await firstScan;
        const listed = scanner.listClaims(enabled, data?.offset ?? 0, data?.limit);
        return { ...(enabled ? listed : { ...listed, claims: [], total: 0 }), ...(activeKey ? { activeKey } : {}) };
      }),
      handleMessage('focusClaim', ({ key }) => {
        const found = enabled && scanner.focus(key);
        if (found) activeKey = key;
        return { found };
      }),
      handleMessage('annotationsChanged', async () => {
        if (enabled) await scanner.refreshAnnotations();
      }),
      handleMessage('annotateSelection', () => annotateSelection()),
      handleMessage('ping', () => ({ alive: true as const })),
      handleMessage('listMarks', () => ({
        marks: (ui?.layer.describe() ?? []).map(({ mark, boxes }) => ({
          text: mark.range.toString(),
          kind: mark.kind,
          ...(mark.verdict ? { verdict: mark.verdict } : {}),
          dismissed: mark.dismissed ?? false,
          recheck: mark.recheck ?? false,
          boxes,
        })),
        focus: ui?.layer.focusText ?? null,
        card: ui?.card.shownText ?? null,
      })),
      handleMessage('readSelection', () => {
        const range = selectedRange();
        return range ? scanner.describeSelection(range) : null;
      }),
    ]) {
      ctx.onInvalidated(remove);
    }

    const unwatch = disabledSitesItem.watch((sites) => {
      if (!live()) return;
      const next = !(sites ?? []).includes(location.hostname);
      if (next === enabled) return;
      enabled = next;
      if (enabled) firstScan = safely(scanner.scanPage());
      else scanner.clear();
    });
    ctx.onInvalidated(() => {
      try {
        unwatch();
      } catch {
        // The extension is already gone: its storage listener went with it.
      }
    });

    // In-page navigation: WXT's location-change event (which a page can forge) only prompts a check of the real URL.
    const navigation = new NavigationRescan({
      currentUrl: () => normalizePageUrl(location.href),
      scannedUrl: () => scanner.url,
      rescan: () => (enabled && live() ? (firstScan = safely(scanner.scanPage())) : Promise.resolve()),
      setTimeout: (run, ms) => timers.setTimeout(run, ms),
      now: () => performance.now(),
      settleMs: NAVIGATION_SETTLE_MS,
      minIntervalMs: 1000,
    });
    ctx.onInvalidated(() => navigation.stop());
    ctx.addEventListener(window, 'wxt:locationchange', () => live() && navigation.poke());

    // Content that arrives later: coalesced, at most a quarter of the main thread on a page that never stops changing.
    const later = new LaterContent(
      { debounceMs: 600, maxWaitMs: 3000, cpuShare: 0.25, setTimeout: (run, ms) => timers.setTimeout(run, ms), now: () => performance.now() },
      (roots) => {
        if (!enabled || !live()) return;
        firstScan = firstScan.then(() => safely(scanner.scanAdded(roots)));
        return firstScan;
      },
    );
    const observer = new MutationObserver((records) => {
      if (!live()) return;
      for (const record of records) later.added(record.addedNodes);
    });
    observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      later.stop();
    });

    if (ui) {
      const pageUi = ui;
      watchPointer(ctx, timers, {
        live: () => live() && enabled,
        hasClaims: () => scanner.hasClaims,
        claimAt: (node, offset, x, y) => scanner.claimAt(node, offset, x, y),
        onActivate: (hit) => {
          activeKey = hit.key;
          // Ask for the panel while the click is still the user's gesture; an open panel shows the claim.
          void request('openPanel', { key: hit.key }).catch(() => undefined);
          void request('claimActivated', hit).catch(() => undefined);
        },
        describe: (key) => {
          const view = scanner.viewOf(key);
          if (!view) return null;
          const annotation = scanner.annotationOf(view.annotationId);
          return { kind: view.claim.type, text: view.claim.text, verdict: view.verdict, note: annotation?.note, dismissed: view.dismissed, recheck: view.anchorState === 'changed' };
        },
        ui: pageUi,
      });
      // Layout changes move text under the private marks: redraw them, at most once a frame.
      let redrawQueued = false;
      const redraw = () => {
        if (redrawQueued || !live()) return;
        redrawQueued = true;
        // window's own rAF: WXT's ctx.requestAnimationFrame adds a listener per call that is never removed.
        requestAnimationFrame(() => {
          redrawQueued = false;
          if (live()) pageUi.layer.draw();
        });
      };
      const resize = new ResizeObserver(redraw);
      resize.observe(document.documentElement);
      if (document.body) resize.observe(document.body);
      ctx.onInvalidated(() => resize.disconnect());
      // Text inside a scrolling box moves without the page scrolling.
      ctx.addEventListener(document, 'scroll', (event) => event.target !== document && redraw(), { capture: true, passive: true });
    }
  },
});

/** A page that defeats the scanner must not break the page or the panel: report and carry on. */
function safely(scan: Promise<void>): Promise<void> {
  return scan.catch((error: unknown) => console.warn('Claimlens could not scan this page:', error));
}

/** The page's current selection, when it selects something. */
function selectedRange(): Range | null {
  const selection = window.getSelection();
  return selection && !selection.isCollapsed && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
}

function placeBelow(ui: PageUi, range: Range) {
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  return ui.placeAt(last.left, last.bottom + 6);
}
