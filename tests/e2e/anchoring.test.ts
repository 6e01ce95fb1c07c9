import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import type { PageClaims } from '../../utils/messaging';
import type { Annotation, Verdict } from '../../utils/model/annotation';
import { readMarks, waitForMarks } from '../support/e2e';
import { putAnnotationsIn } from '../support/extension-db';
import { describeInBrowsers, type TestPage } from '../support/harness';
import { askTabIn, messengerPage, privateMarksIn } from '../support/tab-messages';

const ORIGINAL = readFileSync(fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url)), 'utf8');
const PESKOV = /<p>The Kremlin did not comment on the figures\.[^]*?<\/p>/;
const LOSSES = /<p>Western estimates put Russia's losses far higher\.[^]*?<\/p>/;
const EVACUATED = /<p>Local officials said 2,300 residents[^]*?<\/p>/;

let server: StaticServer;
/** The article is served from this file; each scenario rewrites it and reloads, as a newsroom edits a story. */
let file: string;

beforeAll(async () => {
  file = join(mkdtempSync(join(tmpdir(), 'claimlens-anchor-')), 'story.html');
  writeFileSync(file, ORIGINAL);
  server = await serveFiles({ '/a/story.html': file });
});
afterAll(async () => {
  await server?.close();
});

const stateOf = (listed: PageClaims, id: string) => listed.anchors.find((a) => a.annotationId === id);
const statesOf = (listed: PageClaims) => Object.fromEntries(listed.anchors.map((a) => [a.annotationId, a.state]));

describeInBrowsers('A verdict never moves silently onto other words', (session) => {
  let page: TestPage;

  async function showVersion(html: string): Promise<PageClaims> {
    writeFileSync(file, html);
    await page.reload();
    await waitForMarks(page, 'quantity', 5);
    await expect.poll(async () => (await askTabIn(session(), page, 'listClaims', {})).anchors.length).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the private layer is drawn right after the join
    return askTabIn(session(), page, 'listClaims', {});
  }

  beforeAll(async () => {
    writeFileSync(file, ORIGINAL);
    page = await session().openPage(server.url('/a/story.html'));
    await waitForMarks(page, 'quantity', 8);
    // Three verdicts: a figure, Peskov's "said" and another figure.
    const listed = await askTabIn(session(), page, 'listClaims', {});
    const now = new Date().toISOString();
    const annotate = (id: string, pick: (text: string, sentence: string) => boolean, verdict: Verdict): Annotation => {
      const view = listed.claims.find((c) => pick(c.claim.text, c.sentence))!;
      const { start: _s, end: _e, ...claim } = view.claim;
      return { id, page: listed.page, target: view.target, claim, sentence: view.sentence, verdict, note: '', evidence: [], tags: [], createdAt: now, updatedAt: now, revision: 1, dismissed: false } as Annotation;
    };
    await putAnnotationsIn(await messengerPage(session(), page), [
      annotate('figure', (t) => t === 'about 1,200', 'accurate'),
      annotate('peskov-said', (t, s) => t === 'said' && s.includes('Peskov'), 'false'),
      annotate('evacuated', (t) => t === '2,300', 'mostly-accurate'),
    ]);
  });

  it('unchanged page: every annotation exact, each verdict on its own words, none readable by the page', async () => {
    const listed = await showVersion(ORIGINAL);
    expect(statesOf(listed)).toEqual({ figure: 'exact', 'peskov-said': 'exact', evacuated: 'exact' });
    expect(await privateMarksIn(session(), page)).toEqual({ 'about 1,200': 'accurate', said: 'false', '2,300': 'mostly-accurate' });
    expect(Object.keys(await readMarks(page)).sort()).toEqual(['claimlens-attribution', 'claimlens-quantity']);
  });

  it('a figure edited in the page: "changed" with the word diff, flagged for re-check, its verdict not shown on the new figure', async () => {
    const listed = await showVersion(ORIGINAL.replace('about 1,200 casualties', 'about 1,400 casualties'));
    expect(stateOf(listed, 'figure')).toMatchObject({ state: 'changed', text: 'about 1,400', diff: expect.arrayContaining([{ op: 'removed', text: '1,200' }, { op: 'added', text: '1,400' }]) });
    expect(listed.claims.find((c) => c.annotationId === 'figure')).toMatchObject({ anchorState: 'changed', claim: { text: 'about 1,400' } });
    expect(await privateMarksIn(session(), page)).toEqual({ 'about 1,400': 're-check', said: 'false', '2,300': 'mostly-accurate' });
  });

  it('the paragraph with the annotated "said" deleted: an orphan, and no other "said" gets its False', async () => {
    const listed = await showVersion(ORIGINAL.replace(PESKOV, ''));
    expect(stateOf(listed, 'peskov-said')).toEqual({ annotationId: 'peskov-said', state: 'orphan' });
    expect(listed.orphanIds).toEqual(['peskov-said']);
    expect(listed.claims.filter((c) => c.verdict === 'false')).toEqual([]);
    expect(await privateMarksIn(session(), page)).toEqual({ 'about 1,200': 'accurate', '2,300': 'mostly-accurate' });
  });

  it('a paragraph inserted before them: every annotation moved, none changed', async () => {
    const listed = await showVersion(ORIGINAL.replace(PESKOV, (p) => `<p>Officials said 5,000 more people were evacuated on Tuesday, the third such figure this month.</p>${p}`));
    expect(statesOf(listed)).toEqual({ figure: 'moved', 'peskov-said': 'moved', evacuated: 'moved' });
  });

  it('both annotated figure paragraphs deleted: both orphans, no verdict on any other figure', async () => {
    const listed = await showVersion(ORIGINAL.replace(LOSSES, '').replace(EVACUATED, ''));
    expect(statesOf(listed)).toEqual({ figure: 'orphan', 'peskov-said': 'exact', evacuated: 'orphan' });
    expect(listed.claims.filter((c) => c.claim.type === 'quantity' && c.verdict)).toEqual([]);
    expect(await privateMarksIn(session(), page)).toEqual({ said: 'false' });
  });
});
