import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { readMarks, waitForMarks } from '../support/e2e';
import { describeInBrowsers, type TestPage } from '../support/harness';
import { groupCount } from '../support/popup';
import { sharedDir } from '../support/shared-dir';

// The largest saved real page (a CNN article as served in 2019, whole HTML) in real Chromium and Firefox.
const dir = sharedDir('pages', 'html');
const largest = readdirSync(dir)
  .filter((name) => name.endsWith('.html.gz'))
  .map((name) => ({ name, bytes: gunzipSync(readFileSync(join(dir, name))).length }))
  .sort((a, b) => b.bytes - a.bytes)[0].name;
const groundTruth: Record<string, { articleBody: string }> = JSON.parse(readFileSync(sharedDir('pages', 'ground-truth.json'), 'utf8'));
const articleBody = groundTruth[largest.replace(/\.html\.gz$/, '')].articleBody.replace(/\s+/g, ' ');

let server: StaticServer;
beforeAll(async () => {
  server = await serveFiles({ '/saved.html': join(dir, largest) });
});
afterAll(async () => {
  await server?.close();
});

describeInBrowsers(`the largest saved real page (${largest.slice(0, 12)}…)`, (session) => {
  let page: TestPage;
  beforeAll(async () => {
    page = await session().openPage(server.url('/saved.html'));
  });

  it('marks claims, all of them in the article text a reader sees', async () => {
    await waitForMarks(page, 'quantity', 2, 30_000);
    const marks = await waitForMarks(page, 'attribution', 8);
    expect(marks['claimlens-quantity']).toEqual(expect.arrayContaining(['243', 'more than 13,000']));
    for (const text of [...marks['claimlens-quantity'], ...marks['claimlens-attribution']]) {
      expect(articleBody, `marked "${text}"`).toContain(text.replace(/\s+/g, ' '));
    }
  });

  it('lists in the popup as many quantities as it marked', async () => {
    const marked = (await readMarks(page))['claimlens-quantity'].length;
    const popup = await session().openExtensionPage('popup.html', await session().tabIdOf(page));
    expect(await groupCount(popup, 'quantity')).toBe(marked);
    await popup.close();
  });
});
