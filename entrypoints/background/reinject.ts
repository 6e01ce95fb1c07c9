import { browser } from 'wxt/browser';
import { answersPing } from './scanner';

/**
 * After an install or update, the open tabs still run the old scripts (cut
 * off from the extension) or none: each web tab whose scanner does not
 * answer gets the current loader injected. The loader then asks for the
 * scanner if the page is a story, or if an earlier scanner's layer is still
 * in the page (so a tab where the user had the scanner gets it back). A tab
 * whose scanner answers is left alone (no second instance).
 */
export async function reinjectOpenTabs(): Promise<void> {
  const files = browser.runtime.getManifest().content_scripts?.flatMap((script) => script.js ?? []) ?? [];
  if (files.length === 0 || !browser.scripting) return;
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(
    tabs.map(async (tab) => {
      // A tab still loading gets the declared loader by itself.
      if (tab.id === undefined || tab.discarded || tab.status !== 'complete') return;
      const tabId = tab.id;
      if ((await answersPing(tabId)) || (await new Promise((resolve) => setTimeout(resolve, 500)), await answersPing(tabId))) return;
      await browser.scripting.executeScript({ target: { tabId }, files: files as never[] }).catch(() => undefined);
    }),
  );
}
