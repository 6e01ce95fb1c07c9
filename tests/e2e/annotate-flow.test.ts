import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalRequests, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { annotateReloadExport } from '../support/annotate-flow';
import { marksInside, readMarks, waitForMarks } from '../support/e2e';
import { askTab, privateMarks } from '../support/tab-messages';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveFiles({ '/a/sample.html': SAMPLE, '/a/sample-2.html': SAMPLE });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(server.url('/a/sample.html?utm_source=newsletter#top'));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Claimlens in Chromium on our sample article', () => {
  it('marks quantities and attributions in the article text', async () => {
    const marks = await waitForMarks(page, 'quantity', 8);
    await waitForMarks(page, 'attribution', 4);
    const quantities = marks['claimlens-quantity'];
    for (const figure of ['15,000 to 20,000', 'some 300', 'more than 120', 'at least 40', 'about 1,200', '12.5 percent', '$4.3 billion', '2,300']) {
      expect(quantities.some((q) => q.includes(figure)), `${figure} marked`).toBe(true);
    }
    const attributions = (await readMarks(page))['claimlens-attribution'];
    expect(attributions).toEqual(expect.arrayContaining(['told', 'assessed']));
    expect(attributions.filter((a) => a === 'said').length).toBeGreaterThanOrEqual(3);
  });

  it('marks nothing in navigation, breaking news, the video block, font controls, author box or footer', async () => {
    expect(await marksInside(page, 'nav, header.site, .breaking, .video, .font-controls, .author, footer, .skip-links')).toEqual([]);
  });

  it('leaves the page’s DOM unchanged but for one closed layer the page cannot open', async () => {
    const seen = await page.evaluate(() => ({
      marks: document.querySelectorAll('mark, [class*="claimlens"], [data-claimlens]').length,
      layers: [...document.documentElement.children].filter((e) => e.localName === 'claimlens-layer').map((e) => ({ shadow: e.shadowRoot, children: e.childElementCount })),
    }));
    expect(seen.marks).toBe(0);
    expect(seen.layers).toEqual([{ shadow: null, children: 0 }]);
  });

  it('lists the claims in the popup, scrolls to one, and saves an annotation that survives a reload', async () => {
    const tabId = await browser.tabIdOf(page);
    const popup = await browser.openPopup(tabId);
    const claims = popup.getByRole('list', { name: 'Claims in reading order' });
    await expect.poll(() => claims.locator('li.claim.quantity').count()).toBeGreaterThanOrEqual(8);
    expect(await claims.locator('li.claim.attribution').allTextContents()).toContainEqual(expect.stringContaining('Vladyslav Voloshyn'));

    // Click a claim: the page scrolls to it and flashes it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.getByRole('button', { name: '2,300', exact: true }).click();
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(200);
    await expect.poll(async () => (await askTab(browser, page, 'listMarks', undefined)).focus).toBe('2,300');

    await popup.close();

    const envelope = await annotateReloadExport(browser, page, 'about 1,200', 'MoD figure is an estimate; check Oryx and UK MoD thread');
    expect(envelope.scope).toEqual({ kind: 'page', url: server.url('/a/sample.html') });
    expect(envelope.annotations[0]).toMatchObject({
      claim: { type: 'quantity', value: 1200 },
      page: { title: 'Russia Moves Thousands More Troops Toward Zaporizhzhia, Kyiv Says' },
    });
  });

  it('finds the same annotation on another URL that declares the same canonical page', async () => {
    const other = await browser.context.newPage();
    await other.goto(server.url('/a/sample-2.html'));
    await waitForMarks(other, 'quantity', 8);
    await expect.poll(() => privateMarks(browser, other)).toEqual({ 'about 1,200': 'misleading' });
    await other.close();
  });

  it('reads content that arrives later and follows in-page navigation', async () => {
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Regional governor Ivan Fedorov said 4,750 homes were left without power after the strike.';
      document.querySelector('.article-body')!.append(p);
    });
    await expect.poll(async () => (await readMarks(page))['claimlens-quantity'], { timeout: 10_000 }).toContain('4,750');
    expect((await readMarks(page))['claimlens-quantity'].filter((q) => q === 'about 1,200')).toHaveLength(1);

    // A single-page app moves to another story: new URL, new canonical link, same document.
    await page.evaluate(() => {
      document.querySelector('link[rel=canonical]')!.setAttribute('href', '/a/another-story.html');
      history.pushState({}, '', '/a/another-story.html');
    });
    await expect.poll(() => privateMarks(browser, page), { timeout: 10_000 }).toEqual({});
  });

  it('stops marking when scanning is switched off for the site, and resumes', async () => {
    const popup = await browser.openPopup(await browser.tabIdOf(page));
    const toggle = popup.getByRole('checkbox', { name: /Scan 127\.0\.0\.1/ });
    await toggle.uncheck();
    await expect.poll(async () => Object.keys(await readMarks(page)).length).toBe(0);
    await toggle.check();
    await waitForMarks(page, 'quantity', 8);
    await popup.close();
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(browser.requests.length).toBeGreaterThan(0);
    expect(externalRequests(browser.requests)).toEqual([]);
  });
});
