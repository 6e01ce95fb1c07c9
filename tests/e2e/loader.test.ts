import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { readMarks, waitForMarks } from '../support/e2e';
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
/** Nothing of the scanner in the page: no layer, no highlights. */
const scannerTraces = (page: TestPage) =>
  page.evaluate(() => ({
    layers: document.querySelectorAll('claimlens-layer').length,
    highlights: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].filter((name) => name.startsWith('claimlens-')).length,
  }));
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeInBrowsers('the loader', (session) => {
  it('loads the scanner on a story, which marks its claims', async () => {
    const page = await session().openPage(server.url('/a/sample.html'));
    await waitForMarks(page, 'quantity', 8);
    expect(await scannerAnswers(session(), page)).toBe(true);
    expect((await scannerTraces(page)).layers).toBe(1);
    await page.close();
  });

  it('leaves a mail inbox alone; opening the panel there injects the scanner and lists the claims', { timeout: 60_000 }, async () => {
    const page = await session().openPage(server.url('/inbox.html'));
    await page.bringToFront(); // the loader's later looks run on timers, throttled in background tabs
    await pause(LOADER_DONE_MS);
    expect(await scannerTraces(page)).toEqual({ layers: 0, highlights: 0 });
    expect(await scannerAnswers(session(), page)).toBe(false);

    const panel = await session().openExtensionPage('sidepanel.html', await session().tabIdOf(page));
    await panel.waitForFunction(() => document.querySelectorAll('li.claim').length >= 3, undefined, { timeout: 30_000 });
    expect(await textsOf(panel, 'li.claim .claim-text')).toEqual(expect.arrayContaining(['2,300', '4,750 euros', 'about 1,200']));
    expect(await scannerAnswers(session(), page)).toBe(true);
    expect((await readMarks(page))['claimlens-quantity']).toEqual(['2,300', '4,750 euros', 'about 1,200']);
    await panel.close();
    await page.close();
  });

  it('loads nothing on a site the user switched off, even a story', { timeout: 60_000 }, async () => {
    const probe = await session().openPage(server.url('/inbox.html'));
    const messenger = await messengerPage(session(), probe);
    const setDisabled = (sites: string[]) =>
      messenger.evaluate((sites) => ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).storage.local.set({ disabledSites: sites }), sites);
    await setDisabled(['localhost']);
    try {
      const page = await session().openPage(server.url('/a/sample.html').replace('127.0.0.1', 'localhost'));
      await page.bringToFront();
      await pause(2500);
      expect(await scannerTraces(page)).toEqual({ layers: 0, highlights: 0 });
      expect(await scannerAnswers(session(), page)).toBe(false);
      await page.close();
    } finally {
      await setDisabled([]);
      await probe.close();
    }
  });
});
