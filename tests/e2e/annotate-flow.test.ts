import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { annotateReloadExport } from '../support/annotate-flow';
import { marksInside, readMarks, selectorFor, waitForMarks } from '../support/e2e';
import { describeInBrowsers, type TestPage } from '../support/harness';
import { groupCount, popupParts, textOf } from '../support/popup';
import { askTabIn, privateMarksIn } from '../support/tab-messages';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

let server: StaticServer;
beforeAll(async () => {
  server = await serveFiles({ '/a/sample.html': SAMPLE, '/a/sample-2.html': SAMPLE });
});
afterAll(async () => {
  await server?.close();
});

describeInBrowsers('Claimlens on our sample article', (session) => {
  let page: TestPage;
  beforeAll(async () => {
    page = await session().openPage(server.url('/a/sample.html?utm_source=newsletter#top'));
  });

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
    const popup = await session().openExtensionPage('popup.html', await session().tabIdOf(page));
    expect(await groupCount(popup, 'quantity')).toBeGreaterThanOrEqual(8);
    expect(await textOf(popup, `ul.claims`)).toContain('Vladyslav Voloshyn');

    // Click a claim: the page scrolls to it and flashes it.
    await page.evaluate(() => window.scrollTo(0, 0));
    await popup.click(await selectorFor(popup, 'li.claim button.claim-text', '2,300'));
    await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 5000 }).toBeGreaterThan(200);
    await expect.poll(async () => (await askTabIn(session(), page, 'listMarks', undefined)).focus).toBe('2,300');

    await popup.close();

    const envelope = await annotateReloadExport(session(), page, 'about 1,200', 'MoD figure is an estimate; check Oryx and UK MoD thread');
    expect(envelope.scope).toEqual({ kind: 'page', url: server.url('/a/sample.html') });
    expect(envelope.annotations[0]).toMatchObject({
      claim: { type: 'quantity', value: 1200 },
      // The date the page declares goes with the record (ClaimReview's itemReviewed.datePublished).
      page: { title: 'Russia Moves Thousands More Troops Toward Zaporizhzhia, Kyiv Says', publishedAt: '2026-11-19T06:00:00.000Z' },
    });
  });

  it('finds the same annotation on another URL that declares the same canonical page', async () => {
    const other = await session().openPage(server.url('/a/sample-2.html'));
    await waitForMarks(other, 'quantity', 8);
    await expect.poll(() => privateMarksIn(session(), other)).toEqual({ 'about 1,200': 'misleading' });
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
    await expect.poll(() => privateMarksIn(session(), page), { timeout: 10_000 }).toEqual({});
  });

  it('stops marking when scanning is switched off for the site, and resumes', async () => {
    const popup = await session().openExtensionPage('popup.html', await session().tabIdOf(page));
    await selectorFor(popup, 'label', 'Scan 127.0.0.1', { exact: false });
    const isOn = () => popup.evaluate((toggle) => document.querySelector<HTMLInputElement>(toggle)!.checked, popupParts.siteSwitch);
    expect(await isOn()).toBe(true);
    await popup.click(popupParts.siteSwitch);
    await expect.poll(async () => Object.keys(await readMarks(page)).length).toBe(0);
    await popup.click(popupParts.siteSwitch);
    await waitForMarks(page, 'quantity', 8);
    await expect.poll(isOn).toBe(true);
    await popup.close();
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(session().requests().length).toBeGreaterThan(0);
    expect(session().externalRequests()).toEqual([]);
  });
});
