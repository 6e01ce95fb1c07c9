import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { externalRequests, launchWithExtension } from '../../../scripts/lib/extension-browser';
import type { ExtensionSession, TestPage } from './types';

/** The shared vocabulary over playwright-core and Debian's Chromium. */
export async function launchChromiumSession(): Promise<ExtensionSession> {
  const browser = await launchWithExtension();
  const errors: string[] = [];
  const pages = new WeakMap<TestPage, Page>();
  const wrap = (page: Page, isExtensionPage: boolean): TestPage => {
    // What Chromium shows Playwright: console messages of pages (content scripts' included) and uncaught
    // errors of extension pages; a content script's or the service worker's uncaught error surfaces in no event.
    page.on('console', (message) => {
      if (['error', 'warning'].includes(message.type()) && /^Claimlens\b/.test(message.text())) errors.push(message.text());
    });
    if (isExtensionPage) page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    const wrapped = chromiumPage(page);
    pages.set(wrapped, page);
    return wrapped;
  };
  const raw = (page: TestPage) => {
    const found = pages.get(page);
    if (!found) throw new Error('not a page of this session');
    return found;
  };

  return {
    browserName: 'chromium',
    async openPage(url) {
      const page = await browser.context.newPage();
      await page.goto(url);
      return wrap(page, false);
    },
    async openExtensionPage(path, tabId) {
      const page = await browser.context.newPage();
      await page.goto(`chrome-extension://${browser.extensionId}/${path}?tabId=${tabId}`);
      return wrap(page, true);
    },
    tabIdOf: (page) => browser.tabIdOf(raw(page)),
    async downloadText(page, selector) {
      const [download] = await Promise.all([raw(page).waitForEvent('download'), raw(page).click(selector)]);
      return readFile((await download.path())!, 'utf8');
    },
    requests: () => [...browser.requests],
    externalRequests: () => externalRequests(browser.requests),
    extensionErrors: () => [...errors],
    close: () => browser.close(),
  };
}

function chromiumPage(page: Page): TestPage {
  return {
    browserName: 'chromium',
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    bringToFront: () => page.bringToFront(),
    url: () => page.evaluate(() => location.href),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    waitForFunction: async (fn, arg, options) => void (await page.waitForFunction(fn as never, arg, options)),
    click: (selector) => page.click(selector),
    fill: (selector, text) => page.fill(selector, text),
    press: (selector, key) => page.press(selector, key),
    upload: (selector, file) => page.setInputFiles(selector, { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.content) }),
    select: async (selector, value) => void (await page.selectOption(selector, value)),
    screenshot: async (path) => void (await page.screenshot({ path })),
    close: () => page.close(),
  };
}
