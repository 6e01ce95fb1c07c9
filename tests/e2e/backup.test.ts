import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { ExportEnvelopeSchema } from '../../utils/export/envelope';
import type { Annotation } from '../../utils/model/annotation';
import { waitForMarks } from '../support/e2e';
import { putAnnotations } from '../support/extension-db';
import { askTab } from '../support/tab-messages';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveFiles({ '/a/sample.html': SAMPLE });
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('Durable storage', () => {
  it('asks for unlimited storage and saves a dated, re-importable backup from the settings page', async () => {
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.permissions).toEqual(expect.arrayContaining(['unlimitedStorage', 'downloads', 'alarms']));

    const page = await browser.context.newPage();
    await page.goto(server.url('/a/sample.html'));
    await waitForMarks(page, 'quantity', 8);
    const listed = await askTab(browser, page, 'listClaims', {});
    const view = listed.claims.find((c) => c.claim.text === '2,300')!;
    const { start: _s, end: _e, ...claim } = view.claim;
    const now = new Date().toISOString();
    await putAnnotations(browser, [
      { id: 'kept', page: listed.page, target: view.target, claim, sentence: view.sentence, verdict: 'accurate', note: 'Кількість евакуйованих підтверджено', evidence: [], tags: [], createdAt: now, updatedAt: now, revision: 1, dismissed: false } as Annotation,
    ]);

    const settings = await browser.context.newPage();
    await settings.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await settings.getByRole('checkbox', { name: /Save backups automatically/ }).check();
    await expect.poll(() => settings.getByRole('status').last().textContent()).toBe('Settings saved.');
    await settings.getByRole('button', { name: 'Back up now' }).click();
    await expect.poll(() => settings.getByText(/Backup saved to your downloads folder as claimlens-backups\/claimlens-backup-/).count(), { timeout: 10_000 }).toBe(1);

    const findBackup = () =>
      browser.worker.evaluate(async () => {
        const [item] = await chrome.downloads.search({ orderBy: ['-startTime'] });
        return item ? { filename: item.filename, state: item.state, error: item.error ?? null, mime: item.mime } : null;
      });
    await expect.poll(findBackup, { timeout: 10_000 }).toMatchObject({ state: 'complete', error: null });
    const saved = await findBackup();
    // The test browser stores downloads under generated names; the name asked for is in the message above.
    expect(saved?.mime).toBe('application/json');
    const { readFile } = await import('node:fs/promises');
    const envelope = ExportEnvelopeSchema.parse(JSON.parse(await readFile(saved!.filename, 'utf8')));
    expect(envelope.annotations.map((a) => [a.id, a.note])).toEqual([['kept', 'Кількість евакуйованих підтверджено']]);
    expect(await settings.getByText(/Last backup:/).count()).toBe(1);
  });
});
