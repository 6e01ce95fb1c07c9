import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { findBrowser } from './find-browser';

export const EXTENSION_DIR = fileURLToPath(new URL('../../.output/chrome-mv3', import.meta.url));

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Every URL any page or worker of the extension requested. */
  requests: string[];
  /** Opens the popup as a page for the given tab (`popup.html?tabId=N`). */
  openPopup(tabId: number): Promise<Page>;
  /** The browser's id of the tab showing `page`. */
  tabIdOf(page: Page): Promise<number>;
  close(): Promise<void>;
}

/**
 * Debian Chromium with the built extension loaded, headless, in a fresh
 * profile, with Chromium's own background traffic switched off so that the
 * only requests are the ones pages and the extension make.
 */
export async function launchWithExtension(
  options: {
    headless?: boolean;
    extraArgs?: string[];
    /** The browser's language, e.g. 'ru-RU' (UI and preferred languages). */ locale?: string;
    /** Another copy of the built extension (a benchmark's, with a page of its own added). */ extensionDir?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built: ${extensionDir}/manifest.json is missing. Run \`npm run build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser(),
    headless: options.headless ?? true,
    viewport: { width: 1200, height: 900 },
    // Pages' navigator.languages; on Linux Chromium takes its UI language (i18n.getUILanguage, __MSG_…__) from LANGUAGE.
    ...(options.locale ? { locale: options.locale, env: { ...process.env, LANGUAGE: options.locale.replace('-', '_') } } : {}),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-features=DisableLoadExtensionCommandLineSwitch',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-default-apps',
      '--metrics-recording-only',
      ...(options.locale ? [`--lang=${options.locale}`, `--accept-lang=${options.locale}`] : []),
      ...(options.extraArgs ?? []),
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    worker,
    requests,
    async openPopup(tabId) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    },
    async tabIdOf(page) {
      const url = page.url();
      const id = await (context.serviceWorkers().at(-1) ?? worker).evaluate(async (target) => {
        const tabs = await chrome.tabs.query({});
        return tabs.find((t) => t.url === target)?.id ?? null;
      }, url);
      if (id === null) throw new Error(`no tab shows ${url}`);
      return id;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Requests that left the machine: anything not on 127.0.0.1 and not the browser's own schemes. */
export function externalRequests(urls: string[]): string[] {
  return urls.filter((u) => {
    const { protocol, hostname } = new URL(u);
    if (['chrome-extension:', 'moz-extension:', 'data:', 'blob:', 'about:', 'chrome:'].includes(protocol)) return false;
    return hostname !== '127.0.0.1';
  });
}
