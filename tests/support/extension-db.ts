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
 * Runs inside the extension (serialised by the test driver, so self-contained): raw IndexedDB, each record put
 * into its page's record (utils/store/page-record.ts) beside what that page already holds, summary fields recomputed.
 */
function putRecords(records: Annotation[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('claimlens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('pages', 'readwrite');
      const store = tx.objectStore('pages');
      const byUrl = new Map<string, Annotation[]>();
      for (const r of records) byUrl.set(r.page.url, [...(byUrl.get(r.page.url) ?? []), r]);
      for (const [url, incoming] of byUrl) {
        const read = store.get(url);
        read.onsuccess = () => {
          const ids = new Set(incoming.map((a) => a.id));
          const annotations = [...((read.result?.annotations ?? []) as Annotation[]).filter((a) => !ids.has(a.id)), ...incoming];
          const newest = annotations.map((a) => a.updatedAt).sort().at(-1);
          store.put({
            url,
            canonicalUrls: [...new Set(annotations.flatMap((a) => (a.page.canonicalUrl ? [a.page.canonicalUrl] : [])))],
            tags: [...new Set(annotations.flatMap((a) => a.tags))],
            writtenAt: new Date().toISOString(),
            annotations,
            ...(newest ? { updatedAt: newest } : {}),
          });
        };
      }
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
          const request = open.result.transaction('pages').objectStore('pages').getAll();
          request.onsuccess = () => (open.result.close(), resolve((request.result as { annotations: Annotation[] }[]).flatMap((page) => page.annotations)));
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
          const read = open.result.transaction('pages').objectStore('pages').getAll();
          read.onsuccess = () => (open.result.close(), resolve((read.result as { annotations: Annotation[] }[]).flatMap((page) => page.annotations)));
          read.onerror = () => reject(read.error);
        };
      }),
  );
}
