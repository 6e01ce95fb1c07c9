import type { Annotation } from '../model/annotation';

/**
 * How annotations are stored: each page has one small summary record, keyed
 * by its URL and indexed, and its annotations sit in a bundle
 * (./bundles.ts) that the summary names. Pure functions over those records,
 * used by utils/store (through Dexie) and by the library's first module
 * (plain IndexedDB), so both read and write the same shape. Imports only a
 * type.
 *
 * Why per page: IndexedDB pays per record written, with every index. An
 * import of 100,000 annotations as 100,000 rows with five indexes took 47 s
 * in Chromium. Every reader already knows the page: the panel reads a page's
 * annotations, and everything that changes one annotation holds the record
 * it read, page URL included (an `AnnotationRef`).
 */
export interface PageSummary {
  /** The annotations' `page.url` (normalised): the key. */
  url: string;
  /** Every distinct `page.canonicalUrl` of its annotations: finds the page by the canonical URL another copy declares. */
  canonicalUrls: string[];
  /** The newest `updatedAt` of its annotations: orders pages for "newest first". Absent while it has none, so that index leaves it out. */
  updatedAt?: string;
  /** When this record was last written, deletions included: the library watches it to follow other windows. */
  writtenAt: string;
  /** Every tag of its annotations: lists tags and finds by tag (multi-entry index). */
  tags: string[];
  /** How many annotations it has. */
  count: number;
  /**
   * Its annotations' ids in list order and, at the same positions, their `updatedAt`, as one JSON string
   * `[ids, times]` (`readStamps`): what an import compares, without reading an annotation. One string, not two
   * arrays: IndexedDB copies an indexed record once more to find its index keys, and 200,000 short strings made
   * writing 5,000 summaries about a second slower.
   */
  stamps: string;
  /** The key of the bundle holding its annotations; absent while it has none. */
  bundle?: string;
}

/** A page's summary with its annotations, as the readers in utils/store give it. */
export interface StoredPage extends PageSummary {
  annotations: Annotation[];
}

/** The summaries' object store and its indexes (Dexie's notation: `*` is multi-entry); bundles have no key path and no index. */
export { BUNDLES_STORE, PAGES_STORE } from '../db-schema';
export const PAGE_INDEXES = 'url, *canonicalUrls, updatedAt, writtenAt, *tags';

/** What names one stored annotation: its id, and its page's URL, which finds its record. Every Annotation is one. */
export interface AnnotationRef {
  id: string;
  page: { url: string };
}

/** The summary of a page holding exactly `annotations` (all with page.url === url), in bundle `bundle`. */
export function pageSummary(url: string, annotations: readonly Annotation[], writtenAt: string, bundle?: string): PageSummary {
  const canonicalUrls = new Set<string>();
  const tags = new Set<string>();
  const ids: string[] = [];
  const times: string[] = [];
  let updatedAt: string | undefined;
  for (const a of annotations) {
    if (a.page.canonicalUrl) canonicalUrls.add(a.page.canonicalUrl);
    for (const tag of a.tags) tags.add(tag);
    if (updatedAt === undefined || a.updatedAt > updatedAt) updatedAt = a.updatedAt;
    ids.push(a.id);
    times.push(a.updatedAt);
  }
  const record: PageSummary = { url, canonicalUrls: [...canonicalUrls], writtenAt, tags: [...tags], count: ids.length, stamps: JSON.stringify([ids, times]) };
  if (updatedAt !== undefined) record.updatedAt = updatedAt;
  if (bundle !== undefined && annotations.length) record.bundle = bundle;
  return record;
}

/** A summary's ids and their times (same positions), in list order. */
export function readStamps(summary: Pick<PageSummary, 'stamps'>): { ids: string[]; times: string[] } {
  const [ids, times] = JSON.parse(summary.stamps) as [string[], string[]];
  return { ids, times };
}

/** The page's annotations with `next` put in place of the one with its id (or added). */
export function withAnnotation(annotations: readonly Annotation[], next: Annotation): Annotation[] {
  const at = annotations.findIndex((a) => a.id === next.id);
  if (at < 0) return [...annotations, next];
  const copy = annotations.slice();
  copy[at] = next;
  return copy;
}

/** Newest first by `updatedAt` (UTC strings compare as instants), ties by id: one order for every "newest" list. */
export function newerFirst(a: Annotation, b: Annotation): number {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The newest `limit` annotations of the given pages, newest first. Given
 * the `limit` pages with the newest `updatedAt`, this is exactly the newest
 * `limit` of all: each of those pages holds one annotation at least as new
 * as the last of them, and every other page's annotations are no newer.
 */
export function newestOfPages(pages: readonly Pick<StoredPage, 'annotations'>[], limit: number): Annotation[] {
  const all: Annotation[] = [];
  for (const page of pages) for (const a of page.annotations) all.push(a);
  return all.sort(newerFirst).slice(0, limit);
}

/** Groups annotations by their page URL, in first-seen order. */
export function byPage<T extends AnnotationRef>(annotations: Iterable<T>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const a of annotations) {
    const group = groups.get(a.page.url);
    if (group) group.push(a);
    else groups.set(a.page.url, [a]);
  }
  return groups;
}
