/**
 * Screenshots of the side panel and the popup in their states (list, editor,
 * changed passage with its diff, orphan, conflict between two windows), for
 * a person to look at: `npx tsx scripts/workbench-shots.ts` after a build.
 * The "changed" state comes from the content script's anchoring; until a page
 * produces one here, the panel's listClaims answer is amended in the panel
 * page (the shot shows the panel's rendering of that state, nothing more).
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './lib/extension-browser';
import { serveFiles } from './lib/static-server';

const OUT = fileURLToPath(new URL('../artifacts/workbench/', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../tests/fixtures/pages/sample-article.html', import.meta.url));

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await serveFiles({ '/a/sample.html': SAMPLE });
  const browser = await launchWithExtension();
  try {
    const article = await browser.context.newPage();
    await article.goto(server.url('/a/sample.html'));
    await article.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('claimlens-quantity'), undefined, { timeout: 30_000 });
    const tabId = await browser.tabIdOf(article);
    const panelUrl = `chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`;
    const open = async (url: string, width = 400, height = 900, init?: () => void) => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height });
      if (init) await page.addInitScript(init);
      await page.goto(url);
      await page.getByRole('list', { name: 'Claims in reading order' }).waitFor({ timeout: 30_000 });
      return page;
    };
    const shot = async (page: Page, name: string, fullPage = false) => {
      await page.screenshot({ path: `${OUT}${name}.png`, fullPage });
      console.log(`${OUT}${name}.png`);
    };
    const row = (page: Page, claim: string) => page.locator('li.claim', { has: page.getByRole('button', { name: claim, exact: true }) });

    // 1. The list as a fact-checker first sees it.
    const panel = await open(panelUrl);
    await shot(panel, 'panel-list');

    // 2. Editor open, with a verdict, a note, a link typed without https:// and one that is not a link.
    await row(panel, 'about 1,200').getByRole('button', { name: /^Annotate:/ }).click();
    const editor = row(panel, 'about 1,200');
    await editor.getByLabel('Verdict').selectOption('misleading');
    await editor.getByLabel('Note').fill('UK MoD daily estimate; Russian MoD gives no figure.');
    await editor.getByRole('button', { name: 'Add evidence link' }).click();
    await editor.getByLabel('Evidence link 1', { exact: true }).fill('gov.uk/government/news/defence-intelligence-update');
    await editor.getByLabel('Evidence title 1', { exact: true }).click();
    await editor.getByRole('button', { name: 'Add evidence link' }).click();
    await editor.getByLabel('Evidence link 2', { exact: true }).fill('Oryx spreadsheet');
    await editor.getByLabel('Add tag').fill('casualties');
    await editor.getByLabel('Add tag').press('Enter');
    await panel.waitForTimeout(300);
    await editor.scrollIntoViewIfNeeded();
    await panel.evaluate(() => document.querySelector('li.claim[aria-current] , li.claim .editor')?.closest('li')?.scrollIntoView({ block: 'start' }));
    await shot(panel, 'panel-editor');

    // 3. A conflict: another window saved the note (written straight to IndexedDB, as a window this one has not heard from yet), then this one types.
    const id = await panel.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const req = indexedDB.open('claimlens');
          req.onsuccess = () => {
            const store = req.result.transaction('annotations', 'readwrite').objectStore('annotations');
            const all = store.getAll();
            all.onsuccess = () => {
              const a = all.result.find((x: { claim: { text: string } }) => x.claim.text === 'about 1,200');
              store.put({ ...a, note: 'Other window: figure is for October only.', revision: a.revision + 1 });
              resolve(a.id);
            };
          };
        }),
    );
    await editor.getByLabel('Note').press('End');
    await editor.getByLabel('Note').pressSequentially(' Check Oryx.');
    await editor.getByRole('alert').waitFor();
    await panel.evaluate(() => document.querySelector('.conflict')?.scrollIntoView({ block: 'center' }));
    await shot(panel, 'panel-conflict');
    await editor.getByRole('button', { name: 'Keep mine' }).click();
    await editor.getByRole('button', { name: /^Close editor/ }).click();

    // 4. An orphan (its passage is not in the page) and 5. a changed passage: stored on "about 1,100", the page says "about 1,200".
    await panel.evaluate(
      (annotationId) =>
        new Promise<void>((resolve) => {
          const req = indexedDB.open('claimlens');
          req.onsuccess = () => {
            const store = req.result.transaction('annotations', 'readwrite').objectStore('annotations');
            const get = store.get(annotationId);
            get.onsuccess = () => {
              const a = get.result;
              store.put({ ...a, target: { ...a.target, quote: { ...a.target.quote, exact: 'about 1,100' } }, revision: a.revision + 1 });
              store.put({
                ...a,
                id: '00000000-0000-4000-8000-00000000beef',
                claim: { type: 'passage', text: 'Russia lost 500 tanks near Avdiivka' },
                target: { quote: { type: 'TextQuoteSelector', exact: 'Russia lost 500 tanks near Avdiivka', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 10, end: 45 } },
                verdict: 'false',
                note: 'Paragraph removed in the update of Nov 27.',
                evidence: [],
                tags: [],
              });
              resolve();
            };
          };
        }),
      id,
    );
    // The tab reads its annotations when it scans: reload it so it sees the two records written above.
    await article.reload();
    await article.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('claimlens-quantity'), undefined, { timeout: 30_000 });
    const states = await open(panelUrl, 400, 900, () => {
      // Amend the tab's listClaims answer with a "changed" anchor for the 1,200 claim (the content-script side is not built yet).
      // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the browser's own callback API, patched in the page
      const chromeApi = (globalThis as unknown as { chrome: { tabs: { sendMessage: (...args: any[]) => unknown } } }).chrome;
      const original = chromeApi.tabs.sendMessage.bind(chromeApi.tabs);
      chromeApi.tabs.sendMessage = (tabId: unknown, message: { type: string }, options: unknown, callback: (answer: { res?: Record<string, unknown> }) => void) =>
        original(tabId, message, options, (answer: { res?: { claims: { key: string; claim: { text: string }; annotationId?: string }[]; anchors: unknown[]; orphanIds: string[] } }) => {
          if (message.type === 'listClaims' && answer?.res) {
            const res = answer.res;
            const view = res.claims.find((c) => c.claim.text === 'about 1,200');
            // Re-anchored approximately (the view carries the id) or not found (an orphan id).
            const stale = view?.annotationId ?? res.orphanIds.find((oid) => oid !== '00000000-0000-4000-8000-00000000beef');
            if (view && stale) {
              view.annotationId = stale;
              res.orphanIds = res.orphanIds.filter((oid) => oid !== stale);
              res.anchors = [
                { annotationId: stale, state: 'changed', key: view.key, text: 'about 1,200', diff: [{ op: 'same', text: 'about ' }, { op: 'removed', text: '1,100' }, { op: 'added', text: '1,200' }] },
                ...res.orphanIds.map((oid) => ({ annotationId: oid, state: 'orphan' })),
              ];
            }
          }
          callback(answer as never);
        });
    });
    await states.locator('.changed').waitFor({ timeout: 10_000 });
    await states.evaluate(() => document.querySelector('.changed')?.closest('li')?.scrollIntoView({ block: 'start' }));
    await shot(states, 'panel-changed');
    await states.locator('.orphans').waitFor({ timeout: 10_000 });
    await states.evaluate(() => document.querySelector('.orphans')?.scrollIntoView({ block: 'start' }));
    await shot(states, 'panel-orphan');

    // The popup, list and editor.
    const popup = await open(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`, 460, 600);
    await shot(popup, 'popup-list');
    await row(popup, 'some 300').getByRole('button', { name: /^Annotate:/ }).click();
    await popup.evaluate(() => document.querySelector('.editor')?.closest('li')?.scrollIntoView({ block: 'start' }));
    await shot(popup, 'popup-editor');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
