import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { ExportEnvelopeSchema } from '../../utils/export/envelope';
import type { Annotation } from '../../utils/model/annotation';
import { selectorFor, waitForMarks } from '../support/e2e';
import { putAnnotationsIn } from '../support/extension-db';
import { describeInBrowsers } from '../support/harness';
import { askTabIn } from '../support/tab-messages';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

let server: StaticServer;
beforeAll(async () => {
  server = await serveFiles({ '/a/sample.html': SAMPLE });
});
afterAll(async () => {
  await server?.close();
});

describeInBrowsers('durable storage', (session) => {
  it('asks for unlimited storage and saves a dated, re-importable backup from the settings page', async () => {
    const page = await session().openPage(server.url('/a/sample.html'));
    await waitForMarks(page, 'quantity', 8);
    const settings = await session().openExtensionPage('options.html', await session().tabIdOf(page));
    const manifest = await settings.evaluate(() => ((globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome).runtime.getManifest());
    expect(manifest.permissions).toEqual(expect.arrayContaining(['unlimitedStorage', 'downloads', 'alarms']));

    const listed = await askTabIn(session(), page, 'listClaims', {});
    const view = listed.claims.find((c) => c.claim.text === '2,300')!;
    const { start: _s, end: _e, ...claim } = view.claim;
    const now = new Date().toISOString();
    await putAnnotationsIn(settings, [
      { id: 'kept', page: listed.page, target: view.target, claim, sentence: view.sentence, verdict: 'accurate', note: 'Кількість евакуйованих підтверджено', evidence: [], tags: [], createdAt: now, updatedAt: now, revision: 1, dismissed: false } as Annotation,
    ]);

    await settings.click(`${await selectorFor(settings, 'label', 'Save backups automatically', { exact: false })} input[type="checkbox"]`);
    const lastStatus = () => settings.evaluate(() => [...document.querySelectorAll('[role="status"]')].at(-1)?.textContent);
    await expect.poll(lastStatus).toBe('Settings saved.');
    await settings.click(await selectorFor(settings, 'button', 'Back up now'));
    await selectorFor(settings, '[role="status"]', 'Backup saved to your downloads folder as claimlens-backups/claimlens-backup-', { exact: false, timeout: 10_000 });

    const findBackup = () =>
      settings.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
        const [item] = await api.downloads.search({ orderBy: ['-startTime'] });
        return item ? { filename: item.filename, state: item.state, error: item.error ?? null } : null;
      });
    await expect.poll(findBackup, { timeout: 10_000 }).toMatchObject({ state: 'complete', error: null });
    const saved = await findBackup();
    const envelope = ExportEnvelopeSchema.parse(JSON.parse(await readFile(saved!.filename, 'utf8')));
    expect(envelope.annotations.map((a) => [a.id, a.note])).toEqual([['kept', 'Кількість евакуйованих підтверджено']]);
    await selectorFor(settings, 'p', 'Last backup:', { exact: false });
    await settings.close();
    await page.close();
  });
});
