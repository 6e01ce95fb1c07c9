import { browser } from 'wxt/browser';
import { LibraryApp } from '../../components/library/LibraryApp';
import { LibraryDepsContext, type LibraryDeps } from '../../components/library/deps';
import { getDb, type ClaimlensDB } from '../../utils/db';
import { lastLanguage } from '../../utils/i18n/last-language';
import { renderInLanguage } from '../../utils/i18n/render';
import type { FirstRead } from '../../utils/library/first-read';
import { readNewest } from '../../utils/library/load';
import { openAtClaim } from '../../utils/library/open-claim';
import { withScanner } from '../../utils/loader/with-scanner';
import { requestPersistentStorage } from '../../utils/persist';
import { saveFile } from '../../utils/save-file';

/**
 * The page once its first module has started the newest rows' read (main.tsx): the database, the actions, React,
 * which renders once `firstShown` says the first module has shown (and painted) the first rows, or given up on it.
 */
export function startLibrary(first: FirstRead, firstShown: Promise<void> = Promise.resolve()): void {
  performance.mark('claimlens-library:app'); // for the benchmark: when the rest of the page is loaded and evaluated
  void requestPersistentStorage();
  const db = getDb();
  // Without a database as Dexie left it (none yet, an older version), the first rows are read through Dexie.
  const newest = first.promise.then(
    (rows) =>
      rows ??
      readNewest(db).then((read) => {
        performance.mark('claimlens-library:newest-read');
        return read;
      }),
  );
  const deps = libraryDeps(db, { promise: newest, rows: () => first.rows ?? undefined });
  const root = document.getElementById('root')!;
  void firstShown.then(() =>
    renderInLanguage(
      root,
      <LibraryDepsContext.Provider value={deps}>
        <LibraryApp />
      </LibraryDepsContext.Provider>,
      'library.pageTitle',
      // The language the first module showed the first rows in, so this page replaces them without waiting for the setting.
      root.hasChildNodes() ? lastLanguage() : null,
    ),
  );
}

// Messages to tabs are sent only when asked (open at claim, a change to tell pages about): their module
// (and its message schemas) is loaded then, not before the first rows.
const request: typeof import('../../utils/messaging').request = async (...args) => (await import('../../utils/messaging')).request(...args);

function libraryDeps(db: ClaimlensDB, newest: LibraryDeps['newest']): LibraryDeps {
  return {
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
}

/** Each open web page re-reads its annotations (a tab with no scanner has nothing to redraw and does not answer). */
async function notifyOpenPages(): Promise<void> {
  const tabs = await browser.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : request('annotationsChanged', undefined, tab.id).catch(() => undefined))));
}
