import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import type { Annotation, Verdict } from '../../utils/model/annotation';
import { waitForMarks } from '../support/e2e';
import { putAnnotations } from '../support/extension-db';
import { askTab, privateMarks } from '../support/tab-messages';

const ORIGINAL = readFileSync(fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url)), 'utf8');
const PESKOV = /<p>The Kremlin did not comment on the figures\.[^]*?<\/p>/;
const LOSSES = /<p>Western estimates put Russia's losses far higher\.[^]*?<\/p>/;
const EVACUATED = /<p>Local officials said 2,300 residents[^]*?<\/p>/;

let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;
/** The article is served from this file; each scenario rewrites it and reloads, as a newsroom edits a story. */
let file: string;

async function showVersion(html: string) {
  writeFileSync(file, html);
  await page.reload();
  await waitForMarks(page, 'quantity', 5);
  // The private layer is drawn once the annotations are joined: wait for it before reading what it shows.
  await expect.poll(async () => (await askTab(browser, page, 'listClaims', {})).anchors.length).toBe(3);
  await page.waitForTimeout(200);
  return askTab(browser, page, 'listClaims', {});
}

beforeAll(async () => {
  file = join(mkdtempSync(join(tmpdir(), 'claimlens-anchor-')), 'story.html');
  writeFileSync(file, ORIGINAL);
  server = await serveFiles({ '/a/story.html': file });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(server.url('/a/story.html'));
  await waitForMarks(page, 'quantity', 8);

  // Three verdicts: a figure, Peskov's "said" and another figure.
  const listed = await askTab(browser, page, 'listClaims', {});
  const now = new Date().toISOString();
  const annotate = (id: string, pick: (text: string, sentence: string) => boolean, verdict: Verdict): Annotation => {
    const view = listed.claims.find((c) => pick(c.claim.text, c.sentence))!;
    const { start: _s, end: _e, ...claim } = view.claim;
    return { id, page: listed.page, target: view.target, claim, sentence: view.sentence, verdict, note: '', evidence: [], tags: [], createdAt: now, updatedAt: now, revision: 1, dismissed: false } as Annotation;
  };
  await putAnnotations(browser, [
    annotate('figure', (t) => t === 'about 1,200', 'accurate'),
    annotate('peskov-said', (t, s) => t === 'said' && s.includes('Peskov'), 'false'),
    annotate('evacuated', (t) => t === '2,300', 'mostly-accurate'),
  ]);
  await askTab(browser, page, 'annotationsChanged', undefined);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const stateOf = (listed: Awaited<ReturnType<typeof showVersion>>, id: string) => listed.anchors.find((a) => a.annotationId === id);

describe('A verdict never moves silently onto other words', () => {
  it('unchanged page: every annotation exact, each verdict on its own words', async () => {
    const listed = await showVersion(ORIGINAL);
    expect(await privateMarks(browser, page)).toEqual({ 'about 1,200': 'accurate', said: 'false', '2,300': 'mostly-accurate' });
    expect(Object.fromEntries(listed.anchors.map((a) => [a.annotationId, a.state]))).toEqual({ figure: 'exact', 'peskov-said': 'exact', evacuated: 'exact' });
  });

  it('a figure edited in the page: "changed" with the word diff, flagged for re-check, its verdict not shown on the new figure', async () => {
    const listed = await showVersion(ORIGINAL.replace('about 1,200 casualties', 'about 1,400 casualties'));
    expect(stateOf(listed, 'figure')).toMatchObject({ state: 'changed', text: 'about 1,400', diff: expect.arrayContaining([{ op: 'removed', text: '1,200' }, { op: 'added', text: '1,400' }]) });
    expect(listed.claims.find((c) => c.annotationId === 'figure')).toMatchObject({ anchorState: 'changed', claim: { text: 'about 1,400' } });
    expect(await privateMarks(browser, page)).toEqual({ 'about 1,400': 're-check', said: 'false', '2,300': 'mostly-accurate' });
  });

  it('the paragraph with the annotated "said" deleted: an orphan, and no other "said" gets its False', async () => {
    const listed = await showVersion(ORIGINAL.replace(PESKOV, ''));
    expect(stateOf(listed, 'peskov-said')).toEqual({ annotationId: 'peskov-said', state: 'orphan' });
    expect(listed.orphanIds).toEqual(['peskov-said']);
    expect(listed.claims.filter((c) => c.verdict === 'false')).toEqual([]);
    expect(await privateMarks(browser, page)).toEqual({ 'about 1,200': 'accurate', '2,300': 'mostly-accurate' });
  });

  it('a paragraph inserted before them: every annotation moved, none changed', async () => {
    const listed = await showVersion(ORIGINAL.replace(PESKOV, (p) => `<p>Officials said 5,000 more people were evacuated on Tuesday, the third such figure this month.</p>${p}`));
    expect(listed.anchors.map((a) => a.state)).toEqual(['moved', 'moved', 'moved']);
  });

  it('both annotated figure paragraphs deleted: both orphans, no verdict on any other figure', async () => {
    const listed = await showVersion(ORIGINAL.replace(LOSSES, '').replace(EVACUATED, ''));
    expect(Object.fromEntries(listed.anchors.map((a) => [a.annotationId, a.state]))).toEqual({ figure: 'orphan', 'peskov-said': 'exact', evacuated: 'orphan' });
    expect(listed.claims.filter((c) => c.claim.type === 'quantity' && c.verdict)).toEqual([]);
    expect(await privateMarks(browser, page)).toEqual({ said: 'false' });
  });
});
