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

/** Runs inside the extension (serialised by the test driver): raw IndexedDB puts into Dexie's table. */
function putRecords(records: Annotation[]): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('claimlens');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('annotations', 'readwrite');
      for (const record of records) tx.objectStore('annotations').put(record);
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
          const request = open.result.transaction('annotations').objectStore('annotations').getAll();
          request.onsuccess = () => (open.result.close(), resolve(request.result as Annotation[]));
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
          const read = open.result.transaction('annotations').objectStore('annotations').getAll();
          read.onsuccess = () => (open.result.close(), resolve(read.result as Annotation[]));
          read.onerror = () => reject(read.error);
        };
      }),
  );
}
