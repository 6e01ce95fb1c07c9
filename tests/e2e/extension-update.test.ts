import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { EXTENSION_DIR, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { readMarks, waitForMarks } from '../support/e2e';
import { readAnnotations, readAnnotationsIn } from '../support/extension-db';
import { BROWSERS, launchSession, type ExtensionSession } from '../support/harness';
import { claimItem } from '../support/popup';
import { askTab, askTabIn, forgetMessengerPage } from '../support/tab-messages';
import { openSidePanel } from '../support/workbench-page';

const SAMPLE = fileURLToPath(new URL('../fixtures/pages/sample-article.html', import.meta.url));
/** No story: the loader leaves it alone, the panel loads the scanner there (tests/e2e/loader.test.ts). */
const INBOX = `<!doctype html><html lang="en"><head><title>Inbox</title></head><body><table><tbody>
<tr><td>Regional office</td><td>Evacuation update: officials said 2,300 residents had left the villages</td></tr>
<tr><td>Bank</td><td>Your statement: 4,750 euros were credited on Monday</td></tr></tbody></table></body></html>`;

let server: StaticServer;
beforeAll(async () => {
  const inbox = join(mkdtempSync(join(tmpdir(), 'claimlens-update-')), 'inbox.html');
  writeFileSync(inbox, INBOX);
  server = await serveFiles({ '/a/sample.html': SAMPLE, '/inbox.html': inbox });
});
afterAll(async () => {
  await server?.close();
});

describe.runIf(BROWSERS.includes('chromium'))('in Chromium', () => {
  let browser: ExtensionBrowser;
  /** Loads the built extension again over the DevTools protocol: what the browser does when it installs an update. */
  let installUpdate: () => Promise<void>;

  beforeAll(async () => {
    const port = 9300 + Math.floor(Math.random() * 600);
    browser = await launchWithExtension({ extraArgs: ['--enable-unsafe-extension-debugging', `--remote-debugging-port=${port}`] });
    const cdp = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
    const session = await cdp.newBrowserCDPSession();
    installUpdate = async () => {
      await session.send('Extensions.loadUnpacked' as never, { path: EXTENSION_DIR } as never);
    };
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('After an extension update or reload', () => {
    it('open tabs are scanned again by the new version, with no uncaught error and one instance only', async () => {
      const page = await browser.context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      page.on('console', (message) => {
        // The test server has no favicon: that 404 is the browser's, not ours.
        if (/Extension context invalidated|Claimlens|Uncaught/i.test(message.text())) problems.push(`console: ${message.text()}`);
      });
      await page.goto(server.url('/a/sample.html'));
      const before = (await waitForMarks(page, 'quantity', 8))['claimlens-quantity'];

      // Install the extension again, as an update does: the page's content script is cut off from it.
      const oldWorker = browser.worker;
      await installUpdate();
      await expect.poll(() => browser.context.serviceWorkers().filter((w) => w !== oldWorker).length, { timeout: 20_000 }).toBeGreaterThan(0);

      // The new version's script marks the page again, without a reload of the page.
      await expect.poll(async () => (await readMarks(page))['claimlens-quantity']?.length ?? 0, { timeout: 15_000 }).toBe(before.length);
      await expect.poll(() => askTab(browser, page, 'ping', undefined).catch((e: Error) => e.message), { timeout: 10_000 }).toEqual({ alive: true });
      // Exactly one layer in the page: the old instance removed its own.
      expect(await page.evaluate(() => document.querySelectorAll('claimlens-layer').length)).toBe(1);
      // The page keeps changing: the cut-off instance must not throw when it notices.
      await page.evaluate(() => {
        const p = document.createElement('p');
        p.textContent = 'Officials later said 4,750 homes were left without power after the strike.';
        document.querySelector('.article-body')!.append(p);
      });
      await expect.poll(async () => (await readMarks(page))['claimlens-quantity'], { timeout: 10_000 }).toContain('4,750');
      expect(problems).toEqual([]);
      await page.close();
    });

    it('a page with no story where the panel had loaded the scanner gets a live one again', async () => {
      const page = await browser.context.newPage();
      await page.goto(server.url('/inbox.html'));
      const panel = await openSidePanel(browser, await browser.tabIdOf(page));
      const before = (await waitForMarks(page, 'quantity', 1))['claimlens-quantity'];
      await panel.close();
      const oldWorker = browser.context.serviceWorkers().at(-1);
      await installUpdate();
      await expect.poll(() => browser.context.serviceWorkers().filter((w) => w !== oldWorker).length, { timeout: 20_000 }).toBeGreaterThan(0);
      // The re-injected loader finds the old scanner's layer and asks for a new scanner, though the page is no story.
      await expect.poll(() => askTab(browser, page, 'ping', undefined).catch((e: Error) => e.message), { timeout: 15_000 }).toEqual({ alive: true });
      await expect.poll(async () => (await readMarks(page))['claimlens-quantity'], { timeout: 15_000 }).toEqual(before);
      expect(await page.evaluate(() => document.querySelectorAll('claimlens-layer').length)).toBe(1);
      await page.close();
    });

    it('an update while the user types in the panel keeps the whole note', async () => {
      const page = await browser.context.newPage();
      await page.goto(server.url('/a/sample.html'));
      await waitForMarks(page, 'quantity', 8);
      const panel = await openSidePanel(browser, await browser.tabIdOf(page));
      const row = panel.locator('li.claim', { has: panel.getByRole('button', { name: '2,300', exact: true }) });
      await row.getByRole('button', { name: /^Annotate:/ }).click();
      const note = 'Evacuation figure matches the regional administration’s list';
      await row.getByLabel('Note').pressSequentially(note);
      const oldWorker = browser.context.serviceWorkers().at(-1);
      await installUpdate(); // the browser closes the extension's pages: the panel's last keystrokes must still be stored
      await expect.poll(() => browser.context.serviceWorkers().filter((w) => w !== oldWorker).length, { timeout: 20_000 }).toBeGreaterThan(0);
      // The user opens the panel again: it shows the whole note, and it is in the database.
      await expect.poll(() => browser.tabIdOf(page).then(() => true, () => false)).toBe(true);
      const reopened = await openSidePanel(browser, await browser.tabIdOf(page));
      await expect.poll(async () => (await readAnnotations(browser)).map((a) => a.note), { timeout: 10_000 }).toContain(note);
      await reopened.close();
      await page.close();
    });
  });
});

// Firefox installs the update over the running add-on through WebDriver BiDi (webExtension.install),
// which is what it does when an update arrives: the old instance's pages close, its content scripts are cut off.
describe.runIf(BROWSERS.includes('firefox'))('in Firefox', () => {
  let session: ExtensionSession;
  beforeAll(async () => {
    session = await launchSession('firefox');
  });
  afterAll(async () => {
    await session?.close();
  });
  const layers = (page: Awaited<ReturnType<ExtensionSession['openPage']>>) => page.evaluate(() => document.querySelectorAll('claimlens-layer').length);

  it('open tabs are scanned again by the new version, with no uncaught error and one instance only', async () => {
    const page = await session.openPage(server.url('/a/sample.html'));
    const before = (await waitForMarks(page, 'quantity', 8))['claimlens-quantity'];
    await session.installUpdate!();
    forgetMessengerPage(session);
    await page.bringToFront(); // background tabs get their timers throttled
    await expect.poll(() => askTabIn(session, page, 'ping', undefined).catch((e: Error) => e.message), { timeout: 20_000 }).toEqual({ alive: true });
    await expect.poll(async () => (await readMarks(page))['claimlens-quantity']?.length ?? 0, { timeout: 15_000 }).toBe(before.length);
    expect(await layers(page)).toBe(1);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Officials later said 4,750 homes were left without power after the strike.';
      document.querySelector('.article-body')!.append(p);
    });
    await expect.poll(async () => (await readMarks(page))['claimlens-quantity'], { timeout: 10_000 }).toContain('4,750');
    expect(await layers(page)).toBe(1);
    await page.close();
  });

  it('an update while the user types in the panel keeps the whole note', async () => {
    const page = await session.openPage(server.url('/a/sample.html'));
    await waitForMarks(page, 'quantity', 8);
    const tabId = await session.tabIdOf(page);
    const panel = await session.openExtensionPage('sidepanel.html', tabId);
    const item = await claimItem(panel, '2,300');
    await panel.click(`${item} button.annotate`);
    const note = 'Evacuation figure matches the regional administration’s list';
    await panel.fill(`${item} textarea`, note);
    await session.installUpdate!(); // at once: the old panel's last keystrokes must still be stored
    forgetMessengerPage(session);
    const reopened = await session.openExtensionPage('sidepanel.html', tabId);
    const notes = async () => (await readAnnotationsIn(reopened)).map((a) => a.note);
    await expect.poll(notes, { timeout: 10_000 }).toContain(note);
    await reopened.close();
    await page.close();
  });

  it('raised no uncaught error in the extension’s scripts', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(session.extensionErrors()).toEqual([]);
  });
});
