import { browser } from 'wxt/browser';
import { request } from '../../utils/messaging';
import { SCANNER_FILE, SCANNER_FILES } from '../../utils/scanner-files';

export { SCANNER_FILE };
// A tab without a scanner refuses at once; a live one busy with a huge page may take a while to answer.
const PING_TIMEOUT_MS = 3000;
/** The scanner answers once its widgets are mounted and its handlers registered. */
const READY_TIMEOUT_MS = 10_000;

const injecting = new Map<string, Promise<boolean>>();

/**
 * Makes sure the tab's frame runs a live scanner of this version: pings it,
 * injects it when nothing answers, and resolves once it answers (false when
 * the tab cannot have one: a browser page, a closed tab). Calls for the same
 * frame while an injection is under way share it, so the loader and an
 * opening panel never inject twice.
 */
export function ensureScanner(tabId: number, frameId = 0): Promise<boolean> {
  const key = `${tabId}:${frameId}`;
  const running = injecting.get(key);
  if (running) return running;
  const done = (async () => {
    if (await answersPing(tabId)) return true;
    try {
      // One call per file: the browser evaluates each call's files in one task (utils/scanner-files.ts).
      for (const file of SCANNER_FILES) await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    } catch {
      return false; // no access to this page (a browser page, the web store, a closed tab)
    }
    const deadline = Date.now() + READY_TIMEOUT_MS;
    while (Date.now() < deadline) {
      if (await answersPing(tabId)) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  })().finally(() => injecting.delete(key));
  injecting.set(key, done);
  return done;
}

/** Whether a scanner of this version answers in the tab within a short time. */
export function answersPing(tabId: number, timeoutMs = PING_TIMEOUT_MS): Promise<boolean> {
  return Promise.race([
    request('ping', undefined, tabId).then(
      () => true,
      () => false,
    ),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), timeoutMs)),
  ]);
}
