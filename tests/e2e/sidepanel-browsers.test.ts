import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { waitForMarks } from '../support/e2e';
import { readAnnotationsIn } from '../support/extension-db';
import { describeInBrowsers, type TestPage } from '../support/harness';
import { claimItem, textsOf } from '../support/popup';

/**
 * The side panel's saving and correcting in Chromium and Firefox (the
 * Chromium-only file sidepanel.test.ts adds keyboard, mark clicks, tab
 * following and accessibility checks).
 */
const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

let server: StaticServer;
beforeAll(async () => {
  server = await serveFiles({ '/a/sample.html': SAMPLE });
});
afterAll(async () => {
  await server?.close();
});

const annotationOf = async (page: TestPage, claim: string) => (await readAnnotationsIn(page)).find((a) => a.claim.text === claim);

describeInBrowsers('the side panel', (session) => {
  let article: TestPage;
  let tabId: number;
  const openPanel = async () => {
    const panel = await session().openExtensionPage('sidepanel.html', tabId);
    await panel.waitForFunction(() => document.querySelectorAll('li.claim').length > 10, undefined, { timeout: 30_000 });
    return panel;
  };
  beforeAll(async () => {
    article = await session().openPage(server.url('/a/sample.html'));
    await waitForMarks(article, 'quantity', 8);
    tabId = await session().tabIdOf(article);
  });

  it('lists the claims in reading order and finds them by words', async () => {
    const panel = await openPanel();
    const listed = await textsOf(panel, 'li.claim .claim-text');
    const figures = ['some 300', 'more than 120', 'at least 40', 'about 1,200', '2,300'];
    const at = figures.map((f) => listed.indexOf(f));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    await panel.fill('input[type="search"]', 'casualties');
    await panel.waitForFunction(() => document.querySelectorAll('li.claim').length < 5);
    // The claims of the one sentence that says it.
    expect(await textsOf(panel, 'li.claim .claim-text')).toEqual(['The British Defense Ministry assessed', 'about 1,200', 'a NATO official said']);
    await panel.close();
  });

  it('keeps a note typed just before the panel closes', async () => {
    let panel = await openPanel();
    const item = await claimItem(panel, 'at least 40');
    await panel.click(`${item} button.annotate`);
    await panel.fill(`${item} textarea`, 'Drone claim, unverified: no footage');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await panel.close();
    panel = await openPanel();
    expect((await annotationOf(panel, 'at least 40'))?.note).toBe('Drone claim, unverified: no footage');
    await panel.close();
  });

  it('two views editing one annotation keep both changes', async () => {
    const panel = await openPanel();
    const popup = await session().openExtensionPage('popup.html', tabId);
    await popup.waitForFunction(() => document.querySelectorAll('li.claim').length > 10, undefined, { timeout: 30_000 });
    const inPanel = await claimItem(panel, 'some 300');
    await panel.click(`${inPanel} button.annotate`);
    await panel.fill(`${inPanel} textarea`, 'Armour count from the General Staff');
    await expect.poll(async () => (await annotationOf(panel, 'some 300'))?.note, { timeout: 10_000 }).toBe('Armour count from the General Staff');
    const inPopup = await claimItem(popup, 'some 300');
    await popup.click(`${inPopup} button.annotate`);
    await popup.waitForFunction((item) => document.querySelector<HTMLTextAreaElement>(`${item} textarea`)?.value === 'Armour count from the General Staff', inPopup);
    await popup.select(`${inPopup} select`, 'unverifiable');
    await panel.fill(`${inPanel} textarea`, 'Armour count from the General Staff; no independent source');
    await expect
      .poll(() => annotationOf(panel, 'some 300'), { timeout: 10_000 })
      .toMatchObject({ verdict: 'unverifiable', note: 'Armour count from the General Staff; no independent source' });
    await popup.close();
    await panel.close();
  });

  it('dismisses a false detection, which stays dismissed after the page reloads', async () => {
    let panel = await openPanel();
    const item = await claimItem(panel, '2,300');
    await panel.click(`${item} button.annotate`);
    await panel.click(`${item} button[aria-label="Not a claim: 2,300"]`);
    await panel.waitForFunction(() => ![...document.querySelectorAll('li.claim .claim-text')].some((b) => b.textContent === '2,300'));
    await panel.close();
    await article.reload();
    await waitForMarks(article, 'quantity', 7);
    panel = await openPanel();
    expect(await textsOf(panel, 'li.claim .claim-text')).not.toContain('2,300');
    expect((await annotationOf(panel, '2,300'))?.dismissed).toBe(true);
    await panel.close();
  });
});
