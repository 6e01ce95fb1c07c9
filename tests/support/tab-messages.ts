import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import type { MessageAnswer, MessageData, MessageType } from '../../utils/messaging';

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
  const { marks } = await askTab(browser, page, 'listMarks', undefined);
  return Object.fromEntries(marks.filter((m) => m.boxes > 0).map((m) => [m.text, m.dismissed ? 'dismissed' : `${m.verdict ?? ''}${m.recheck ? ' (re-check)' : ''}`]));
}
