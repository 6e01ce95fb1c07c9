import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { waitForMarks } from '../support/e2e';
import { describeInBrowsers, type ExtensionSession, type TestPage } from '../support/harness';
import { textsOf } from '../support/popup';
import { askTabIn, messengerPage } from '../support/tab-messages';

/**
 * The loader (entrypoints/loader.content) runs on every page; the scanner
 * only where the loader finds a story, or where the panel asks for it.
 */
const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));
/** A mail inbox: short lines full of figures, no story. The loader must leave it alone. */
const INBOX = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Inbox (3) - Mail</title></head>
<body><header><nav><a href="/inbox">Inbox</a> <a href="/sent">Sent</a></nav></header>
<main><h1>Inbox</h1><table class="messages"><tbody>
<tr><td>Regional office</td><td>Evacuation update: officials said 2,300 residents had left the villages</td><td>09:12</td></tr>
<tr><td>Bank</td><td>Your statement: 4,750 euros were credited on Monday</td><td>08:40</td></tr>
<tr><td>Newsletter</td><td>The ministry said about 1,200 trucks crossed the border this week</td><td>Yesterday</td></tr>
</tbody></table></main></body></html>`;
/** Past the loader's last second look (LATER_LOOKS_MS in entrypoints/loader.content). */
const LOADER_DONE_MS = 6500;

let server: StaticServer;
beforeAll(async () => {
  const inbox = join(mkdtempSync(join(tmpdir(), 'claimlens-loader-')), 'inbox.html');
  writeFileSync(inbox, INBOX);
  server = await serveFiles({ '/a/sample.html': SAMPLE, '/inbox.html': inbox });
});
afterAll(async () => {
  await server?.close();
});

const scannerAnswers = (session: ExtensionSession, page: TestPage) =>
  askTabIn(session, page, 'ping', undefined).then(
    () => true,
    () => false,
  );
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A tab opened in the background, driven from an extension page: Firefox
 * opens the extension's sidebar at install, and an open panel lists (so
 * loads the scanner into) whatever tab is in front, story or not.
 */
function backgroundTabs(messenger: TestPage) {
  return {
    open: (url: string) =>
      messenger.evaluate(async (url) => {
        const tabs = ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).tabs;
        const tab = await tabs.create({ url, active: false });
        for (let i = 0; i < 200 && (await tabs.get(tab.id!)).status !== 'complete'; i++) await new Promise((resolve) => setTimeout(resolve, 50));
        return tab.id!;
      }, url),
    /** The scanner's traces in the tab's document: its layer, its highlights (any world sees both). */
    traces: (tabId: number) =>
      messenger.evaluate(async (tabId) => {
        const [result] = await ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).scripting.executeScript({
          target: { tabId },
          func: () => ({
            layers: document.querySelectorAll('claimlens-layer').length,
            // The size only: Firefox's content-script view of the page's highlights cannot be iterated.
            marks: (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('claimlens-quantity')?.size ?? 0,
          }),
        });
        return result.result as { layers: number; marks: number };
      }, tabId),
    answersPing: (tabId: number) =>
      messenger.evaluate(
        (tabId) =>
          (((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).tabs.sendMessage(tabId, { id: 1, type: 'ping', timestamp: Date.now() }) as Promise<{ res?: unknown }>).then(
            (reply) => !!reply?.res,
            () => false,
          ),
        tabId,
      ),
    close: (tabId: number) => messenger.evaluate((tabId) => ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).tabs.remove(tabId), tabId),
  };
}

describeInBrowsers('the loader', (session) => {
  /** The story's tab stays open: the extension page the test speaks from is opened for it. */
  let story: TestPage;

  it('loads the scanner on a story, which marks its claims', async () => {
    story = await session().openPage(server.url('/a/sample.html'));
    await waitForMarks(story, 'quantity', 8);
    expect(await scannerAnswers(session(), story)).toBe(true);
    expect(await story.evaluate(() => document.querySelectorAll('claimlens-layer').length)).toBe(1);
  });

  it('leaves a mail inbox alone; opening the panel there injects the scanner and lists the claims', { timeout: 60_000 }, async () => {
    const tabs = backgroundTabs(await messengerPage(session(), story));
    const inbox = await tabs.open(server.url('/inbox.html'));
    await pause(LOADER_DONE_MS);
    expect(await tabs.traces(inbox)).toEqual({ layers: 0, marks: 0 });
    expect(await tabs.answersPing(inbox)).toBe(false);

    const panel = await session().openExtensionPage('sidepanel.html', inbox);
    await panel.waitForFunction(() => document.querySelectorAll('li.claim').length >= 3, undefined, { timeout: 30_000 });
    expect(await textsOf(panel, 'li.claim .claim-text')).toEqual(expect.arrayContaining(['2,300', '4,750 euros', 'about 1,200']));
    expect(await tabs.answersPing(inbox)).toBe(true);
    expect(await tabs.traces(inbox)).toEqual({ layers: 1, marks: 3 });
    await panel.close();
    await tabs.close(inbox);
  });

  it('loads nothing on a site the user switched off, even a story', { timeout: 60_000 }, async () => {
    const messenger = await messengerPage(session(), story);
    const tabs = backgroundTabs(messenger);
    const setDisabled = (sites: string[]) =>
      messenger.evaluate((sites) => ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.local.set({ disabledSites: sites }), sites);
    await setDisabled(['localhost']);
    try {
      const tabId = await tabs.open(server.url('/a/sample.html').replace('127.0.0.1', 'localhost'));
      await pause(2500);
      expect(await tabs.traces(tabId)).toEqual({ layers: 0, marks: 0 });
      expect(await tabs.answersPing(tabId)).toBe(false);
      await tabs.close(tabId);
    } finally {
      await setDisabled([]);
    }
  });
});
