import { bundleKeys, newestAnnotations, readBundles, type ClaimlensDB } from '../db';
import type { Annotation } from '../model/annotation';
import { FIRST_PAGE } from './first-read';

export { FIRST_PAGE };

/**
 * The rest is read bundle by bundle, this many bundles per read, so the page stays responsive meanwhile: an
 * imported bundle holds about 300 annotations (utils/store/bundles.ts), one written from the panel one page's.
 */
export const BUNDLES_PER_READ = 12;

export interface LoadProgress {
  /** Annotations stored; null until every page has been read (counting them would mean reading them all). */
  total: number | null;
  annotations: Annotation[];
  /** True once every record has been read. */
  done: boolean;
}

/** The newest rows (through the pages' updatedAt index): what the page shows first (the page starts this read with its script). */
export function readNewest(db: ClaimlensDB): Promise<Annotation[]> {
  return newestAnnotations(db, FIRST_PAGE);
}

/**
 * Reads every annotation without making the first rows wait for it: the
 * newest rows first, then every bundle, BUNDLES_PER_READ per read, in the
 * order of the keys listed when the load began (a bundle holds exactly its
 * pages' lists, so each annotation is read once). A bundle written after the
 * keys were listed is not read here: every write stamps its pages' summaries,
 * and the library's live following reads the pages written since the load
 * began. The total is known when the last read is done. `onProgress` gets
 * each batch; `isStale` stops a load a newer one replaced; `newestRead` is
 * the newest rows' read when it was started earlier.
 */
export async function loadAll(db: ClaimlensDB, onProgress: (progress: LoadProgress) => void, isStale: () => boolean = () => false, newestRead: Promise<Annotation[]> = readNewest(db)): Promise<void> {
  const newest = await newestRead;
  if (isStale()) return;
  // Fewer than a page of rows: the newest pages held every annotation.
  if (newest.length < FIRST_PAGE) return onProgress({ total: newest.length, annotations: newest, done: true });
  onProgress({ total: null, annotations: newest, done: false });
  const keys = await bundleKeys(db);
  let read = 0;
  for (let from = 0; ; from += BUNDLES_PER_READ) {
    if (isStale()) return;
    const annotations = await readBundles(db, keys.slice(from, from + BUNDLES_PER_READ));
    if (isStale()) return;
    read += annotations.length;
    const done = from + BUNDLES_PER_READ >= keys.length;
    onProgress({ total: done ? read : null, annotations, done });
    if (done) return;
  }
}
