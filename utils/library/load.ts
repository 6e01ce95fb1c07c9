import type { ClaimlensDB } from '../db';
import type { Annotation } from '../model/annotation';
import { FIRST_PAGE } from './first-read';

export { FIRST_PAGE };

/** The rest is read in primary-key order, this many records per read, so the page stays responsive meanwhile. */
export const CHUNK = 2000;

export interface LoadProgress {
  /** Records stored; null until counted (Chromium counts by walking the table, so the first rows do not wait for it). */
  total: number | null;
  annotations: Annotation[];
  /** True once every record has been read. */
  done: boolean;
}

/** The newest rows through the updatedAt index: what the page shows first (the page starts this read with its script). */
export function readNewest(db: ClaimlensDB): Promise<Annotation[]> {
  return db.annotations.orderBy('updatedAt').reverse().limit(FIRST_PAGE).toArray();
}

/**
 * Reads the whole table without making the first rows wait for it: the
 * newest page first (the count meanwhile), then every record in key order, one chunk per
 * read (keyset paging: each read starts above the last id, so it costs the
 * same at the end of the table as at the start). `onProgress` gets each
 * batch; `isStale` stops a load a newer one replaced; `newestRead` is the
 * newest page's read when it was started earlier.
 */
export async function loadAll(db: ClaimlensDB, onProgress: (progress: LoadProgress) => void, isStale: () => boolean = () => false, newestRead: Promise<Annotation[]> = readNewest(db)): Promise<void> {
  // The count is asked only after the newest page: Chromium serves the reads in turn, and its count walks the table.
  const newest = await newestRead;
  if (isStale()) return;
  if (newest.length < FIRST_PAGE) return onProgress({ total: newest.length, annotations: newest, done: true });
  onProgress({ total: null, annotations: newest, done: false });
  const total = await db.annotations.count();
  if (isStale()) return;
  let last: string | undefined;
  for (;;) {
    const chunk: Annotation[] = await (last === undefined ? db.annotations.orderBy(':id') : db.annotations.where(':id').above(last)).limit(CHUNK).toArray();
    if (isStale()) return;
    const done = chunk.length < CHUNK;
    onProgress({ total, annotations: chunk, done });
    if (done) return;
    last = chunk[chunk.length - 1].id;
  }
}
