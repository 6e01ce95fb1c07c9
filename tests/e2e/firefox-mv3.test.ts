import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { readMarks, waitForMarks } from '../support/e2e';
import { BROWSERS, launchSession, type ExtensionSession } from '../support/harness';
import { textOf } from '../support/popup';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));

// What MV3 means in Firefox (README, "Why MV3"): an event page that comes and goes, and host
// permissions granted on install that stay the user's to withdraw.
describe.runIf(BROWSERS.includes('firefox'))('Claimlens as an MV3 add-on in Firefox', () => {
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

  it('lets the background page go when idle and wakes it for a page’s request', async () => {
    const extensionPages = await session.openExtensionPage('popup.html', 1);
    const background = () =>
      extensionPages.evaluate(() =>
        (globalThis as unknown as { browser: typeof chrome }).browser.extension.getViews().some((view) => view.location.pathname === '/_generated_background_page.html'),
      );
    const page = await session.openPage(server.url('/a/sample.html'));
    await waitForMarks(page, 'quantity', 8);
    await expect.poll(background, { timeout: 10_000, interval: 500 }).toBe(false); // idle timeout: 2 s in the test profile
    await page.reload();
    await waitForMarks(page, 'quantity', 8);
    expect(await background()).toBe(true);
    await page.close();
    await extensionPages.close();
  });

  it('when the user withdraws access to sites, marks nothing and the popup says it cannot read the tab', async () => {
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
