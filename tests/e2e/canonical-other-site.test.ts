import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import type { Annotation } from '../../utils/model/annotation';
import { waitForMarks } from '../support/e2e';
import { putAnnotationsIn } from '../support/extension-db';
import { describeInBrowsers } from '../support/harness';
import { askTabIn, messengerPage, privateMarksIn } from '../support/tab-messages';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

let server: StaticServer;
beforeAll(async () => {
  const routes: Record<string, string> = { '/a/sample.html': SAMPLE };
  server = await serveFiles(routes); // routes are read per request: the copy is added once the port is known
  // The copy names the story's own address as canonical; it is opened as localhost, another site than 127.0.0.1.
  const story = '<p>The British Defense Ministry assessed that Russia had suffered about 1,200 casualties a day in October, officials said.</p>';
  const copy = join(mkdtempSync(join(tmpdir(), 'claimlens-copy-')), 'copy.html');
  writeFileSync(copy, `<!doctype html><html><head><title>Copy</title><link rel="canonical" href="${server.url('/a/sample.html')}"></head><body><article>${story.repeat(4)}</article></body></html>`);
  routes['/copy.html'] = copy;
});
afterAll(async () => {
  await server?.close();
});

describeInBrowsers('a page on another site', (session) => {
  it('gives a page on another site that declares this story as canonical none of its annotations', async () => {
    const story = await session().openPage(server.url('/a/sample.html'));
    await waitForMarks(story, 'quantity', 8);
    // The story has a private annotation, marked on its own page.
    const listed = await askTabIn(session(), story, 'listClaims', {});
    const figure = listed.claims.find((c) => c.claim.text === 'about 1,200')!;
    const { start: _s, end: _e, ...claim } = figure.claim;
    const now = new Date().toISOString();
    await putAnnotationsIn(await messengerPage(session(), story), [
      { id: 'story-note', page: listed.page, target: figure.target, claim, sentence: figure.sentence, verdict: 'false', note: 'SECRET', evidence: [], tags: [], createdAt: now, updatedAt: now, revision: 1, dismissed: false } as Annotation,
    ]);
    await askTabIn(session(), story, 'annotationsChanged', undefined);
    await expect.poll(() => privateMarksIn(session(), story)).toEqual({ 'about 1,200': 'false' });

    const copy = await session().openPage(server.url('/copy.html').replace('127.0.0.1', 'localhost'));
    await waitForMarks(copy, 'quantity', 1);
    const seen = await askTabIn(session(), copy, 'listClaims', {});
    expect(seen.page.canonicalUrl).toBeUndefined();
    expect(seen.anchors).toEqual([]);
    expect(await privateMarksIn(session(), copy)).toEqual({});
    await copy.close();
    await story.close();
  });
});
