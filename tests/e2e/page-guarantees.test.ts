import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import type { Annotation } from '../../utils/model/annotation';
import { readMarks, selectParagraphStart, waitForMarks } from '../support/e2e';
import { putAnnotationsIn } from '../support/extension-db';
import { describeInBrowsers, type TestPage } from '../support/harness';
import { askTabIn, messengerPage, privateMarksIn } from '../support/tab-messages';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

let server: StaticServer;
beforeAll(async () => {
  server = await serveFiles({ '/a/sample.html': SAMPLE });
});
afterAll(async () => {
  await server?.close();
});

/** Everything a page's own scripts can see of Claimlens. */
function pageView(page: TestPage) {
  return page.evaluate(() => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const highlights = Object.fromEntries([...registry].map(([name, h]) => [name, [...h].map((r) => r.toString()).sort()]));
    const sheets = [...document.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('\n')).join('\n');
    const host = document.querySelector('claimlens-layer');
    const target = [...document.querySelectorAll('p')].find((p) => p.textContent?.includes('about 1,200'))!;
    const style = getComputedStyle(target);
    return {
      highlights,
      sheets,
      layer: host ? { shadow: host.shadowRoot, children: host.childElementCount, text: host.textContent } : null,
      paragraphStyle: `${style.color} ${style.backgroundColor} ${style.textDecorationLine}`,
      html: document.documentElement.outerHTML,
    };
  });
}

describeInBrowsers('What the page can see and do', (session) => {
  let page: TestPage;
  let extensionId: string;
  beforeAll(async () => {
    page = await session().openPage(server.url('/a/sample.html'));
    await waitForMarks(page, 'quantity', 8);
    extensionId = await (await messengerPage(session(), page)).evaluate(() => ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.id);
  });

  it('sees no verdict, note, tag or passage: the same highlights, sheets, styles and DOM as before the annotations', async () => {
    const before = await pageView(page);
    const listed = await askTabIn(session(), page, 'listClaims', {});
    const figure = listed.claims.find((c) => c.claim.text === 'about 1,200')!;
    const now = new Date().toISOString();
    const base = { page: listed.page, evidence: [], createdAt: now, updatedAt: now, revision: 1, dismissed: false };
    const { start: _s, end: _e, ...claim } = figure.claim;
    await putAnnotationsIn(await messengerPage(session(), page), [
      { ...base, id: 'private-1', target: figure.target, claim, sentence: figure.sentence, verdict: 'false', note: 'SECRET NOTE about casualties', tags: ['secret-tag'] } as Annotation,
    ]);
    await askTabIn(session(), page, 'annotationsChanged', undefined);
    // A passage selected in the page, through the same message as the menu and the shortcut.
    await selectParagraphStart(page, 'The Kremlin did not comment on the figures.');
    expect(await askTabIn(session(), page, 'annotateSelection', undefined)).toEqual({ created: true });
    await expect.poll(() => privateMarksIn(session(), page)).toEqual({ 'about 1,200': 'false', 'The Kremlin did not comment on the figures.': 'unreviewed' });

    const after = await pageView(page);
    expect(after.highlights).toEqual(before.highlights);
    expect(Object.keys(after.highlights).sort()).toEqual(['claimlens-attribution', 'claimlens-quantity']);
    expect(after.sheets).toBe(before.sheets);
    expect(after.sheets).not.toMatch(/verdict|false|SECRET/);
    expect(after.paragraphStyle).toBe(before.paragraphStyle);
    expect(after.layer).toEqual({ shadow: null, children: 0, text: '' });
    expect(after.html).toBe(before.html);
    expect(after.html).not.toContain('SECRET');
  });

  it('cannot switch Claimlens off with a forged WXT hand-over event', async () => {
    const marks = await readMarks(page);
    await page.evaluate((id) => {
      const name = `${id}:content:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'forged' } }));
      window.postMessage({ type: name, contentScriptName: 'content', messageId: 'forged' }, '*');
    }, extensionId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await readMarks(page)).toEqual(marks);
    expect((await askTabIn(session(), page, 'listClaims', {})).total).toBeGreaterThan(10);
    expect(await privateMarksIn(session(), page)).toMatchObject({ 'about 1,200': 'false' });
  });

  it('cannot make it rescan with forged location-change events; a URL rewritten in a loop costs a handful of rescans', async () => {
    const scans = async () => (await askTabIn(session(), page, 'listClaims', { limit: 1 })).scans;
    const before = await scans();
    await page.evaluate((id) => {
      for (let i = 0; i < 200; i++) window.dispatchEvent(new Event(`${id}:content:wxt:locationchange`));
    }, extensionId);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await scans()).toBe(before);

    // 30 rewrites 20 ms apart (Firefox refuses more than 200 history calls in 10 s, and is slower at each under the test driver).
    const started = Date.now();
    await page.evaluate(async () => {
      for (let i = 0; i < 30; i++) {
        history.replaceState({}, '', `/a/sample.html?page=${i}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const rescans = (await scans()) - before;
    expect(rescans).toBeGreaterThanOrEqual(1);
    // At most one rescan a second, whatever the number of rewrites.
    expect(rescans).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / 1000) + 1);
    expect(rescans).toBeLessThan(30);
    await page.evaluate(() => history.replaceState({}, '', '/a/sample.html'));
  });

  it('reads content added every 10 ms while it keeps coming, within a bounded share of the time', async () => {
    const listed = await askTabIn(session(), page, 'listClaims', { limit: 1 });
    // A reader's tab is in front; a background tab's timers (the page's and ours) are throttled to one a second.
    await page.bringToFront();
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
    await expect.poll(async () => (await readMarks(page))['claimlens-quantity'].length, { timeout: 4500, interval: 200 }).toBeGreaterThan(quantitiesBefore + 20);
    expect(Date.now() - started).toBeLessThan(4500); // the additions go on for 4 s or more: marked while they still come
    await new Promise((resolve) => setTimeout(resolve, 3500));
    const after = await askTabIn(session(), page, 'listClaims', { limit: 1 });
    expect(after.total).toBeGreaterThan(listed.total + 300);
    // The scanner's own clock: time spent reading stays a fraction of the wall time.
    expect(after.busyMs - listed.busyMs).toBeLessThan((Date.now() - started) * 0.4);
    expect(await privateMarksIn(session(), page)).toMatchObject({ 'about 1,200': 'false' });
  });
});
