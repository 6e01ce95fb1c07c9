import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import type { Annotation } from '../../utils/model/annotation';
import { waitForMarks } from '../support/e2e';
import { putAnnotations, readAnnotations } from '../support/extension-db';
import { askTab } from '../support/tab-messages';
import { openSidePanel } from '../support/workbench-page';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));
const HOSTILE_NOTE = '=HYPERLINK("http://evil.example","x")\nSource: </script><script>alert(document.domain)</script>\n\tПеревірено: 1 200';

let browser: ExtensionBrowser;
let server: StaticServer;
let article: Page;
let panel: Page;

beforeAll(async () => {
  server = await serveFiles({ '/a/sample.html': SAMPLE });
  browser = await launchWithExtension();
  article = await browser.context.newPage();
  await article.goto(server.url('/a/sample.html'));
  await waitForMarks(article, 'quantity', 8);
  panel = await openSidePanel(browser, await browser.tabIdOf(article));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function download(action: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([panel.waitForEvent('download'), action()]);
  return readFile((await file.path())!, 'utf8');
}

describe('Import and export with hostile content, from the side panel', () => {
  it('imports by instants: an older record in another time zone keeps newer local work, the newest duplicate wins, bad links and unknown fields are reported', async () => {
    const listed = await askTab(browser, article, 'listClaims', {});
    const at = (text: string) => listed.claims.find((c) => c.claim.text === text)!;
    const record = (id: string, text: string, fields: Partial<Annotation> & Record<string, unknown>) => {
      const view = at(text);
      const { start: _s, end: _e, ...claim } = view.claim;
      return { id, page: listed.page, target: view.target, claim, sentence: view.sentence, verdict: 'false', note: '', evidence: [], tags: [], createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z', revision: 1, dismissed: false, ...fields };
    };
    // Local work, saved at 12:00 UTC.
    await putAnnotations(browser, [record('local', '2,300', { note: 'my newer local note', updatedAt: '2026-11-20T12:00:00.000Z' }) as Annotation]);
    const file = {
      format: 'claimlens-annotations',
      version: 1,
      exportedAt: '2026-11-21T00:00:00Z',
      scope: { kind: 'all' },
      annotations: [
        // 19:00 at +09:00 is 10:00 UTC: older than the local 12:00 UTC, though it sorts later as a string.
        record('local', '2,300', { note: 'older imported note', updatedAt: '2026-11-20T19:00:00+09:00' }),
        // The same id twice, the newer first (11:00 at -05:00 is 16:00 UTC).
        record('hostile', 'about 1,200', { note: HOSTILE_NOTE, updatedAt: '2026-11-20T11:00:00-05:00', evidence: [{ url: 'javascript:alert(1)' }, { url: 'https://www.gov.uk/moj/figures', title: 'MoD' }], colour: 'red' }),
        record('hostile', 'about 1,200', { note: 'stale copy', updatedAt: '2026-11-20T10:00:00Z' }),
      ],
    };
    await panel.getByLabel('Import JSON file').setInputFiles({ name: 'colleague.claimlens.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
    const message = panel.locator('.export .message');
    await expect.poll(() => message.textContent()).toMatch(/1 new/);
    const text = (await message.textContent()) ?? '';
    expect(text).toMatch(/duplicate/i);
    expect(text).toContain('javascript:alert(1)');
    expect(text).toContain('colour');

    const stored = Object.fromEntries((await readAnnotations(browser)).map((a) => [a.id, a]));
    expect(stored.local.note).toBe('my newer local note');
    expect(stored.hostile).toMatchObject({ note: HOSTILE_NOTE, updatedAt: '2026-11-20T16:00:00.000Z', evidence: [{ url: 'https://www.gov.uk/moj/figures', title: 'MoD' }] });
    expect(stored.hostile).not.toHaveProperty('colour');
  });

  it('exports page text and notes safely: ClaimReview embeddable in <script>, CSV with no live formula, Markdown links only to the web', async () => {
    const format = panel.locator('#export-format');
    await format.selectOption('claimreview');
    const claimReview = await download(() => panel.getByRole('button', { name: 'Export this page' }).click());
    expect(claimReview).not.toMatch(/<\/script|<script/i);
    expect(JSON.stringify(JSON.parse(claimReview))).toContain('</script><script>alert(document.domain)</script>');

    await format.selectOption('csv');
    const csv = await download(() => panel.getByRole('button', { name: 'Export this page' }).click());
    // The note's cell starts with "=" (and spans lines): a spreadsheet would run it, so it is led by a quote mark.
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);

    await format.selectOption('markdown');
    const markdown = await download(() => panel.getByRole('button', { name: 'Export this page' }).click());
    expect(markdown).not.toMatch(/\]\(javascript:/i);
    expect(markdown).toContain('[MoD](<https://www.gov.uk/moj/figures>)');
    expect(markdown).not.toContain('<script>');
  });
});
