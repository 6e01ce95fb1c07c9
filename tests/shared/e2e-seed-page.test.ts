import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { externalRequests, launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { annotateReloadExport } from '../support/annotate-flow';
import { marksInside, readMarks, waitForMarks } from '../support/e2e';
import { sharedDir } from '../support/shared-dir';

// The shared RFE/RL-like seed page in real Chromium with the built extension.
let browser: ExtensionBrowser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveFiles({ '/a/rferl-kim-drones.html': sharedDir('pages', 'rferl-kim-drones.html') });
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await page.goto(server.url('/a/rferl-kim-drones.html'));
  await waitForMarks(page, 'quantity', 3);
  await waitForMarks(page, 'attribution', 4);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the shared seed page (rferl-kim-drones.html)', () => {
  it('marks the three troop figures', async () => {
    const quantities = (await readMarks(page))['claimlens-quantity'];
    for (const figure of ['3,000', 'some 3,000 or more', '11,000-strong']) {
      expect(quantities.some((q) => q.includes(figure)), `${figure} in ${JSON.stringify(quantities)}`).toBe(true);
    }
    expect(quantities.some((q) => /an additional 3,000|^3,000$/.test(q))).toBe(true);
  });

  it('marks nothing in the navigation, the video block’s time codes or the font-size controls', async () => {
    expect(await marksInside(page, 'nav, header, .breaking, .media-block, .player__time, .font-size, footer, .disclaimer, .author')).toEqual([]);
  });

  it('names the speakers in the popup', async () => {
    const popup = await browser.openPopup(await browser.tabIdOf(page));
    const attributions = popup.getByRole('region', { name: /Attributions/ });
    await expect.poll(() => attributions.locator('.speaker').count()).toBeGreaterThan(3);
    const speakers = (await attributions.locator('.speaker').allTextContents()).join(' | ');
    for (const name of ['Oleh Saakyan', 'Lee Sung Joon', 'Joint Chiefs of Staff', 'Andrei Rudenko', 'South Korean military']) {
      expect(speakers, `${name} among speakers`).toContain(name);
    }
    await popup.close();
  });

  it('keeps an annotation through a reload and exports it', async () => {
    const envelope = await annotateReloadExport(browser, page, 'some 3,000 or more', 'JCS estimate; Yonhap report of March 27');
    expect(envelope.annotations[0].claim).toMatchObject({ type: 'quantity', value: 3000, approx: true });
    expect(envelope.annotations[0].page.canonicalUrl).toBe('https://www.rferl.org/a/north-korea-kim-drones-troops-russia/33000000.html');
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(externalRequests(browser.requests)).toEqual([]);
  });
});
