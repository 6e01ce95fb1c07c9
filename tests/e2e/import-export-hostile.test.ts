import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import type { Annotation } from '../../utils/model/annotation';
import { selectorFor, waitForMarks } from '../support/e2e';
import { putAnnotationsIn, readAnnotationsIn } from '../support/extension-db';
import { describeInBrowsers, type TestPage } from '../support/harness';
import { askTabIn } from '../support/tab-messages';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));
const HOSTILE_NOTE = '=HYPERLINK("http://evil.example","x")\nSource: </script><script>alert(document.domain)</script>\n\tПеревірено: 1 200';

let server: StaticServer;
beforeAll(async () => {
  server = await serveFiles({ '/a/sample.html': SAMPLE });
});
afterAll(async () => {
  await server?.close();
});

describeInBrowsers('import and export with hostile content, from the side panel', (session) => {
  let article: TestPage;
  let panel: TestPage;
  beforeAll(async () => {
    article = await session().openPage(server.url('/a/sample.html'));
    await waitForMarks(article, 'quantity', 8);
    panel = await session().openExtensionPage('sidepanel.html', await session().tabIdOf(article));
    await panel.waitForFunction(() => document.querySelectorAll('li.claim').length > 10, undefined, { timeout: 30_000 });
  });
  const exportAs = async (format: string) => {
    await panel.select('#export-format', format);
    return session().downloadText(panel, await selectorFor(panel, 'button', 'Export this page'));
  };
  const message = () => panel.evaluate(() => document.querySelector('.export .message')?.textContent ?? '');

  it('imports by instants: an older record in another time zone keeps newer local work, the newest duplicate wins, bad links and unknown fields are reported', async () => {
    const listed = await askTabIn(session(), article, 'listClaims', {});
    const at = (text: string) => listed.claims.find((c) => c.claim.text === text)!;
    const record = (id: string, text: string, fields: Partial<Annotation> & Record<string, unknown>) => {
      const view = at(text);
      const { start: _s, end: _e, ...claim } = view.claim;
      return { id, page: listed.page, target: view.target, claim, sentence: view.sentence, verdict: 'false', note: '', evidence: [], tags: [], createdAt: '2026-11-20T09:00:00.000Z', updatedAt: '2026-11-20T09:00:00.000Z', revision: 1, dismissed: false, ...fields };
    };
    // Local work, saved at 12:00 UTC.
    await putAnnotationsIn(panel, [record('local', '2,300', { note: 'my newer local note', updatedAt: '2026-11-20T12:00:00.000Z' }) as Annotation]);
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
    await panel.upload('input[type="file"][aria-label="Import JSON file"]', { name: 'colleague.claimlens.json', content: JSON.stringify(file) });
    await expect.poll(message).toMatch(/1 new/);
    const text = await message();
    expect(text).toMatch(/duplicate/i);
    expect(text).toContain('javascript:alert(1)');
    expect(text).toContain('colour');

    const stored = Object.fromEntries((await readAnnotationsIn(panel)).map((a) => [a.id, a]));
    expect(stored.local.note).toBe('my newer local note');
    expect(stored.hostile).toMatchObject({ note: HOSTILE_NOTE, updatedAt: '2026-11-20T16:00:00.000Z', evidence: [{ url: 'https://www.gov.uk/moj/figures', title: 'MoD' }] });
    expect(stored.hostile).not.toHaveProperty('colour');
  });

  it('exports page text and notes safely: ClaimReview embeddable in <script>, CSV with no live formula, Markdown links only to the web', async () => {
    const claimReview = await exportAs('claimreview');
    expect(claimReview).not.toMatch(/<\/script|<script/i);
    expect(JSON.stringify(JSON.parse(claimReview))).toContain('</script><script>alert(document.domain)</script>');

    const csv = await exportAs('csv');
    // The note's cell starts with "=" (and spans lines): a spreadsheet would run it, so it is led by a quote mark.
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);

    const markdown = await exportAs('markdown');
    expect(markdown).not.toMatch(/\]\(javascript:/i);
    expect(markdown).toContain('[MoD](<https://www.gov.uk/moj/figures>)');
    expect(markdown).not.toContain('<script>');
  });
});
