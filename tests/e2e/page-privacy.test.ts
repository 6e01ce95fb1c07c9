import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import type { Annotation } from '../../utils/model/annotation';
import { readMarks, waitForMarks } from '../support/e2e';
import { putAnnotations, readAnnotations } from '../support/extension-db';
import { askTab, privateMarks } from '../support/tab-messages';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

/** Everything a page's own scripts can see of Claimlens. */
function pageView(page: Page) {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const highlights = Object.fromEntries([...registry].map(([name, h]) => [name, [...h].map((r) => r.toString()).sort()]));
    const sheets = document.adoptedStyleSheets.map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    const host = document.querySelector('claimlens-layer');
    const target = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('about 1,200'))!;
    const style = getComputedStyle(target);
    return {
      highlights,
      sheets,
      layer: host ? { shadow: host.shadowRoot, children: host.childElementCount, text: host.textContent } : null,
      paragraphStyle: `${style.color} ${style.backgroundColor} ${style.textDecorationLine}`,
      html: document.documentElement.outerHTML.length,
    };
  });
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

describe('Nothing private is readable by the page', () => {
  it('shows a verdict, a note and a passage only in the closed layer: the page sees the same as before', async () => {
    const before = await pageView(page);
    const listed = await askTab(browser, page, 'listClaims', {});
    const figure = listed.claims.find((c) => c.claim.text === 'about 1,200')!;
    const now = new Date().toISOString();
    const base = { page: listed.page, sentence: figure.sentence, evidence: [], createdAt: now, updatedAt: now, revision: 1, dismissed: false };
    const { start: _s, end: _e, ...claim } = figure.claim;
    await putAnnotations(browser, [
      { ...base, id: 'private-1', target: figure.target, claim, verdict: 'false', note: 'SECRET NOTE about casualties', tags: ['secret-tag'] } as Annotation,
    ]);
    await askTab(browser, page, 'annotationsChanged', undefined);
    await expect.poll(() => privateMarks(browser, page)).toEqual({ 'about 1,200': 'false' });

    const after = await pageView(page);
    expect(after.highlights).toEqual(before.highlights);
    expect(Object.keys(after.highlights).sort()).toEqual(['claimlens-attribution', 'claimlens-quantity']);
    expect(after.sheets).toBe(before.sheets);
    expect(after.sheets).not.toMatch(/verdict|false|SECRET/);
    expect(after.paragraphStyle).toBe(before.paragraphStyle);
    expect(after.layer).toEqual({ shadow: null, children: 0, text: '' });
    expect(after.html).toBe(before.html);
    const html = await page.evaluate(() => document.documentElement.outerHTML);
    expect(html).not.toContain('SECRET');
  });

  it('gives a page on another site that declares this story as canonical none of its annotations', async () => {
    const evilHtml = `<!doctype html><html><head><title>Copy</title><link rel="canonical" href="${server.url('/a/sample.html')}"></head><body><article>${'<p>The British Defense Ministry assessed that Russia had suffered about 1,200 casualties a day in October, officials said.</p>'.repeat(4)}</article></body></html>`;
    // localhost is another site than 127.0.0.1, on the same test server.
    const evil = await browser.context.newPage();
    await evil.route('http://localhost:*/evil.html', (route) => route.fulfill({ contentType: 'text/html', body: evilHtml }));
    await evil.goto(server.url('/evil.html').replace('127.0.0.1', 'localhost'));
    await waitForMarks(evil, 'quantity', 1);
    const listed = await askTab(browser, evil, 'listClaims', {});
    expect(listed.page.canonicalUrl).toBeUndefined();
    expect(listed.anchors).toEqual([]);
    expect(await privateMarks(browser, evil)).toEqual({});
    await evil.close();
  });
});

describe('No page can switch Claimlens off or make it work without bound', () => {
  it('ignores a forged WXT hand-over event', async () => {
    const marks = await readMarks(page);
    await page.evaluate((id) => {
      const name = `${id}:content:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      window.postMessage({ type: name, contentScriptName: 'content', messageId: 'forged' }, '*');
    }, browser.extensionId);
    await page.waitForTimeout(300);
    expect(await readMarks(page)).toEqual(marks);
    expect((await askTab(browser, page, 'listClaims', {})).total).toBeGreaterThan(10);
    expect(await privateMarks(browser, page)).toEqual({ 'about 1,200': 'false' });
  });

  it('does not rescan for forged location-change events, only for a real URL change, and at a bounded rate', async () => {
    const scans = async () => (await askTab(browser, page, 'listClaims', { limit: 1 })).scans;
    const before = await scans();
    await page.evaluate((id) => {
      for (let i = 0; i < 200; i++) window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
    }, browser.extensionId);
    await page.waitForTimeout(1500);
    expect(await scans()).toBe(before);

    // A page rewriting its URL every 10 ms for 3 s: a handful of rescans, not hundreds.
    await page.evaluate(async () => {
      for (let i = 0; i < 300; i++) {
        history.replaceState({}, '', `/a/sample.html?page=${i}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    });
    await page.waitForTimeout(1500);
    const rescans = (await scans()) - before;
    expect(rescans).toBeGreaterThanOrEqual(1);
    expect(rescans).toBeLessThanOrEqual(6);
    await page.evaluate(() => history.replaceState({}, '', '/a/sample.html'));
  });

  it('reads content added every 10 ms while it keeps coming, within a bounded share of the time', async () => {
    const listed = await askTab(browser, page, 'listClaims', { limit: 1 });
    const quantitiesBefore = (await readMarks(page))['claimlens-quantity'].length;
    const started = Date.now();
    await page.evaluate(() => {
      const body = document.querySelector('.article-body')!;
      let i = 0;
      const timer = setInterval(() => {
        const p = document.createElement('p');
        p.textContent = `In the latest update officials said ${(i + 2) * 3},500 more people were evacuated from the region overnight.`;
        body.append(p);
        if (++i >= 400) clearInterval(timer); // 400 × 10 ms
      }, 10);
    });
    // Marked while the page is still changing (at most ~3 s after the first addition).
    await expect.poll(async () => (await readMarks(page))['claimlens-quantity'].length, { timeout: 4500, interval: 200 }).toBeGreaterThan(quantitiesBefore + 20);
    expect(Date.now() - started).toBeLessThan(4000); // the additions go on for 4 s: marked while they still come
    await page.waitForTimeout(3500);
    const after = await askTab(browser, page, 'listClaims', { limit: 1 });
    const wall = Date.now() - started;
    expect(after.total).toBeGreaterThan(listed.total + 300);
    // The scanner's own clock: time spent reading stays a fraction of the wall time.
    expect(after.busyMs - listed.busyMs).toBeLessThan(wall * 0.4);
  });

  it('does not lose the user’s annotation while the page changes', async () => {
    expect((await readAnnotations(browser)).map((a) => a.note)).toEqual(['SECRET NOTE about casualties']);
    expect(await privateMarks(browser, page)).toEqual({ 'about 1,200': 'false' });
  });
});
