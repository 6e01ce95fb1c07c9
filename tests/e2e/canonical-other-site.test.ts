import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import type { Annotation } from '../../utils/model/annotation';
import { waitForMarks } from '../support/e2e';
import { putAnnotations } from '../support/extension-db';
import { askTab, privateMarks } from '../support/tab-messages';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;


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

describe('A page on another site', () => {
  it('gives a page on another site that declares this story as canonical none of its annotations', async () => {
    // The story has a private annotation, marked on its own page.
    const listed = await askTab(browser, page, 'listClaims', {});
    const figure = listed.claims.find((c) => c.claim.text === 'about 1,200')!;
    const { start: _s, end: _e, ...claim } = figure.claim;
    const now = new Date().toISOString();
    await putAnnotations(browser, [
      { id: 'story-note', page: listed.page, target: figure.target, claim, sentence: figure.sentence, verdict: 'false', note: 'SECRET', evidence: [], tags: [], createdAt: now, updatedAt: now, revision: 1, dismissed: false } as Annotation,
    ]);
    await askTab(browser, page, 'annotationsChanged', undefined);
    await expect.poll(() => privateMarks(browser, page)).toEqual({ 'about 1,200': 'false' });

    const evilHtml = `<!doctype html><html><head><title>Copy</title><link rel="canonical" href="${server.url('/a/sample.html')}"></head><body><article>${'<p>The British Defense Ministry assessed that Russia had suffered about 1,200 casualties a day in October, officials said.</p>'.repeat(4)}</article></body></html>`;
    // localhost is another site than 127.0.0.1, on the same test server.
    const evil = await browser.context.newPage();
    await evil.route('http://localhost:*/evil.html', (route) => route.fulfill({ contentType: 'text/html', body: evilHtml }));
    await evil.goto(server.url('/evil.html').replace('127.0.0.1', 'localhost'));
    await waitForMarks(evil, 'quantity', 1);
    const seen = await askTab(browser, evil, 'listClaims', {});
    expect(seen.page.canonicalUrl).toBeUndefined();
    expect(seen.anchors).toEqual([]);
    expect(await privateMarks(browser, evil)).toEqual({});
    await evil.close();
  });
});
