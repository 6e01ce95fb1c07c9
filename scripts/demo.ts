/**
 * `npm run demo`: the built extension in Chromium on our sample article.
 * With a display it opens a window for DEMO_SECONDS (default 30) so you can
 * click around; without one (or with CI set) it runs headless. Either way it
 * saves screenshots of the page, the popup and the side panel (in English and in Russian) and prints the claims found,
 * then exits by itself.
 */
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { externalRequests, launchWithExtension } from './lib/extension-browser';
import { readPopupClaims } from './lib/popup-claims';
import { selectWithMouse } from './lib/select-text';
import { serveFiles } from './lib/static-server';

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../tests/fixtures/pages/sample-article.html', import.meta.url));

async function main(): Promise<void> {
  const headless = !process.env.DISPLAY || Boolean(process.env.CI);
  const server = await serveFiles({ '/a/sample-article.html': SAMPLE });
  const browser = await launchWithExtension({ headless });
  try {
    const page = await browser.context.newPage();
    await page.goto(server.url('/a/sample-article.html'));
    // Let the content script mark the page before the popup competes for the CPU.
    await page.waitForFunction(() => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('claimlens-quantity'), undefined, { timeout: 30_000 });
    const popup = await browser.openPopup(await browser.tabIdOf(page));
    const { claims, scanMs } = await readPopupClaims(popup);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.bringToFront();
    await page.screenshot({ path: `${ARTIFACTS}demo-page.png`, fullPage: true });
    await popup.setViewportSize({ width: 520, height: 900 });
    await popup.screenshot({ path: `${ARTIFACTS}demo-popup.png`, fullPage: true });
    await popup.close();

    // The selection flow: select a passage that is neither a figure nor an attribution, press "Annotate" beside it.
    const button = await selectWithMouse(page, 'many of them moved by rail through occupied Crimea');
    await page.mouse.move(button.x, button.y);
    await page.screenshot({ path: `${ARTIFACTS}demo-selection.png` });
    await page.mouse.click(button.x, button.y);
    await page.waitForTimeout(500);

    // The side panel as the browser shows it beside the article (here as a page fixed to the article's tab):
    // it opens on the passage just annotated.
    const panel = await browser.context.newPage();
    await panel.setViewportSize({ width: 400, height: 900 });
    await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${await browser.tabIdOf(page)}`);
    await panel.waitForSelector('li.claim', { timeout: 30_000 });
    await panel.waitForTimeout(500);
    await panel.screenshot({ path: `${ARTIFACTS}demo-sidepanel.png` });

    // The same panel in Russian: the language override of the settings (stored as the settings page stores it),
    // which an open panel follows at once.
    await panel.evaluate(() => chrome.storage.local.set({ language: 'ru' }));
    await panel.waitForFunction(() => document.documentElement.lang === 'ru' && document.querySelector('.summary')?.textContent?.includes('утвержд'), undefined, { timeout: 10_000 });
    await panel.waitForTimeout(300);
    await panel.screenshot({ path: `${ARTIFACTS}demo-sidepanel-ru.png` });

    console.log(`Claimlens found ${claims.length} claims in ${server.url('/a/sample-article.html')} (content script ${scanMs} ms):`);
    for (const claim of claims) console.log(`  ${claim.kind.padEnd(11)} ${JSON.stringify(claim.text).padEnd(34)} ${claim.details}`);
    console.log(`Screenshots: ${ARTIFACTS}demo-page.png, ${ARTIFACTS}demo-popup.png, ${ARTIFACTS}demo-selection.png, ${ARTIFACTS}demo-sidepanel.png, ${ARTIFACTS}demo-sidepanel-ru.png`);
    const leaked = externalRequests(browser.requests);
    if (leaked.length) throw new Error(`requests left the machine: ${leaked.join(', ')}`);

    if (!headless) {
      const seconds = Number(process.env.DEMO_SECONDS ?? 30);
      console.log(`The browser stays open for ${seconds} s (DEMO_SECONDS).`);
      await page.waitForTimeout(seconds * 1000);
    }
    if (claims.length === 0) throw new Error('no claims found in the sample article');
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`demo failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
