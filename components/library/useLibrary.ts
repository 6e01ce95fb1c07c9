import { useT } from '../../utils/i18n/react';
import { liveQuery } from 'dexie';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { pageUrlsWrittenSince, readPagesByUrl, type ClaimlensDB, type StoredPage } from '../../utils/db';
import type { LibraryDeps } from './deps';
import { toEntry, type LibraryEntry } from '../../utils/library/entry';
import { loadAll } from '../../utils/library/load';
import type { Annotation } from '../../utils/model/annotation';

/**
 * Other windows' changes are followed from the page records written since the load started (then since the last
 * query's start), less this margin. Every write stamps `writtenAt` inside its transaction (utils/store), and
 * IndexedDB runs a read-write transaction created after one of the load's reads after it: a write the load did not
 * see is stamped after the load started. The margin only covers clocks read in different processes; a longer one
 * would make the queries read again everything written in it (after an import: every page it wrote).
 */
const FOLLOW_MARGIN_MS = 5_000;
/** Changed pages are read this many at a time (an import may have written all of them). */
const FOLLOW_PAGES_PER_READ = 200;
/** While the table is read, the list shows what is read so far at most this often. */
const SHOW_EVERY_MS = 1000;

export interface Library {
  entries: LibraryEntry[];
  /** Records stored; null until counted. */
  total: number | null;
  /** Every record has been read (before that, searches cover what is read so far). */
  loaded: boolean;
  error: string | null;
  upsert(annotations: readonly Annotation[]): void;
  remove(ids: readonly string[]): void;
  reload(): void;
}

/**
 * Every annotation, read once into memory with its search words (see
 * utils/library/load.ts: newest rows first, then the rest in chunks), and
 * kept current: this page's own changes are applied as it makes them;
 * changes from other windows (the panel, another library, an import) arrive
 * through a live query on the page records written since the load started
 * (every write stamps `writtenAt`, deletions included, and an emptied page
 * is kept): each such page's annotations replace what memory holds for that page.
 */
export function useLibrary(db: ClaimlensDB, firstRead?: LibraryDeps['newest']): Library {
  const { t } = useT();
  // Rows the page's first module has already read are shown by the first render, not one later.
  const [readBefore] = useState(() => new Map((firstRead?.rows() ?? []).map((a) => [a.id, toEntry(a)])));
  const store = useRef(readBefore);
  const [version, setVersion] = useState(0);
  const [total, setTotal] = useState<number | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const generation = useRef(0);
  // Where the live following starts: set by each load, so what changed while it read is caught up.
  const [followSince, setFollowSince] = useState<string | null>(null);
  // The read the page started with its script serves the first load only.
  const pendingFirstRead = useRef(firstRead);
  const bump = () => setVersion((v) => v + 1);

  const upsert = useCallback((annotations: readonly Annotation[]) => {
    for (const a of annotations) store.current.set(a.id, toEntry(a));
    bump();
  }, []);
  const remove = useCallback((ids: readonly string[]) => {
    for (const id of ids) store.current.delete(id);
    bump();
  }, []);

  const reload = useCallback(() => {
    const mine = ++generation.current;
    const fresh = new Map<string, LibraryEntry>();
    setFollowSince(new Date(Date.now() - FOLLOW_MARGIN_MS).toISOString());
    setLoaded(false);
    setError(null);
    let shownAt = -Infinity;
    const newest = pendingFirstRead.current?.promise;
    pendingFirstRead.current = undefined;
    loadAll(
      db,
      ({ total, annotations, done }) => {
        const shownBefore = store.current;
        let same = fresh.size === 0 && annotations.length === shownBefore.size;
        for (const a of annotations) {
          // The same record object (the first rows, already shown) keeps its entry.
          const had = shownBefore.get(a.id);
          same &&= had?.annotation === a;
          fresh.set(a.id, had?.annotation === a ? had : toEntry(a));
        }
        store.current = fresh;
        if (total !== null) setTotal(total);
        if (done) setLoaded(true);
        // The first rows at once (unless the first render showed them), then what is read at most every SHOW_EVERY_MS:
        // each showing sorts and filters everything read so far, which once per chunk made reading 100,000 records quadratic.
        if (same && !done) shownAt = performance.now();
        else if (done || performance.now() - shownAt >= SHOW_EVERY_MS) {
          shownAt = performance.now();
          bump();
        }
      },
      () => generation.current !== mine,
      newest,
    ).catch((e: Error) => generation.current === mine && setError(t('library.readFailed', { error: e.message })));
  }, [db]);

  useEffect(() => reload(), [reload]);

  useEffect(() => {
    if (!loaded || followSince === null) return;
    // Each emission holds every write committed before its query: the next query reads from that query's start (less
    // the margin), so what is read stays what was written since, not everything written since the page opened.
    let since = followSince;
    let stopped = false;
    // Emissions are followed one after the other; each reads its pages in slices so typing stays responsive (an
    // import writes thousands of pages), and the list is redrawn once per emission, not per slice.
    let following = Promise.resolve();
    const follow = async (urls: string[]) => {
      let changed = false;
      for (let i = 0; i < urls.length && !stopped; i += FOLLOW_PAGES_PER_READ) {
        const pages = await readPagesByUrl(db, urls.slice(i, i + FOLLOW_PAGES_PER_READ));
        if (stopped) return;
        changed = reconcilePages(store.current, pages) || changed;
        if (i + FOLLOW_PAGES_PER_READ < urls.length) await new Promise((resolve) => setTimeout(resolve));
      }
      // For the benchmark: when the following's first query (everything written in the margin before the load) is done.
      if (performance.getEntriesByName('claimlens-library:following').length === 0) performance.mark('claimlens-library:following');
      if (changed && !stopped) {
        setTotal(store.current.size);
        bump();
      }
    };
    const subscription = liveQuery(async () => {
      const startedAt = Date.now();
      return { startedAt, urls: await pageUrlsWrittenSince(db, since) };
    }).subscribe({
      next: ({ startedAt, urls }) => {
        const next = new Date(startedAt - FOLLOW_MARGIN_MS).toISOString();
        if (next > since) since = next;
        following = following.then(() => follow(urls)).catch((e: Error) => setError(t('library.followFailed', { error: e.message })));
      },
      error: (e: Error) => setError(t('library.followFailed', { error: e.message })),
    });
    return () => {
      stopped = true;
      subscription.unsubscribe();
    };
  }, [db, loaded, followSince]);

  // eslint-disable-next-line react-hooks/exhaustive-deps
  const entries = useMemo(() => [...store.current.values()], [version]);
  return { entries, total: loaded ? entries.length : total, loaded, error, upsert, remove, reload };
}

/**
 * Makes `entries` hold exactly what the given page records hold, for those pages: an entry of one of these pages whose
 * annotation is no longer in it is removed; an annotation that is new, or whose revision or time differs, is
 * (re)placed. Entries of other pages are left alone. Returns whether anything changed.
 */
export function reconcilePages(entries: Map<string, LibraryEntry>, pages: readonly StoredPage[]): boolean {
  if (pages.length === 0) return false;
  const idsOfPage = new Map<string, Set<string>>();
  let changed = false;
  for (const page of pages) {
    idsOfPage.set(page.url, new Set(page.annotations.map((a) => a.id)));
    for (const a of page.annotations) {
      const had = entries.get(a.id)?.annotation;
      if (had && had.revision === a.revision && had.updatedAt === a.updatedAt) continue;
      entries.set(a.id, toEntry(a));
      changed = true;
    }
  }
  for (const [id, entry] of entries) {
    const ids = idsOfPage.get(entry.annotation.page.url);
    if (ids && !ids.has(id)) {
      entries.delete(id);
      changed = true;
    }
  }
  return changed;
}
