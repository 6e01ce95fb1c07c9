import { mkdtempSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { externalRequests } from '../../../scripts/lib/extension-browser';
import { launchFirefoxWithExtension } from '../../../scripts/lib/firefox-browser';
import type { ExtensionSession, LaunchOptions, TestPage } from './types';

/** The shared vocabulary over puppeteer-core, WebDriver BiDi and Debian's Firefox. */
export async function launchFirefoxSession(options: LaunchOptions = {}): Promise<ExtensionSession> {
  const firefox = await launchFirefoxWithExtension({ locale: options.locale });
  const wrap = firefoxPage;

  return {
    browserName: 'firefox',
    async openPage(url) {
      const page = await firefox.newPage();
      await page.goto(url);
      return wrap(page);
    },
    openExtensionPage: async (path, tabId) => wrap(await firefox.openExtensionPage(`${path}?tabId=${tabId}`)),
    tabIdOf: async (page) => firefox.tabIdOf(await page.url()),
    async downloadText(page, selector) {
      // WebDriver BiDi reports no download here: catch the file where the popup
      // hands it to the browser (an <a download> click on a blob: URL).
      await page.evaluate(() => {
        const saved: Promise<string>[] = [];
        (window as unknown as { claimlensDownloads: Promise<string>[] }).claimlensDownloads = saved;
        const click = HTMLAnchorElement.prototype.click;
        HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
          if (this.hasAttribute('download')) saved.push(fetch(this.href).then((response) => response.text()));
          else click.call(this);
        };
      });
      await page.click(selector);
      await page.waitForFunction(() => (window as unknown as { claimlensDownloads: unknown[] }).claimlensDownloads.length > 0);
      return page.evaluate(() => (window as unknown as { claimlensDownloads: Promise<string>[] }).claimlensDownloads[0]);
    },
    requests: () => [...firefox.pageRequests, ...firefox.proxiedRequests],
    externalRequests: () => [...externalRequests(firefox.pageRequests), ...firefox.proxiedRequests],
    installUpdate: () => firefox.reinstall(),
    extensionErrors: () => firefox.extensionErrors(),
    close: () => firefox.close(),
  };
}

function firefoxPage(page: Page): TestPage {
  // Input goes to the active tab: bring the page forward before acting on it.
  const act = async <T>(run: () => Promise<T>): Promise<T> => {
    await page.bringToFront();
    return run();
  };
  return {
    browserName: 'firefox',
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    bringToFront: () => page.bringToFront(),
    url: () => page.evaluate(() => location.href),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    // Polling by time: animation frames do not run in background tabs.
    waitForFunction: async (fn, arg, options) => void (await page.waitForFunction(fn as never, { polling: 100, timeout: options?.timeout ?? 30_000 }, arg)),
    click: (selector) => act(() => page.locator(selector).click()),
    fill: (selector, text) =>
      act(async () => {
        if (text !== '') return void (await page.locator(selector).fill(text));
        // Puppeteer's fill('') leaves the field as it was: clear it as a user would.
        await page.focus(selector);
        await page.keyboard.down('Control');
        await page.keyboard.press('a');
        await page.keyboard.up('Control');
        await page.keyboard.press('Backspace');
      }),
    press: (selector, key) =>
      act(async () => {
        await page.focus(selector);
        await page.keyboard.press(key);
      }),
    upload: (selector, file) =>
      act(async () => {
        // WebDriver BiDi hands the input a file from disk (input.setFiles), under its own name.
        const path = join(mkdtempSync(join(tmpdir(), 'claimlens-upload-')), file.name);
        writeFileSync(path, file.content);
        const input = await page.$(selector);
        if (!input) throw new Error(`no ${selector}`);
        await (input as ElementHandle<HTMLInputElement>).uploadFile(path);
      }),
    select: (selector, value) => act(async () => void (await page.select(selector, value))),
    screenshot: async (path) => {
      await mkdir(dirname(path), { recursive: true }); // as Playwright does
      await page.screenshot({ path: path as `${string}.png` });
    },
    close: () => page.close(),
  };
}
