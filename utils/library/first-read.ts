import { BUNDLES_STORE, DB_NAME, IDB_VERSION, PAGES_STORE } from '../db-schema';
import type { Annotation } from '../model/annotation';
import { storedList, type Bundle } from '../store/bundles';
import { newestOfPages, type PageSummary } from '../store/page-record';

/**
 * The library's first rows, read with plain IndexedDB by the page's first,
 * tiny module, before the rest of the page (React, Dexie, the schemas) is
 * even loaded: the read runs in the browser while that code is fetched and
 * evaluated. It imports only the database's name and version (utils/db-schema.ts, the constants Dexie opens it
 * with) and the pure page-record and bundle helpers (utils/store/), so almost nothing is evaluated before it.
 *
 * It reads only a database exactly as Dexie left it (utils/db.ts): the same
 * name and version, so the records are in the shape the page expects. No
 * database yet, an older one (Dexie upgrades it on open) or any error: it
 * gives null and the page reads the rows through Dexie instead.
 */

/**
 * Rows shown before anything else is read: the newest annotations, from as many pages newest by updatedAt
 * (enough rows to fill a 2,000 px window), each read with its whole bundle. An import packs the newest pages
 * together (utils/store/bundles.ts), so these are a bundle or two.
 */
export const FIRST_PAGE = 20;
export { DB_NAME, IDB_VERSION };

/** A read started early: `rows` is set once it has finished (null: read these through Dexie). */
export interface FirstRead {
  promise: Promise<Annotation[] | null>;
  rows?: Annotation[] | null;
}

export function startFirstRead(factory: IDBFactory | undefined = globalThis.indexedDB, limit = FIRST_PAGE): FirstRead {
  const read: FirstRead = { promise: readNewestRaw(factory, limit) };
  read.promise = read.promise.then((rows) => (read.rows = rows));
  return read;
}

/** The newest `limit` annotations by updatedAt, newest first (what utils/db.ts `newestAnnotations` gives), or null. */
export function readNewestRaw(factory: IDBFactory | undefined, limit = FIRST_PAGE): Promise<Annotation[] | null> {
  return new Promise((resolve) => {
    if (!factory) return resolve(null);
    let request: IDBOpenDBRequest;
    try {
      // Without a version: whatever is there. A database that does not exist would be created (empty, version 1) —
      // the upgrade is aborted below, so nothing is created and Dexie creates it properly.
      request = factory.open(DB_NAME);
    } catch {
      return resolve(null);
    }
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault(); // the aborted creation is expected, not an error to report
      resolve(null);
    };
    request.onblocked = () => resolve(null);
    request.onsuccess = () => {
      const db = request.result;
      // Let Dexie upgrade or delete the database if it asks while this is open.
      db.onversionchange = () => db.close();
      const give = (rows: Annotation[] | null) => {
        db.close();
        resolve(rows);
      };
      if (db.version !== IDB_VERSION || !db.objectStoreNames.contains(PAGES_STORE) || !db.objectStoreNames.contains(BUNDLES_STORE)) return give(null);
      try {
        const tx = db.transaction([PAGES_STORE, BUNDLES_STORE], 'readonly');
        tx.onabort = () => give(null);
        // Given as soon as read (closing waits for the transaction to finish; nothing else is asked in it).
        // The `limit` pages newest by updatedAt hold the newest `limit` annotations (newestOfPages says why).
        readNewestPages(tx.objectStore(PAGES_STORE).index('updatedAt'), limit, (summaries) =>
          readBundlesOf(tx.objectStore(BUNDLES_STORE), summaries, (bundles) => {
            const stored = { summaries: new Map(summaries.map((s) => [s.url, s])), bundles };
            give(newestOfPages(summaries.map((s) => ({ annotations: storedList(stored, s.url) })), limit));
          }),
        );
      } catch {
        give(null);
      }
    };
  });
}

/** The bundles the summaries name (all requests issued at once; one answer after the last). */
function readBundlesOf(store: IDBObjectStore, summaries: readonly PageSummary[], done: (bundles: Map<string, Bundle | undefined>) => void): void {
  const keys = [...new Set(summaries.flatMap((s) => (s.bundle === undefined ? [] : [s.bundle])))];
  const bundles = new Map<string, Bundle | undefined>();
  if (keys.length === 0) return done(bundles);
  for (const key of keys) {
    const request = store.get(key);
    request.onsuccess = () => {
      bundles.set(key, request.result as Bundle | undefined);
      if (bundles.size === keys.length) done(bundles);
    };
  }
}

type IndexWithRecords = IDBIndex & {
  /** Newer browsers (Chromium 141+): getAll with a direction. Not yet in TypeScript's DOM types. */
  getAllRecords?(options: { count?: number; direction?: IDBCursorDirection }): IDBRequest<{ value: unknown }[]>;
};

/**
 * The `limit` page records newest by updatedAt, newest first, in as few requests as the browser allows: each
 * answer waits for the page's main thread, which is busy loading the rest of the page (a cursor took 60 turns).
 * Pages without annotations have no updatedAt, so the index leaves them out.
 */
function readNewestPages(index: IndexWithRecords, limit: number, done: (pages: PageSummary[]) => void): void {
  if (typeof index.getAllRecords === 'function') {
    const request = index.getAllRecords({ count: limit, direction: 'prev' });
    request.onsuccess = () => done(request.result.map((record) => record.value as PageSummary));
    return;
  }
  // Elsewhere: the limit-th newest key (a key cursor, advanced once), then everything from that key up, in one getAll.
  // Index order is (updatedAt, url), so the reversed result is what a 'prev' cursor gives, ties included.
  const keys = index.openKeyCursor(null, 'prev');
  let advanced = false;
  keys.onsuccess = () => {
    const cursor = keys.result;
    if (cursor && !advanced && limit > 1) {
      advanced = true;
      cursor.advance(limit - 1);
      return;
    }
    const all = index.getAll(cursor ? IDBKeyRange.lowerBound(cursor.key) : null);
    all.onsuccess = () => done((all.result as PageSummary[]).reverse().slice(0, limit));
  };
}
