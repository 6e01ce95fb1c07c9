import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedLibraryInPage } from '../../scripts/lib/library-seed';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { selectorFor, waitForMarks } from '../support/e2e';
import { readAnnotationsIn } from '../support/extension-db';
import { BROWSERS, launchSession, type ExtensionSession, type TestPage } from '../support/harness';
import { claimItem, textOf, textsOf } from '../support/popup';

/**
 * The library's flows in Firefox: search, filters, bulk tag / delete / undo,
 * export, import (bad file and good), open a row at its claim. Chromium runs
 * the same flows, and the 100,000-row check, in library.test.ts with
 * Playwright's richer driver (new-tab events, real downloads).
 */
const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

describe.runIf(BROWSERS.includes('firefox'))('the library page in Firefox', () => {
  let server: StaticServer;
  let session: ExtensionSession;
  let article: TestPage;
  let library: TestPage;
  const count = () => textOf(library, '.library-count');
  const search = (text: string) => library.fill('input[type="search"]', text);
  const button = (text: string) => selectorFor(library, 'button', text);

  beforeAll(async () => {
    server = await serveFiles({ '/a/sample.html': SAMPLE });
    session = await launchSession('firefox');
    article = await session.openPage(server.url('/a/sample.html'));
    await waitForMarks(article, 'quantity', 8);
    library = await session.openExtensionPage('library.html', await session.tabIdOf(article));
    await library.waitForFunction(() => /No annotations yet/.test(document.body.textContent ?? ''));
    // 30 varied annotations (sites, verdicts, states, Cyrillic); record 0 quotes "some 3,000 or more".
    await library.evaluate(seedLibraryInPage, { count: 30 });
    // A fresh page reads the seeded table (reloading an extension page times out under WebDriver BiDi).
    await library.close();
    library = await session.openExtensionPage('library.html', await session.tabIdOf(article));
    await library.waitForFunction(() => document.querySelector('.library-count')?.textContent === '30 of 30 annotations', undefined, { timeout: 20_000 });
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('finds "3,000" when searching 3000 or ЗАЯВИЛ in Cyrillic, and filters by verdict', async () => {
    await search('3000');
    await expect.poll(count).toBe('1 of 30 annotations');
    expect(await textsOf(library, '.row-quote')).toEqual(['some 3,000 or more']);
    await search('ЗАЯВИЛ');
    await expect.poll(async () => Number((await count()).split(' ')[0])).toBeGreaterThan(0);
    await search('');
    await library.select('select[aria-label="Verdict"]', 'false');
    await expect.poll(count).toBe('4 of 30 annotations');
    expect(new Set(await library.evaluate(() => [...document.querySelectorAll<HTMLSelectElement>('.verdict-select')].map((s) => s.value)))).toEqual(new Set(['false']));
    await library.click(await button('Clear filters'));
    await expect.poll(count).toBe('30 of 30 annotations');
  });

  it('tags a selection, deletes it and brings it back with Undo, and exports what is shown', async () => {
    await library.select('select[aria-label="Site"]', 'meduza.io');
    await expect.poll(count).toBe('4 of 30 annotations');
    await library.click('.select-all input[type="checkbox"]');
    await library.fill('input[aria-label="Tag to add to the selected annotations"]', 'checked-by-desk');
    await library.click(await button('Add tag'));
    await library.waitForFunction(() => /Tagged 4 annotations “checked-by-desk”\./.test(document.body.textContent ?? ''));
    const tagged = (await readAnnotationsIn(library)).filter((a) => a.tags.includes('checked-by-desk'));
    expect(tagged.map((a) => new URL(a.page.url).hostname)).toEqual(Array(4).fill('meduza.io'));

    await library.click(await button('Delete selected'));
    await expect.poll(async () => (await readAnnotationsIn(library)).length).toBe(26);
    await library.click(await button('Undo'));
    await expect.poll(async () => (await readAnnotationsIn(library)).length).toBe(30);
    await expect.poll(count).toBe('4 of 30 annotations');

    const exported = JSON.parse(await session.downloadText(library, await button('Export all 4 shown')));
    expect(exported).toMatchObject({ format: 'claimlens-annotations' });
    expect(exported.annotations.map((a: { tags: string[] }) => a.tags.includes('checked-by-desk'))).toEqual([true, true, true, true]);
    await library.click(await button('Clear filters'));
  });

  it('imports: a bad file changes nothing and says why, a good one says what it added, updated and kept', async () => {
    const before = await readAnnotationsIn(library);
    await library.upload('input[type="file"]', { name: 'broken.json', content: '{"format":"claimlens-annotations","version":2,"annotations":[{"id":1}]}' });
    await library.waitForFunction(() => document.querySelector('[role="alert"]')?.textContent?.includes('broken.json'));
    expect(await textOf(library, '[role="alert"]')).toMatch(/^Could not import broken\.json: Not a valid Claimlens export: .*Nothing was changed\.$/);
    expect(await readAnnotationsIn(library)).toEqual(before);

    const edited = { ...before[0], note: 'Edited on the desk laptop', updatedAt: '2027-01-01T00:00:00.000Z' };
    const fresh = { ...before[1], id: 'imported-from-a-colleague', note: 'New from a colleague' };
    const file = { format: 'claimlens-annotations', version: 2, exportedAt: '2027-01-02T00:00:00.000Z', scope: { kind: 'all' }, annotations: [edited, fresh, before[2]] };
    await library.upload('input[type="file"]', { name: 'good.json', content: JSON.stringify(file) });
    await library.waitForFunction(() => /Imported: 1 new, 1 updated, 1 kept/.test(document.body.textContent ?? ''));
    const after = await readAnnotationsIn(library);
    expect(after).toHaveLength(31);
    expect(after.find((a) => a.id === edited.id)?.note).toBe('Edited on the desk laptop');
  });

  it('opens a row’s page at its claim', async () => {
    const panel = await session.openExtensionPage('sidepanel.html', await session.tabIdOf(article));
    const item = await claimItem(panel, 'about 1,200');
    await panel.click(`${item} button.annotate`);
    await panel.select(`${item} select[id$="-verdict"]`, 'misleading');
    await expect.poll(async () => (await readAnnotationsIn(panel)).find((a) => a.claim.text === 'about 1,200')?.verdict).toBe('misleading');
    await panel.close();
    // The page is opened anew.
    await article.close();

    await library.bringToFront();
    await search('about 1,200');
    await expect.poll(count).toBe('1 of 32 annotations');
    await library.click('button[aria-label="Open at claim “about 1,200”"]');
    await library.waitForFunction(() => /Opened “about 1,200” in its page\./.test(document.body.textContent ?? ''), undefined, { timeout: 30_000 });
  });

  it('raised no uncaught error in the extension’s scripts', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300)); // the browser prints asynchronously
    expect(session.extensionErrors()).toEqual([]);
  });
});
