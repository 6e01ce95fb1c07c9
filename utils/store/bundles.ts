import type { Annotation } from '../model/annotation';
import { pageSummary, type PageSummary } from './page-record';

/**
 * Where annotations are kept: in bundles, each holding the whole annotation
 * lists of one or more pages, in an object store of its own with no key path
 * and no index. Each page's small summary record (./page-record.ts) names its
 * bundle. Pure functions over those records, shared by utils/store (Dexie),
 * the write made while a page is going away and the library's first module
 * (plain IndexedDB).
 *
 * Why bundles: IndexedDB in Chromium writes a few large values far faster
 * than many small ones (it keeps large values in files of their own). 100,000
 * annotations as 5,000 page records of 16 KB took 3.2–3.5 s to write; the
 * same annotations in bundles of ~300 annotations, with 5,000 small summaries,
 * took 1.4–2.0 s. The summaries stay small, so reading every page's ids and
 * times (an import's "what is stored already?") reads 7 MB, not 86 MB.
 *
 * Invariants, kept by `planWrite` (every write goes through it):
 * - a page with annotations names one bundle, and that bundle holds exactly
 *   its list (under its URL); a page without any names none;
 * - a bundle holds only pages that name it, and never an empty list;
 * - an empty bundle is deleted.
 * A page stays in its bundle when it changes: the bundle is written again
 * with the page's new list. A bundle that grows past twice the target size is
 * split, so reading one page never reads an unbounded amount.
 */

export interface BundleEntry {
  url: string;
  annotations: Annotation[];
}

export interface Bundle {
  pages: BundleEntry[];
}

/** Annotations per bundle when pages are packed (a page is never split; a larger page has a bundle of its own). */
export const BUNDLE_ANNOTATIONS = 300;

/** A page's list in its bundle ([] when it has none). */
export function listIn(bundle: Bundle | undefined, url: string): Annotation[] {
  return bundle?.pages.find((entry) => entry.url === url)?.annotations ?? [];
}

/** A page's list in what is stored ([] when it has none): its summary names the bundle to look in. */
export function storedList(stored: StoredState, url: string): Annotation[] {
  const key = stored.summaries.get(url)?.bundle;
  return key === undefined ? [] : listIn(stored.bundles.get(key), url);
}

/** Every annotation a bundle holds. */
export function annotationsIn(bundle: Bundle | undefined): Annotation[] {
  const all: Annotation[] = [];
  for (const entry of bundle?.pages ?? []) for (const a of entry.annotations) all.push(a);
  return all;
}

/** Lists annotation pages into bundles of about `size` annotations, newest page first (so the newest pages share few bundles). */
export function packPages(entries: readonly BundleEntry[], size = BUNDLE_ANNOTATIONS): BundleEntry[][] {
  const newest = (entry: BundleEntry) => entry.annotations.reduce((max, a) => (a.updatedAt > max ? a.updatedAt : max), '');
  const ordered = entries.map((entry) => ({ entry, newest: newest(entry) })).sort((a, b) => (a.newest < b.newest ? 1 : a.newest > b.newest ? -1 : 0));
  const bundles: BundleEntry[][] = [];
  let current: BundleEntry[] = [];
  let count = 0;
  for (const { entry } of ordered) {
    if (current.length && count + entry.annotations.length > size) {
      bundles.push(current);
      current = [];
      count = 0;
    }
    current.push(entry);
    count += entry.annotations.length;
  }
  if (current.length) bundles.push(current);
  return bundles;
}

/** What a write stores: summaries to put, bundles to put (key, value) and bundle keys to delete. */
export interface WritePlan {
  summaries: PageSummary[];
  bundles: [key: string, bundle: Bundle][];
  deleted: string[];
  /** Pages not written but moved to another bundle by a split: their stored summaries must name the new key (`moveSummary`). */
  moved: Map<string, string>;
}

export interface StoredState {
  /** The stored summaries of the pages written (undefined: no record yet). */
  summaries: ReadonlyMap<string, PageSummary | undefined>;
  /** The stored bundles those summaries name. */
  bundles: ReadonlyMap<string, Bundle | undefined>;
}

/**
 * The records that store each page's new annotation list (`changed`: URL →
 * the whole new list), given what is stored. A page keeps its bundle; new
 * pages are packed into new bundles (`newKey` names each); a page emptied
 * leaves its bundle and keeps a summary with no time (so other windows see
 * the deletion); a bundle left empty is deleted; one grown past twice the
 * target size is split (`split: false` leaves it, for the write made while a
 * page is going away, which cannot wait for more reads).
 */
export function planWrite(
  changed: ReadonlyMap<string, Annotation[]>,
  stored: StoredState,
  writtenAt: string,
  newKey: () => string,
  { split = true, size = BUNDLE_ANNOTATIONS } = {},
): WritePlan {
  const edited = new Map<string, BundleEntry[]>();
  const fresh: BundleEntry[] = [];
  const summaries: PageSummary[] = [];
  for (const [url, list] of changed) {
    const key = stored.summaries.get(url)?.bundle;
    if (key === undefined) {
      if (list.length) fresh.push({ url, annotations: list });
      summaries.push(pageSummary(url, list, writtenAt)); // its bundle is named once the new pages are packed
      continue;
    }
    let entries = edited.get(key);
    if (!entries) edited.set(key, (entries = [...(stored.bundles.get(key)?.pages ?? [])]));
    const at = entries.findIndex((entry) => entry.url === url);
    if (list.length === 0) {
      if (at >= 0) entries.splice(at, 1);
      summaries.push(pageSummary(url, [], writtenAt));
    } else {
      if (at >= 0) entries[at] = { url, annotations: list };
      else entries.push({ url, annotations: list });
      summaries.push(pageSummary(url, list, writtenAt, key));
    }
  }
  const plan: WritePlan = { summaries, bundles: [], deleted: [], moved: new Map() };
  const summaryAt = new Map(summaries.map((s, i) => [s.url, i]));
  /** Stores `entries` as bundle `key`; `from` is the bundle a split took them from (its other pages keep their summaries unless the key changes). */
  const store = (entries: BundleEntry[], key: string, from?: string) => {
    plan.bundles.push([key, { pages: entries }]);
    for (const entry of entries) {
      const i = summaryAt.get(entry.url);
      if (i !== undefined) summaries[i] = { ...summaries[i], bundle: key };
      else if (key !== from) plan.moved.set(entry.url, key);
    }
  };
  for (const [key, entries] of edited) {
    const count = entries.reduce((n, entry) => n + entry.annotations.length, 0);
    if (entries.length === 0) plan.deleted.push(key);
    else if (split && entries.length > 1 && count > 2 * size) {
      const [first, ...rest] = packPages(entries, size);
      store(first, key, key);
      for (const part of rest) store(part, newKey(), key);
    } else plan.bundles.push([key, { pages: entries }]);
  }
  for (const part of packPages(fresh, size)) store(part, newKey());
  return plan;
}

/** A stored summary of a page a split moved to bundle `key`: only the key changes (and when it was written, so other windows read it again). */
export function moveSummary(summary: PageSummary, key: string, writtenAt: string): PageSummary {
  return { ...summary, bundle: key, writtenAt };
}

/** A new bundle key: unique without a counter to keep (two windows may write at once). */
export function newBundleKey(): string {
  return crypto.randomUUID();
}
