import { afterAll, beforeAll, expect, it } from 'vitest';
import { serveFiles, type StaticServer } from '../../scripts/lib/static-server';
import { annotateReloadExport } from '../support/annotate-flow';
import { marksInside, readMarks, waitForMarks } from '../support/e2e';
import { describeInBrowsers, type TestPage } from '../support/harness';
import { popupParts, textsOf } from '../support/popup';
import { sharedDir } from '../support/shared-dir';

// The shared RFE/RL-like seed page in real Chromium and Firefox with the built extension.
let server: StaticServer;
beforeAll(async () => {
  server = await serveFiles({ '/a/rferl-kim-drones.html': sharedDir('pages', 'rferl-kim-drones.html') });
});
afterAll(async () => {
  await server?.close();
});

describeInBrowsers('the shared seed page (rferl-kim-drones.html)', (session) => {
  let page: TestPage;
  beforeAll(async () => {
    page = await session().openPage(server.url('/a/rferl-kim-drones.html'));
    await waitForMarks(page, 'quantity', 3);
    await waitForMarks(page, 'attribution', 4);
  });

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
    const popup = await session().openExtensionPage('popup.html', await session().tabIdOf(page));
    await popup.waitForFunction((speakers) => document.querySelectorAll(speakers).length > 3, popupParts.speakers);
    const speakers = (await textsOf(popup, popupParts.speakers)).join(' | ');
    for (const name of ['Oleh Saakyan', 'Lee Sung Joon', 'Joint Chiefs of Staff', 'Andrei Rudenko', 'South Korean military']) {
      expect(speakers, `${name} among speakers`).toContain(name);
    }
    await popup.screenshot(`artifacts/seed-popup-${session().browserName}.png`);
    await popup.close();
  });

  it('keeps an annotation through a reload and exports it', async () => {
    const envelope = await annotateReloadExport(session(), page, 'some 3,000 or more', 'JCS estimate; Yonhap report of March 27');
    expect(envelope.annotations[0].claim).toMatchObject({ type: 'quantity', value: 3000, approx: true });
    // Served from 127.0.0.1, the page's declared canonical URL (rferl.org) is another site: it is not honoured,
    // so a copy of a story elsewhere can never pick up that story's private annotations.
    expect(envelope.annotations[0].page.canonicalUrl).toBeUndefined();
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(session().externalRequests()).toEqual([]);
  });
});
