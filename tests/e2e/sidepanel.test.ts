import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { waitForMarks } from '../support/e2e';
import { listedClaims, openSidePanel, seriousAxeViolations, storedAnnotations } from '../support/workbench-page';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));
const SECOND = fileURLToPath(new URL('../fixtures/pages/second-article.html', import.meta.url));

let browser: ExtensionBrowser;
let server: StaticServer;
let article: Page;
let tabId: number;

beforeAll(async () => {
  server = await serveFiles({ '/a/sample.html': SAMPLE, '/a/grain.html': SECOND });
  browser = await launchWithExtension();
  article = await browser.context.newPage();
  await article.goto(server.url('/a/sample.html'));
  await waitForMarks(article, 'quantity', 8);
  tabId = await browser.tabIdOf(article);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The smallest font size of any text-bearing element, in px. */
const minimumFontSize = (page: Page) =>
  page.evaluate(() => Math.min(...[...document.querySelectorAll('body, p, li, button, label, dd, dt, summary, input, select, textarea, span, td, th')].map((e) => parseFloat(getComputedStyle(e).fontSize))));
const row = (panel: Page, claim: string) => panel.locator('li.claim', { has: panel.getByRole('button', { name: claim, exact: true }) });
const annotationOf = async (page: Page, claim: string) => (await storedAnnotations(page)).find((a) => a.claim.text === claim);

describe('the side panel in Chromium', () => {
  it('lists the page’s claims in reading order, narrowed by kind and by words', async () => {
    const panel = await openSidePanel(browser, tabId);
    const listed = await listedClaims(panel);
    const figures = ['an estimated 15,000 to 20,000', 'some 300', 'more than 120', 'at least 40', 'about 1,200', '12.5 percent', '$4.3 billion', '2,300'];
    const positions = figures.map((f) => listed.indexOf(f));
    expect(positions.every((p) => p >= 0), listed.join(' | ')).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    // An attribution is listed with its speaker, between the figures around it.
    const voloshyn = listed.findIndex((t) => t.includes('Vladyslav Voloshyn'));
    expect(voloshyn).toBeGreaterThan(listed.indexOf('more than 120'));
    expect(voloshyn).toBeLessThan(listed.indexOf('at least 40'));

    await panel.getByRole('checkbox', { name: /^Attributions/ }).uncheck();
    expect(await listedClaims(panel)).toEqual(listed.filter((t) => figures.includes(t) || t === 'nearly 10 percent'));
    expect(await panel.locator('li.claim.attribution').count()).toBe(0);
    await panel.getByRole('searchbox', { name: 'Search this page’s claims' }).fill('casualties');
    expect(await listedClaims(panel)).toEqual(['about 1,200']);
    await panel.close();
  });

  it('annotates a claim with the keyboard only, and the note is stored', async () => {
    const panel = await openSidePanel(browser, tabId);
    // From the top of the page, the claim list is a few Tab presses away (header links, filters, search), not one per claim.
    let presses = 0;
    while (!(await panel.evaluate(() => document.activeElement?.classList.contains('claim-text') ?? false))) {
      await panel.keyboard.press('Tab');
      expect(++presses, 'Tab presses to reach the list').toBeLessThan(15);
    }
    for (let i = 0; i < 4; i++) await panel.keyboard.press('j');
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('k');
    const selected = await panel.evaluate(() => document.activeElement?.textContent ?? '');
    expect(selected).toBe('more than 120');
    await panel.keyboard.press('3');
    // Stored, not how fast: a loaded machine (the whole suite at once) can take more than expect.poll's default second.
    await expect.poll(async () => (await annotationOf(panel, 'more than 120'))?.verdict, { timeout: 5_000 }).toBe('mixed');
    await panel.keyboard.press('Enter');
    expect(await panel.evaluate(() => document.activeElement?.closest('.editor') !== null)).toBe(true);
    await panel.keyboard.press('Tab');
    await panel.keyboard.type('Counted by the General Staff only');
    await expect.poll(async () => (await annotationOf(panel, 'more than 120'))?.note, { timeout: 5_000 }).toBe('Counted by the General Staff only');
    await panel.keyboard.press('Escape');
    expect(await row(panel, 'more than 120').textContent()).toContain('Mixed');
    await panel.close();
  });

  it('corrects a speaker', async () => {
    const panel = await openSidePanel(browser, tabId);
    const peskov = panel.locator('li.claim', { hasText: 'Kremlin spokesman Dmitry Peskov' }).first();
    await peskov.getByRole('button', { name: /^Annotate:/ }).click();
    await peskov.getByText('Correct the detection').click();
    await peskov.getByLabel('Speaker', { exact: true }).fill('Dmitry Peskov');
    await peskov.getByLabel('Stands for (who the speaker is)').fill('Kremlin');
    await expect
      .poll(async () => (await storedAnnotations(panel)).find((a) => a.claim.type === 'attribution' && a.claim.source?.text === 'Dmitry Peskov'))
      .toMatchObject({ claim: { resolved: 'Kremlin' }, claimEditedAt: expect.any(String) });
    await panel.close();
  });

  it('dismisses a false detection; it stays dismissed after the page reloads', async () => {
    let panel = await openSidePanel(browser, tabId);
    await row(panel, '2,300').getByRole('button', { name: /^Annotate:/ }).click();
    await panel.getByRole('button', { name: 'Not a claim: 2,300' }).click();
    await expect.poll(() => listedClaims(panel)).not.toContain('2,300');
    expect(await panel.getByRole('status').filter({ hasText: 'marked as not a claim' }).count()).toBe(1);
    await panel.close();

    await article.reload();
    await waitForMarks(article, 'quantity', 7);
    panel = await openSidePanel(browser, tabId);
    expect(await listedClaims(panel)).not.toContain('2,300');
    await panel.getByRole('checkbox', { name: 'Show dismissed' }).check();
    await expect.poll(() => row(panel, '2,300').textContent()).toContain('Not a claim');
    await panel.close();
  });

  it('deletes an annotation and puts it back with Undo', async () => {
    const panel = await openSidePanel(browser, tabId);
    const before = await annotationOf(panel, 'more than 120');
    expect(before?.note).toBeTruthy();
    await row(panel, 'more than 120').getByRole('button', { name: /^Edit:/ }).click();
    await panel.getByRole('button', { name: 'Delete annotation: more than 120' }).click();
    await expect.poll(() => annotationOf(panel, 'more than 120')).toBeUndefined();
    await panel.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => annotationOf(panel, 'more than 120')).toEqual(before);
    await panel.close();
  });

  it('loses nothing when the page is closed 50 ms after the last key', async () => {
    let panel = await openSidePanel(browser, tabId);
    await row(panel, 'at least 40').getByRole('button', { name: /^Annotate:/ }).click();
    const note = panel.locator('li.claim', { has: panel.getByRole('button', { name: 'at least 40', exact: true }) }).getByLabel('Note');
    await note.pressSequentially('Drone claim, unverified: no footage');
    await panel.waitForTimeout(50);
    await panel.close();
    panel = await openSidePanel(browser, tabId);
    expect((await annotationOf(panel, 'at least 40'))?.note).toBe('Drone claim, unverified: no footage');
    await panel.close();
  });

  it('two views editing one annotation lose nothing and show each other’s changes', async () => {
    const panel = await openSidePanel(browser, tabId);
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('list', { name: 'Claims in reading order' }).waitFor();
    await row(panel, 'some 300').getByRole('button', { name: /^Annotate:/ }).click();
    await row(panel, 'some 300').getByLabel('Note').fill('Armour count from the General Staff');
    await expect.poll(async () => (await annotationOf(panel, 'some 300'))?.note).toBe('Armour count from the General Staff');
    await row(popup, 'some 300').getByRole('button', { name: /^Edit:/ }).click();
    expect(await row(popup, 'some 300').getByLabel('Note').inputValue()).toBe('Armour count from the General Staff');
    await row(popup, 'some 300').getByLabel('Verdict').selectOption('unverifiable');
    await row(panel, 'some 300').getByLabel('Note').press('End');
    await row(panel, 'some 300').getByLabel('Note').pressSequentially('; no independent source');
    await expect
      .poll(() => annotationOf(panel, 'some 300'))
      .toMatchObject({ verdict: 'unverifiable', note: 'Armour count from the General Staff; no independent source' });
    await expect.poll(() => row(panel, 'some 300').getByLabel('Verdict').inputValue()).toBe('unverifiable');
    await expect.poll(() => row(popup, 'some 300').getByLabel('Note').inputValue()).toBe('Armour count from the General Staff; no independent source');
    await popup.close();
    await panel.close();
  });

  it('follows the active tab and a navigation in it when not fixed to one tab', async () => {
    const panel = await browser.context.newPage();
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html`);
    const title = () => panel.locator('.page-title').textContent({ timeout: 1000 }).catch(() => null);
    // Opened as a tab here, the panel's first "active tab" is itself, which it cannot read; once it says so it is listening.
    await panel.locator('.unavailable').waitFor({ timeout: 15_000 });
    await article.bringToFront();
    await expect.poll(title, { timeout: 15_000 }).toBe('Russia Moves Thousands More Troops Toward Zaporizhzhia, Kyiv Says');
    // Navigating the active tab to another story: the panel lists the new page.
    await article.goto(server.url('/a/grain.html'));
    await expect.poll(title, { timeout: 15_000 }).toBe('Grain Exports Rise Through Black Sea Corridor');
    expect(await listedClaims(panel)).toContain('4.2 million');
    await article.goto(server.url('/a/sample.html'));
    await waitForMarks(article, 'quantity', 7);
    await expect.poll(title, { timeout: 15_000 }).toBe('Russia Moves Thousands More Troops Toward Zaporizhzhia, Kyiv Says');
    await panel.close();
  });

  it('opens the editor of a claim when its mark is clicked in the page', async () => {
    const panel = await openSidePanel(browser, tabId);
    await article.bringToFront();
    const point = await article.evaluate((phrase) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node as Text).data.indexOf(phrase);
        if (at < 0) continue;
        (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + phrase.length);
        const box = range.getClientRects()[0];
        return { x: box.left + 4, y: box.top + box.height / 2 };
      }
      throw new Error(`phrase not in page: ${phrase}`);
    }, '12.5 percent');
    await article.mouse.click(point.x, point.y);
    const claim = row(panel, '12.5 percent');
    await expect.poll(() => claim.locator('.editor').count(), { timeout: 10_000 }).toBe(1);
    expect(await claim.getAttribute('aria-current')).toBe('true');
    await panel.close();
  });

  it('has no serious or critical accessibility violation in the panel, the popup and their states', async () => {
    const panel = await openSidePanel(browser, tabId);
    expect(await seriousAxeViolations(panel)).toEqual([]);
    await row(panel, 'about 1,200').getByRole('button', { name: /^Annotate:/ }).click();
    await panel.getByText('What the colours in the page mean').click();
    await panel.getByText('Keyboard').click();
    expect(await seriousAxeViolations(panel)).toEqual([]);
    await panel.getByRole('tab', { name: 'All annotations' }).click();
    expect(await seriousAxeViolations(panel)).toEqual([]);
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('list', { name: 'Claims in reading order' }).waitFor();
    expect(await seriousAxeViolations(popup)).toEqual([]);
    // Chrome's 75% default for extension pages is overridden: body text is at least 13 px.
    expect(await minimumFontSize(popup)).toBeGreaterThanOrEqual(13);
    expect(await minimumFontSize(panel)).toBeGreaterThanOrEqual(13);
    await popup.close();
    // The other extension page: settings and backups.
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.locator('h1').waitFor();
    expect(await seriousAxeViolations(options)).toEqual([]);
    expect(await minimumFontSize(options)).toBeGreaterThanOrEqual(13);
    await options.close();
    await panel.close();
  });
});
