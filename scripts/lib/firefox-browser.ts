import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { findFirefox } from './find-browser';
import { isExtensionError, lineSplitter } from './firefox-output';
import { startRecordingProxy, type RecordingProxy } from './recording-proxy';

export const FIREFOX_EXTENSION_DIR = fileURLToPath(new URL('../../.output/firefox-mv3', import.meta.url));

export interface FirefoxExtensionBrowser {
  browser: Browser;
  /** `moz-extension://<uuid>`, fixed for this session by the `extensions.webextensions.uuids` pref. */
  extensionOrigin: string;
  /** What pages and extension pages requested (WebDriver BiDi network events). */
  pageRequests: string[];
  /** Requests for anything but localhost, from any context including the background page (see recording-proxy.ts). */
  proxiedRequests: string[];
  /** The browser process's stdout and stderr, line by line. */
  output: string[];
  /** Uncaught errors in the extension's scripts, and its own console warnings and errors, as Firefox printed them. */
  extensionErrors(): string[];
  newPage(): Promise<Page>;
  /** Opens an extension page (`popup.html?tabId=N`, …) in a new tab. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  /** Installs the built add-on again over the running one: an update, as far as the add-on can tell. */
  reinstall(): Promise<void>;
  /** The browser's id of the tab showing `url`, asked of the extension itself. */
  tabIdOf(url: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * Debian's Firefox driven by puppeteer-core over WebDriver BiDi, headless, in
 * a fresh profile, with the built extension installed as a temporary add-on:
 * exactly what "Load Temporary Add-on" in about:debugging does.
 */
export async function launchFirefoxWithExtension(): Promise<FirefoxExtensionBrowser> {
  const manifestPath = join(FIREFOX_EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`The Firefox extension is not built: ${manifestPath} is missing. Run \`npm run build:firefox\` first.`);
  }
  const addonId: string = JSON.parse(readFileSync(manifestPath, 'utf8')).browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const extensionOrigin = `moz-extension://${uuid}`;
  const proxy = await startRecordingProxy();
  const downloadDir = mkdtempSync(join(tmpdir(), 'claimlens-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless: true,
    defaultViewport: { width: 1200, height: 900 },
    // Firefox 153 lets WebDriver navigate only to http(s), file and blob URLs unless
    // given system access; without it no test could open the extension's pages.
    args: ['--remote-allow-system-access'],
    // Release builds ignore services.settings.server (below) without this.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }),
      // Uncaught errors and console messages of pages and extension scripts go to stdout/stderr.
      'devtools.console.stdout.content': true,
      'browser.dom.window.dump.enabled': true,
      // Firefox's own background traffic, off (as Mozilla's test profiles do), like Chromium's in extension-browser.ts.
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'network.connectivity-service.enabled': false,
      'network.captive-portal-service.enabled': false,
      // Headless Firefox never advances a smooth scroll (scrollTo({ behavior: 'smooth' }) stays at 0);
      // with the user setting "Use smooth scrolling" off, scrolls are instant.
      'general.smoothScroll': false,
      // Downloads (the backup file) go to a folder of this session, without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      // The MV3 event page is unloaded after 2 s idle instead of 30 s, so every scenario
      // also exercises the background waking on a content script's message.
      'extensions.background.idle.timeout': 2000,
      ...proxyPrefs(proxy),
    },
  });
  const output = captureOutput(browser);
  await browser.installExtension(FIREFOX_EXTENSION_DIR);

  const pageRequests: string[] = [];
  const watch = (page: Page) => page.on('request', (request: HTTPRequest) => void pageRequests.push(request.url()));
  let control: Page | undefined;

  const session: FirefoxExtensionBrowser = {
    browser,
    extensionOrigin,
    pageRequests,
    proxiedRequests: proxy.requests,
    output,
    extensionErrors: () => output.filter((line) => isExtensionError(line, extensionOrigin)),
    async newPage() {
      const page = await browser.newPage();
      watch(page);
      return page;
    },
    async openExtensionPage(pathAndQuery) {
      const page = await session.newPage();
      const url = `${extensionOrigin}/${pathAndQuery}`;
      // Firefox navigates but never reports the navigation of an extension page over BiDi,
      // so goto() would not resolve (puppeteer#14314): start it, then wait for the document.
      page.goto(url, { timeout: 0 }).catch(() => undefined);
      await waitForDocument(page, url);
      return page;
    },
    async reinstall() {
      // The kept extension page dies with the old instance.
      control = undefined;
      await browser.installExtension(FIREFOX_EXTENSION_DIR);
    },
    async tabIdOf(url) {
      // Any extension page can ask the tabs API; one is kept open for that.
      control ??= await session.openExtensionPage('popup.html');
      const id = await control.evaluate(async (target) => {
        const tabs = await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({});
        // Without the "tabs" permission a tab's URL is visible only where the extension has site access;
        // a page it may not read shows none: then it is the newest such tab (the one the test just opened).
        return tabs.find((tab) => tab.url === target)?.id ?? tabs.filter((tab) => tab.url === undefined).at(-1)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab shows ${url}`);
      return id;
    },
    async close() {
      await browser.close();
      await proxy.close();
    },
  };
  return session;
}

/** Every non-local request goes to the recording proxy; localhost is never proxied by Firefox. */
function proxyPrefs(proxy: RecordingProxy): Record<string, unknown> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxy.port,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxy.port,
    'network.proxy.no_proxies_on': '',
  };
}

function captureOutput(browser: Browser): string[] {
  const lines: string[] = [];
  const child = browser.process();
  for (const stream of [child?.stdout, child?.stderr]) {
    const split = lineSplitter((line) => lines.push(line));
    stream?.on('data', (chunk: Buffer) => split(chunk.toString('utf8')));
  }
  return lines;
}

async function waitForDocument(page: Page, url: string, timeout = 15_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const ready = await page.evaluate((target) => location.href === target && document.readyState === 'complete', url).catch(() => false);
    if (ready) return;
    if (Date.now() > deadline) throw new Error(`${url} did not load`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
