import { newestAnnotations, readPages, type ClaimlensDB } from '../db';
import type { Annotation } from '../model/annotation';
import { FIRST_PAGE } from './first-read';

export { FIRST_PAGE };

/** The rest is read in URL order, this many page records per read, so the page stays responsive meanwhile. */
export const PAGES_PER_READ = 200;

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
 * newest rows first, then every page record in URL order, PAGES_PER_READ per
 * read (keyset paging: each read starts after the last URL, so it costs the
 * same at the end of the store as at the start), flattened. The total is
 * known when the last read is done. `onProgress` gets each batch; `isStale`
 * stops a load a newer one replaced; `newestRead` is the newest rows' read
 * when it was started earlier.
 */
export async function loadAll(db: ClaimlensDB, onProgress: (progress: LoadProgress) => void, isStale: () => boolean = () => false, newestRead: Promise<Annotation[]> = readNewest(db)): Promise<void> {
  const newest = await newestRead;
  if (isStale()) return;
  // Fewer than a page of rows: the newest pages held every annotation.
  if (newest.length < FIRST_PAGE) return onProgress({ total: newest.length, annotations: newest, done: true });
  onProgress({ total: null, annotations: newest, done: false });
  let read = 0;
  let after: string | undefined;
  for (;;) {
    const pages = await readPages(db, after, PAGES_PER_READ);
    if (isStale()) return;
    const annotations = pages.flatMap((page) => page.annotations);
    read += annotations.length;
    const done = pages.length < PAGES_PER_READ;
    onProgress({ total: done ? read : null, annotations, done });
    if (done) return;
    after = pages[pages.length - 1].url;
  }
}
