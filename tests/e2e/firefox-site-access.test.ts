import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { readMarks } from '../support/e2e';
import { BROWSERS, launchSession, type ExtensionSession } from '../support/harness';
import { textOf } from '../support/popup';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

// MV3 in Firefox: host permissions are granted on install but stay the user's to withdraw (README, "Why MV3").
describe.runIf(BROWSERS.includes('firefox'))('Firefox, when the user withdraws Claimlens’ access to sites', () => {
  let session: ExtensionSession;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveFiles({ '/a/sample.html': SAMPLE });
    session = await launchSession('firefox');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('marks nothing and the popup says it cannot read the tab', async () => {
    const settings = await session.openExtensionPage('popup.html', 1);
    const granted = await settings.evaluate(async () => {
      const { permissions } = (globalThis as unknown as { browser: typeof chrome }).browser;
      await permissions.remove({ origins: ['http://*/*'] });
      return (await permissions.getAll()).origins;
    });
    expect(granted).toEqual(['https://*/*']);

    const page = await session.openPage(server.url('/a/sample.html'));
    await new Promise((resolve) => setTimeout(resolve, 2000)); // marks appear well within this with access (see annotate-flow)
    expect(await readMarks(page)).toEqual({});
    const popup = await session.openExtensionPage('popup.html', await session.tabIdOf(page));
    await expect.poll(() => textOf(popup, 'main')).toContain('cannot read this tab');
    expect(session.extensionErrors()).toEqual([]);
  });
});
