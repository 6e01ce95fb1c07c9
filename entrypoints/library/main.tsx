import { browser } from 'wxt/browser';
import { LibraryApp } from '../../components/library/LibraryApp';
import { LibraryDepsContext, type LibraryDeps } from '../../components/library/deps';
import '../../components/library/library.css';
import { getDb } from '../../utils/db';
import { renderInLanguage } from '../../utils/i18n/render';
import { readNewest } from '../../utils/library/load';
import { openAtClaim } from '../../utils/library/open-claim';
import { withScanner } from '../../utils/loader/with-scanner';
import { request } from '../../utils/messaging';
import { requestPersistentStorage } from '../../utils/persist';
import { saveFile } from '../../utils/save-file';

// For the benchmark: how much of the wait before the first rows is loading this page's script.
performance.mark('claimlens-library:script');
void requestPersistentStorage();

const db = getDb();
// The newest rows are read now, while the language setting is read and React starts: the first rows wait for neither.
const newest = readNewest(db);
newest.then(() => performance.mark('claimlens-library:newest-read'), () => undefined); // a failure is reported where the rows are shown (useLibrary)
const deps: LibraryDeps = {
  db,
  newest,
  download: saveFile,
  openAtClaim: (annotation) =>
    openAtClaim(
      {
        openTab: async (url) => {
          const tab = await browser.tabs.create({ url });
          if (tab.id === undefined) throw new Error('the browser gave the new tab no id');
          return tab.id;
        },
        // A page with no story has no scanner until asked (utils/loader/with-scanner.ts); a story's own
        // loader asks once the page has loaded, so nothing is injected before (openAtClaim asks again).
        listClaims: (tabId) =>
          withScanner(
            () => request('listClaims', { offset: 0, limit: 1 }, tabId),
            async () => (await browser.tabs.get(tabId)).status === 'complete' && (await request('ensureScanner', { tabId })).ready,
          ),
        focusClaim: async (tabId, key) => (await request('focusClaim', { key }, tabId)).found,
        sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      },
      annotation,
    ),
  now: () => new Date(),
  notifyPages: () => void notifyOpenPages().catch(() => undefined),
};

/** Each open web page re-reads its annotations (a tab with no scanner has nothing to redraw and does not answer). */
async function notifyOpenPages(): Promise<void> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : request('annotationsChanged', undefined, tab.id).catch(() => undefined))));
}

void renderInLanguage(
  document.getElementById('root')!,
  <LibraryDepsContext.Provider value={deps}>
    <LibraryApp />
  </LibraryDepsContext.Provider>,
  'library.pageTitle',
);
