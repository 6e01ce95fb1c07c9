import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import type { Annotation } from '../../utils/model/annotation';
import type { TestPage } from './harness/types';

/**
 * Reads or writes the extension's own IndexedDB from its service worker, as
 * the background would. The database must exist already (the background
 * opens it on the first page it serves), so raw access finds Dexie's schema.
 */
export async function putAnnotations(browser: ExtensionBrowser, annotations: Annotation[]): Promise<void> {
  await browser.worker.evaluate(putRecords, annotations);
}

/**
 * Runs inside the extension (serialised by the test driver, so self-contained): raw IndexedDB, schema v6, in one
 * transaction. Each record is put into its page's list beside what that page already holds (one with the same id
 * replaced): in the bundle its summary names (utils/store/bundles.ts), or else in a new bundle holding only that page;
 * the page's summary (utils/store/page-record.ts pageSummary) recomputed.
 */
function putRecords(records: Annotation[]): Promise<void> {
  type Entry = { url: string; annotations: Annotation[] };
  type Summary = { url: string; bundle?: string };
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('claimlens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(['pages', 'bundles'], 'readwrite');
      const pages = tx.objectStore('pages');
      const bundles = tx.objectStore('bundles');
      const byUrl = new Map<string, Annotation[]>();
      for (const r of records) byUrl.set(r.page.url, [...(byUrl.get(r.page.url) ?? []), r]);
      const summaries = new Map<string, Summary | undefined>();
      const stored = new Map<string, { pages: Entry[] } | undefined>();
      // Callbacks, not awaits, between the reads and the writes: the transaction must stay active.
      const readAll = (keys: string[], store: IDBObjectStore, into: Map<string, unknown>, then: () => void) => {
        let waiting = keys.length;
        if (waiting === 0) return then();
        for (const key of keys) {
          const read = store.get(key);
          read.onsuccess = () => {
            into.set(key, read.result);
            if (--waiting === 0) then();
          };
        }
      };
      const write = () => {
        const writtenAt = new Date().toISOString();
        for (const [url, incoming] of byUrl) {
          let key = summaries.get(url)?.bundle;
          let bundle = key === undefined ? undefined : stored.get(key);
          if (key === undefined || !bundle) stored.set((key = crypto.randomUUID()), (bundle = { pages: [] }));
          const at = bundle.pages.findIndex((entry) => entry.url === url);
          const annotations = at < 0 ? [] : bundle.pages[at].annotations.slice();
          for (const a of incoming) {
            const same = annotations.findIndex((b) => b.id === a.id);
            if (same < 0) annotations.push(a);
            else annotations[same] = a;
          }
          if (at < 0) bundle.pages.push({ url, annotations });
          else bundle.pages[at] = { url, annotations };
          const times = annotations.map((a) => a.updatedAt);
          pages.put({
            url,
            canonicalUrls: [...new Set(annotations.flatMap((a) => (a.page.canonicalUrl ? [a.page.canonicalUrl] : [])))],
            writtenAt,
            tags: [...new Set(annotations.flatMap((a) => a.tags))],
            count: annotations.length,
            stamps: JSON.stringify([annotations.map((a) => a.id), times]),
            updatedAt: times.reduce((max, t) => (t > max ? t : max)),
            bundle: key,
          });
        }
        for (const [key, bundle] of stored) if (bundle) bundles.put(bundle, key);
      };
      readAll([...byUrl.keys()], pages, summaries, () => {
        const keys = [...new Set([...summaries.values()].flatMap((s) => (s?.bundle === undefined ? [] : [s.bundle])))];
        readAll(keys, bundles, stored, write);
      });
      tx.oncomplete = () => (open.result.close(), resolve());
      tx.onerror = () => reject(tx.error);
    };
  });
}

export async function readAnnotations(browser: ExtensionBrowser): Promise<Annotation[]> {
  // The newest service worker: after an update the one found at launch is gone.
  const worker = browser.context.serviceWorkers().at(-1) ?? browser.worker;
  return worker.evaluate(
    () =>
      new Promise<Annotation[]>((resolve, reject) => {
        const open = indexedDB.open('claimlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // Every bundle's pages, in page URL order (the order of the summaries' keys), each page's list as stored.
          const request = open.result.transaction('bundles').objectStore('bundles').getAll();
          request.onsuccess = () => {
            open.result.close();
            const entries = (request.result as { pages: { url: string; annotations: Annotation[] }[] }[]).flatMap((bundle) => bundle.pages);
            resolve(entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)).flatMap((entry) => entry.annotations));
          };
          request.onerror = () => reject(request.error);
        };
      }),
  );
}

/** `putAnnotations` in any browser of the harness, from an extension page (raw IndexedDB, as the background would). */
export async function putAnnotationsIn(extensionPage: TestPage, annotations: Annotation[]): Promise<void> {
  await extensionPage.evaluate(putRecords, annotations);
}

/**
 * Every stored annotation, read with plain IndexedDB in an extension page of
 * either browser (a harness TestPage or a playwright-core Page): what is
 * really on disk, not what a view shows.
 */
export function readAnnotationsIn(extensionPage: Pick<TestPage, 'evaluate'>): Promise<Annotation[]> {
  return extensionPage.evaluate(
    () =>
      new Promise<Annotation[]>((resolve, reject) => {
        const open = indexedDB.open('claimlens');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          // Every bundle's pages, in page URL order (the order of the summaries' keys), each page's list as stored.
          const read = open.result.transaction('bundles').objectStore('bundles').getAll();
          read.onsuccess = () => {
            open.result.close();
            const entries = (read.result as { pages: { url: string; annotations: Annotation[] }[] }[]).flatMap((bundle) => bundle.pages);
            resolve(entries.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0)).flatMap((entry) => entry.annotations));
          };
          read.onerror = () => reject(read.error);
        };
      }),
  );
}
