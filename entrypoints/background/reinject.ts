import { browser } from 'wxt/browser';
import { request } from '../../utils/messaging';

/**
 * After an install or update, the open tabs still run the old content
 * script (cut off from the extension) or none: each web tab that does not
 * answer gets the current one injected, so its marks come back without a
 * reload. A tab whose script answers is left alone (no second instance).
 */
export async function reinjectOpenTabs(): Promise<void> {
  const files = browser.runtime.getManifest().content_scripts?.flatMap((script) => script.js ?? []) ?? [];
  if (files.length === 0 || !browser.scripting) return;
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(
    tabs.map(async (tab) => {
      // A tab still loading gets the declared content script by itself.
      if (tab.id === undefined || tab.discarded || tab.status !== 'complete') return;
      const tabId = tab.id;
      const alive = () =>
        Promise.race([
          request('ping', undefined, tabId).then(
            () => true,
            () => false,
          ),
          new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 3000)),
        ]);
      if ((await alive()) || (await new Promise((resolve) => setTimeout(resolve, 500)), await alive())) return;
      await browser.scripting.executeScript({ target: { tabId: tab.id }, files: files as never[] }).catch(() => undefined);
    }),
  );
}
