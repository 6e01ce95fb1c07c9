import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import type { MessageAnswer, MessageData, MessageType } from '../../utils/messaging';
import type { ExtensionSession, TestPage } from './harness/types';

/**
 * Sends one protocol message to the content script of the tab showing
 * `page`, from the extension's service worker (as the panel would), in the
 * wire format of @webext-core/messaging.
 */
export async function askTab<T extends MessageType>(browser: ExtensionBrowser, page: Page, type: T, data: MessageData<T>): Promise<MessageAnswer<T>> {
  const tabId = await browser.tabIdOf(page);
  // The newest service worker: after an update the one found at launch is gone.
  const worker = browser.context.serviceWorkers().at(-1) ?? browser.worker;
  const reply = await worker.evaluate(
    ({ tabId, message }) => chrome.tabs.sendMessage(tabId, message) as Promise<{ res?: unknown; err?: { message?: string } } | undefined>,
    { tabId, message: { id: Date.now(), type, data, timestamp: Date.now() } },
  );
  if (!reply || reply.err) throw new Error(`${type}: ${reply?.err?.message ?? 'no answer'}`);
  return reply.res as MessageAnswer<T>;
}

/** What the private overlay draws: text → verdict (or "dismissed"), only for marks that got at least one box. */
export async function privateMarks(browser: ExtensionBrowser, page: Page): Promise<Record<string, string>> {
  return summarize(await askTab(browser, page, 'listMarks', undefined));
}

/** Drawn marks only (at least one box): text → "dismissed", "re-check" or the verdict. */
function summarize({ marks }: MessageAnswer<'listMarks'>): Record<string, string> {
  return Object.fromEntries(marks.filter((m) => m.boxes > 0).map((m) => [m.text, m.dismissed ? 'dismissed' : m.recheck ? 're-check' : (m.verdict ?? '')]));
}

const messengerPages = new WeakMap<ExtensionSession, TestPage>();

/** An extension page kept open per session, to speak to tabs and storage as the panel would. */
export async function messengerPage(session: ExtensionSession, page: TestPage): Promise<TestPage> {
  let messenger = messengerPages.get(session);
  if (!messenger) {
    messenger = await session.openExtensionPage('options.html', await session.tabIdOf(page));
    messengerPages.set(session, messenger);
  }
  return messenger;
}

/** After an extension update the kept page is gone with the old instance: the next message opens a new one. */
export function forgetMessengerPage(session: ExtensionSession): void {
  messengerPages.delete(session);
}

/**
 * The same, in any browser of the shared harness: sent from an extension page
 * (the settings page, opened once per session) with the browser's own
 * `tabs.sendMessage`.
 */
export async function askTabIn<T extends MessageType>(session: ExtensionSession, page: TestPage, type: T, data: MessageData<T>): Promise<MessageAnswer<T>> {
  const tabId = await session.tabIdOf(page);
  const messenger = await messengerPage(session, page);
  const reply = await messenger.evaluate(
    ({ tabId, message }) => {
      const api = (globalThis as unknown as { browser?: typeof chrome }).browser ?? chrome;
      return api.tabs.sendMessage(tabId, message) as Promise<{ res?: unknown; err?: { message?: string } } | undefined>;
    },
    { tabId, message: { id: Date.now(), type, data, timestamp: Date.now() } },
  );
  if (!reply || reply.err) throw new Error(`${type}: ${reply?.err?.message ?? 'no answer'}`);
  return reply.res as MessageAnswer<T>;
}

/** `privateMarks` in any browser of the harness. */
export async function privateMarksIn(session: ExtensionSession, page: TestPage): Promise<Record<string, string>> {
  return summarize(await askTabIn(session, page, 'listMarks', undefined));
}
