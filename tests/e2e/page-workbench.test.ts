import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { phraseBox, selectWithMouse } from '../../scripts/lib/select-text';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { readMarks, selectParagraphStart, waitForMarks } from '../support/e2e';
import { readAnnotations } from '../support/extension-db';
import { askTab, privateMarks } from '../support/tab-messages';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

/** Selects a phrase with a real mouse drag, then presses the in-page "Annotate" button beside it. */
async function selectAndAnnotate(page: Page, phrase: string): Promise<void> {
  const button = await selectWithMouse(page, phrase);
  expect((await page.evaluate(() => getSelection()?.toString() ?? '')).trim().length).toBeGreaterThan(phrase.length - 4);
  await page.mouse.click(button.x, button.y);
}

beforeAll(async () => {
  server = await serveFiles({ '/a/sample.html': SAMPLE });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(server.url('/a/sample.html'));
  await waitForMarks(page, 'quantity', 8);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Annotating any passage from the page', () => {
  it('annotates a passage selected with the mouse through the in-page button, and marks it privately', async () => {
    await selectAndAnnotate(page, 'many of them moved by rail through occupied Crimea');
    await expect.poll(async () => (await readAnnotations(browser)).map((a) => a.claim.type)).toEqual(['passage']);
    const [passage] = await readAnnotations(browser);
    expect(passage.claim.text).toMatch(/^m?any of them moved by rail through occupied Crime/);
    expect(passage).toMatchObject({ verdict: 'unreviewed', revision: 1, dismissed: false, target: { quote: { type: 'TextQuoteSelector' } } });
    await expect.poll(() => privateMarks(browser, page)).toEqual({ [passage.claim.text]: 'unreviewed' });
    // The new passage is the claim a panel opening now shows first.
    const listed = await askTab(browser, page, 'listClaims', {});
    expect(listed.claims.find((c) => c.key === listed.activeKey)?.claim).toMatchObject({ type: 'passage', text: passage.claim.text });
  });

  it('annotates a photo caption outside the article text, and both passages are found again after a reload', async () => {
    await selectAndAnnotate(page, 'Ukrainian servicemen fire a howitzer near the front line');
    await expect.poll(async () => (await readAnnotations(browser)).length).toBe(2);
    await page.reload();
    await waitForMarks(page, 'quantity', 8);
    const texts = (await readAnnotations(browser)).map((a) => a.claim.text);
    await expect.poll(async () => Object.keys(await privateMarks(browser, page)).sort()).toEqual([...texts].sort());
    const listed = await askTab(browser, page, 'listClaims', {});
    expect(listed.anchors.map((a) => a.state)).toEqual(['exact', 'exact']);
    // Passages are never added to the page-readable highlights.
    expect(Object.keys(await readMarks(page)).sort()).toEqual(['claimlens-attribution', 'claimlens-quantity']);
  });

  it('annotates the selection through the shortcut’s and menu’s message, and says why nothing was created without one', async () => {
    await page.evaluate(() => getSelection()?.removeAllRanges());
    expect(await askTab(browser, page, 'annotateSelection', undefined)).toEqual({ created: false, reason: 'Select some text in the page first.' });
    await selectParagraphStart(page, 'The Kremlin did not comment on the figures.');
    expect(await askTab(browser, page, 'annotateSelection', undefined)).toEqual({ created: true });
    await expect.poll(async () => (await readAnnotations(browser)).map((a) => a.claim.text)).toContain('The Kremlin did not comment on the figures.');
  });
});

describe('Marks you can point at', () => {
  it('shows a card with the verdict when the pointer rests on a mark, and a click makes it the active claim', async () => {
    const box = await phraseBox(page, 'about 1,200');
    await page.mouse.move(box.x1 + 5, box.y1);
    await expect.poll(async () => (await askTab(browser, page, 'listMarks', undefined)).card, { timeout: 3000 }).toMatch(/^Figure: “about 1,200”/);
    await page.mouse.click(box.x1 + 5, box.y1);
    const listed = await askTab(browser, page, 'listClaims', {});
    expect(listed.claims.find((c) => c.key === listed.activeKey)?.claim.text).toBe('about 1,200');
    await page.mouse.move(5, 5);
    await expect.poll(async () => (await askTab(browser, page, 'listMarks', undefined)).card).toBeNull();
  });
});
