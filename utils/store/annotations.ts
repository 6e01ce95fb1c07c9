import type { ClaimlensDB } from '../db';
import { AnnotationPatchSchema, AnnotationSchema, type Annotation, type AnnotationPatch, type Verdict } from '../model/annotation';
import { annotationsIn, listIn, moveSummary, newBundleKey, planWrite, storedList, type Bundle, type StoredState, type WritePlan } from './bundles';
import { guarded } from './errors';
import { BUNDLES_STORE, byPage, newerFirst, newestOfPages, PAGES_STORE, readStamps, withAnnotation, type AnnotationRef, type PageSummary, type StoredPage } from './page-record';

/**
 * Reading and changing annotations, stored as a small summary per page
 * (./page-record.ts) and the pages' lists in bundles (./bundles.ts). Every
 * read of a list reads the summary and its bundle in one transaction, so the
 * two are from one moment. A change reads both and writes them back in one
 * transaction, so two windows changing the same page never lose each other's
 * change (IndexedDB runs overlapping read-write transactions one after the
 * other).
 */

const annotationsOf = (pages: readonly (StoredPage | undefined)[]) => pages.flatMap((page) => page?.annotations ?? []);
const writtenNow = () => new Date().toISOString();

/** Runs `read` in one read-only transaction over summaries and bundles. */
function reading<T>(db: ClaimlensDB, read: () => Promise<T>): Promise<T> {
  return db.transaction('r', db.pages, db.bundles, read);
}

/** What is stored of the pages with these summaries (undefined: a page with none yet): the summaries and the bundles they name. */
export async function storedState(db: ClaimlensDB, summaries: readonly (PageSummary | undefined)[]): Promise<StoredState> {
  const byUrl = new Map<string, PageSummary>();
  for (const summary of summaries) if (summary) byUrl.set(summary.url, summary);
  const keys = [...new Set([...byUrl.values()].flatMap((s) => (s.bundle === undefined ? [] : [s.bundle])))];
  const found = keys.length ? await db.bundles.bulkGet(keys) : [];
  return { summaries: byUrl, bundles: new Map(keys.map((key, i) => [key, found[i]])) };
}

/** Summaries with their annotations (those given as undefined are left out). */
async function withAnnotations(db: ClaimlensDB, summaries: readonly (PageSummary | undefined)[]): Promise<StoredPage[]> {
  const stored = await storedState(db, summaries);
  return summaries.flatMap((s) => (s ? [{ ...s, annotations: storedList(stored, s.url) }] : []));
}

/** Stores what `planWrite` decided (inside the caller's read-write transaction). */
async function applyPlan(db: ClaimlensDB, plan: WritePlan, writtenAt: string): Promise<void> {
  const summaries = plan.summaries.slice();
  if (plan.moved.size) {
    const urls = [...plan.moved.keys()];
    (await db.pages.bulkGet(urls)).forEach((summary, i) => summary && summaries.push(moveSummary(summary, plan.moved.get(urls[i])!, writtenAt)));
  }
  const bundles: Bundle[] = plan.bundles.map(([, bundle]) => bundle);
  await Promise.all([
    bundles.length ? db.bundles.bulkPut(bundles, plan.bundles.map(([key]) => key)) : undefined,
    plan.deleted.length ? db.bundles.bulkDelete(plan.deleted) : undefined,
    summaries.length ? db.pages.bulkPut(summaries) : undefined,
  ]);
}

/**
 * Stores new annotation lists for pages (URL → the whole list), given what
 * is stored (`storedState` of those pages), inside the caller's read-write
 * transaction over both tables. For the import, which plans from every
 * stored summary.
 */
export async function storeLists(db: ClaimlensDB, changed: ReadonlyMap<string, Annotation[]>, stored: StoredState): Promise<void> {
  const writtenAt = writtenNow();
  await applyPlan(db, planWrite(changed, stored, writtenAt, newBundleKey), writtenAt);
}

/** Annotations of a page, found by its normalised URL or by the canonical URL it declares, in text order. */
export function annotationsForPage(db: ClaimlensDB, url: string, canonicalUrl?: string): Promise<Annotation[]> {
  return guarded('read this page’s annotations', async () => {
    const keys = canonicalUrl && canonicalUrl !== url ? [url, canonicalUrl] : [url];
    const pages = await reading(db, async () => {
      const [byUrl, byCanonical] = await Promise.all([db.pages.where('url').anyOf(keys).toArray(), db.pages.where('canonicalUrls').anyOf(keys).toArray()]);
      return withAnnotations(db, [...byUrl, ...byCanonical]);
    });
    // A record found by one canonical URL may hold annotations made under another: only the ones that match are this page's.
    const matches = (a: Annotation) => keys.includes(a.page.url) || (a.page.canonicalUrl !== undefined && keys.includes(a.page.canonicalUrl));
    const unique = new Map(annotationsOf(pages).filter(matches).map((a) => [a.id, a]));
    return [...unique.values()].sort((a, b) => a.target.position.start - b.target.position.start);
  });
}

export function getAnnotation(db: ClaimlensDB, ref: AnnotationRef): Promise<Annotation | undefined> {
  return guarded('read the annotation', async () => {
    const [page] = await reading(db, async () => withAnnotations(db, [await db.pages.get(ref.page.url)]));
    return page?.annotations.find((a) => a.id === ref.id);
  });
}

export function getAnnotations(db: ClaimlensDB, refs: readonly AnnotationRef[]): Promise<(Annotation | undefined)[]> {
  return guarded('read the annotations', async () => {
    const urls = [...new Set(refs.map((r) => r.page.url))];
    const pages = await reading(db, async () => withAnnotations(db, await db.pages.bulkGet(urls)));
    const found = new Map(annotationsOf(pages).map((a) => [a.id, a]));
    return refs.map((r) => found.get(r.id));
  });
}

/** How many annotations are stored: the summaries' id lists, without reading an annotation. */
export function countAnnotations(db: ClaimlensDB): Promise<number> {
  return guarded('count annotations', async () => {
    let count = 0;
    await db.pages.each((page) => void (count += page.count));
    return count;
  });
}

/** Every stored annotation: every bundle (a bundle holds exactly the lists of the pages that name it). */
export function allAnnotations(db: ClaimlensDB): Promise<Annotation[]> {
  return guarded('read annotations', async () => (await db.bundles.toArray()).flatMap((bundle) => annotationsIn(bundle)));
}

/** The newest `limit` annotations, newest first: `limit` page records through the updatedAt index hold them all (see newestOfPages). */
export function newestAnnotations(db: ClaimlensDB, limit: number): Promise<Annotation[]> {
  return guarded('read the newest annotations', async () =>
    newestOfPages(await reading(db, async () => withAnnotations(db, await db.pages.orderBy('updatedAt').reverse().limit(limit).toArray())), limit),
  );
}

/** The keys of every bundle, in key order: reading everything bundle by bundle reads each annotation once. */
export function bundleKeys(db: ClaimlensDB): Promise<string[]> {
  return guarded('read annotations', () => db.bundles.toCollection().primaryKeys());
}

/** Every annotation in the bundles with these keys (a bundle deleted since is skipped). */
export function readBundles(db: ClaimlensDB, keys: readonly string[]): Promise<Annotation[]> {
  return guarded('read annotations', async () => (await db.bundles.bulkGet([...keys])).flatMap((bundle) => annotationsIn(bundle)));
}

/**
 * The URLs of the pages written after `sinceIso`, deletions included (what another window changed), those of one
 * bundle together: reading them in slices then reads each bundle about once (in URL order, an import's 5,000 pages
 * read 200 at a time read nearly every bundle for every slice: 12 s instead of a fraction of one).
 */
export function pageUrlsWrittenSince(db: ClaimlensDB, sinceIso: string): Promise<string[]> {
  return guarded('read changed annotations', async () => {
    const summaries = await db.pages.where('writtenAt').above(sinceIso).toArray();
    const bundleOf = (s: PageSummary) => s.bundle ?? '';
    return summaries.sort((a, b) => (bundleOf(a) < bundleOf(b) ? -1 : bundleOf(a) > bundleOf(b) ? 1 : 0)).map((s) => s.url);
  });
}

/** The page records with these URLs (those that exist). */
export function readPagesByUrl(db: ClaimlensDB, urls: readonly string[]): Promise<StoredPage[]> {
  return guarded('read annotations', () => reading(db, async () => withAnnotations(db, await db.pages.bulkGet([...urls]))));
}

/** How many annotations were edited after `sinceIso` (the backup's "anything new?"). */
export function countChangedSince(db: ClaimlensDB, sinceIso: string): Promise<number> {
  return guarded('count changed annotations', async () => {
    let count = 0;
    await db.pages
      .where('updatedAt')
      .above(sinceIso)
      .each((page) => void (count += readStamps(page).times.filter((time) => time > sinceIso).length));
    return count;
  });
}

/** Pages the search reads at a time, newest first, until it has enough. */
const SEARCH_PAGES_PER_READ = 20;

export interface AnnotationQuery {
  verdict?: Verdict;
  tag?: string;
  /** Words that must all appear in the claim, sentence, note, tags or page title (case-insensitive). */
  text?: string;
  limit?: number;
}

/**
 * "Find any annotation later": newest first. A tag is found through its
 * index; anything else walks the pages from the newest and stops once
 * `limit` matches are found that no later page can be newer than.
 */
export function findAnnotations(db: ClaimlensDB, query: AnnotationQuery = {}): Promise<Annotation[]> {
  return guarded('search annotations', async () => {
    const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const matches = (a: Annotation) =>
      (!query.verdict || a.verdict === query.verdict) && (!query.tag || a.tags.includes(query.tag)) && words.every((w) => searchableText(a).includes(w));
    const found: Annotation[] = [];
    if (query.tag) {
      const pages = await reading(db, async () => withAnnotations(db, await db.pages.where('tags').equals(query.tag!).toArray()));
      for (const page of pages) for (const a of page.annotations) if (matches(a)) found.push(a);
    } else {
      const { limit } = query;
      // Pages come newest first; a page no newer than the limit-th match found so far cannot add to the result.
      const enough = (page: PageSummary) => {
        if (limit === undefined || found.length < limit) return false;
        found.sort(newerFirst).length = limit; // only the newest `limit` can be in the result
        return (page.updatedAt ?? '') < found[limit - 1].updatedAt;
      };
      await reading(db, async () => {
        for (let offset = 0; ; offset += SEARCH_PAGES_PER_READ) {
          const summaries = await db.pages.orderBy('updatedAt').reverse().offset(offset).limit(SEARCH_PAGES_PER_READ).toArray();
          for (const page of await withAnnotations(db, summaries)) {
            if (enough(page)) return;
            for (const a of page.annotations) if (matches(a)) found.push(a);
          }
          if (summaries.length < SEARCH_PAGES_PER_READ) return;
        }
      });
    }
    found.sort(newerFirst);
    return query.limit ? found.slice(0, query.limit) : found;
  });
}

function searchableText(a: Annotation): string {
  const speaker = a.claim.type === 'attribution' ? (a.claim.source?.text ?? '') : '';
  return [a.claim.text, speaker, a.sentence, a.note, a.tags.join(' '), a.page.title, a.page.url].join(' ').toLowerCase();
}

export function allTags(db: ClaimlensDB): Promise<string[]> {
  return guarded('read tags', async () => (await db.pages.orderBy('tags').uniqueKeys()).map(String));
}

/**
 * Changes the annotations of the given pages in one transaction: `edit` gets
 * each page's annotations (keyed by URL; missing pages as empty lists) and
 * changes the lists in place; every page whose list it replaced is written.
 */
async function rewritePages<T>(db: ClaimlensDB, urls: Iterable<string>, edit: (pages: Map<string, Annotation[]>) => T | Promise<T>): Promise<T> {
  return db.transaction('rw', db.pages, db.bundles, async () => {
    const keys = [...new Set(urls)];
    const stored = await storedState(db, await db.pages.bulkGet(keys));
    const before = new Map(keys.map((url) => [url, storedList(stored, url)]));
    const pages = new Map(before);
    const result = await edit(pages);
    const changed = new Map([...pages].filter(([url, annotations]) => annotations !== before.get(url)));
    if (changed.size) await storeLists(db, changed, stored);
    return result;
  });
}

export function saveAnnotation(db: ClaimlensDB, annotation: Annotation): Promise<Annotation> {
  return guarded('save the annotation', async () => {
    const valid = AnnotationSchema.parse(annotation);
    await rewritePages(db, [valid.page.url], (pages) => void pages.set(valid.page.url, withAnnotation(pages.get(valid.page.url)!, valid)));
    return valid;
  });
}

/** Stores the annotations exactly as given, replacing any with the same id (Undo of a delete puts them back this way). */
export function putAnnotations(db: ClaimlensDB, annotations: readonly Annotation[]): Promise<void> {
  return guarded('store the annotations', () =>
    rewritePages(db, byPage(annotations).keys(), (pages) => {
      for (const a of annotations) pages.set(a.page.url, withAnnotation(pages.get(a.page.url)!, a));
    }),
  );
}

export function deleteAnnotation(db: ClaimlensDB, ref: AnnotationRef): Promise<void> {
  return guarded('delete the annotation', async () => void (await removeFrom(db, [ref])));
}

/** Deletes the annotations in one transaction; returns them as they were (for Undo). */
export function deleteAnnotations(db: ClaimlensDB, refs: readonly AnnotationRef[]): Promise<Annotation[]> {
  return guarded('delete the annotations', () => removeFrom(db, refs));
}

function removeFrom(db: ClaimlensDB, refs: readonly AnnotationRef[]): Promise<Annotation[]> {
  const ids = new Set(refs.map((r) => r.id));
  return rewritePages(db, byPage(refs).keys(), (pages) => {
    const removed: Annotation[] = [];
    for (const [url, annotations] of pages) {
      const gone = annotations.filter((a) => ids.has(a.id));
      if (gone.length === 0) continue;
      removed.push(...gone);
      pages.set(
        url,
        annotations.filter((a) => !ids.has(a.id)),
      );
    }
    return removed;
  });
}

/**
 * Changes each given annotation in one transaction: `change` returns the new
 * record, or undefined to leave it as it is. Returns the stored new records.
 */
export function changeAnnotations(db: ClaimlensDB, refs: readonly AnnotationRef[], change: (a: Annotation) => Annotation | undefined): Promise<Annotation[]> {
  return guarded('change the annotations', () => {
    const ids = new Set(refs.map((r) => r.id));
    return rewritePages(db, byPage(refs).keys(), (pages) => {
      const changed: Annotation[] = [];
      for (const [url, annotations] of pages) {
        let next: Annotation[] | undefined;
        annotations.forEach((a, i) => {
          const after = ids.has(a.id) ? change(a) : undefined;
          if (!after) return;
          const valid = AnnotationSchema.parse(after);
          (next ??= annotations.slice())[i] = valid;
          changed.push(valid);
        });
        if (next) pages.set(url, next);
      }
      return changed;
    });
  });
}

export interface UpdateResult {
  annotation: Annotation;
  /** Fields another view changed since `base` that this write kept (merged in). */
  mergedFromOther: (keyof AnnotationPatch)[];
  /** Fields both views changed differently: this write's value was kept, the other's is in `overwritten`. */
  conflicts: (keyof AnnotationPatch)[];
  /** The other view's values for the conflicting fields, so the user can be shown what was replaced. */
  overwritten: AnnotationPatch;
}

/**
 * Applies one view's edits. `base` is the record the view last read: when
 * the stored revision is newer (another window saved meanwhile), the edit is
 * merged field by field — fields only the other view changed are kept, and
 * fields both changed are reported as conflicts — never applied blindly.
 * `now` is passed in so tests control time.
 */
export function updateAnnotation(
  db: ClaimlensDB,
  ref: AnnotationRef,
  patch: AnnotationPatch,
  options: { base?: Annotation; now?: Date } = {},
): Promise<UpdateResult> {
  const now = options.now ?? new Date();
  return guarded('save the annotation', () =>
    rewritePages(db, [ref.page.url], (pages) => {
      const annotations = pages.get(ref.page.url)!;
      const current = annotations.find((a) => a.id === ref.id);
      if (!current) throw new Error(`no annotation with id ${ref.id}`);
      const valid = AnnotationPatchSchema.parse(patch);
      const { changes, mergedFromOther, conflicts, overwritten } = mergePatch(current, valid, options.base);
      const next = AnnotationSchema.parse({ ...current, ...changes, revision: current.revision + 1, updatedAt: now.toISOString() });
      pages.set(ref.page.url, withAnnotation(annotations, next));
      return { annotation: next, mergedFromOther, conflicts, overwritten };
    }),
  );
}

/** Three-way merge of one view's patch against the stored record, from the base that view last read. */
export function mergePatch(current: Annotation, patch: AnnotationPatch, base?: Annotation) {
  const changes: Record<string, unknown> = {};
  const mergedFromOther: (keyof AnnotationPatch)[] = [];
  const conflicts: (keyof AnnotationPatch)[] = [];
  const overwritten: Record<string, unknown> = {};
  const stale = base !== undefined && base.revision !== current.revision;
  for (const key of Object.keys(patch) as (keyof AnnotationPatch)[]) {
    const mine = patch[key];
    if (!stale) {
      changes[key] = mine;
      continue;
    }
    const theirs = current[key];
    const original = base[key];
    if (sameValue(mine, original)) {
      // This view did not touch the field: keep what the other view stored.
      if (!sameValue(theirs, original)) mergedFromOther.push(key);
    } else if (sameValue(theirs, original) || sameValue(theirs, mine)) {
      changes[key] = mine;
    } else {
      changes[key] = mine;
      conflicts.push(key);
      overwritten[key] = theirs;
    }
  }
  return { changes, mergedFromOther, conflicts, overwritten: overwritten as AnnotationPatch };
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * A journaled draft (components/workbench/draft-journal.ts) written unless
 * the stored record is as new or newer; its revision goes past the stored
 * one. True when it was written.
 */
export function replayDraft(db: ClaimlensDB, draft: Annotation): Promise<boolean> {
  return guarded('recover the draft', () =>
    rewritePages(db, [draft.page.url], (pages) => {
      const annotations = pages.get(draft.page.url)!;
      const stored = annotations.find((a) => a.id === draft.id);
      if (stored && stored.updatedAt >= draft.updatedAt) return false;
      pages.set(draft.page.url, withAnnotation(annotations, { ...draft, revision: Math.max(draft.revision, (stored?.revision ?? 0) + 1) }));
      return true;
    }),
  );
}

/**
 * Hands a draft to IndexedDB while the page is going away: the requests are
 * issued before this returns, with no promise to wait for. Its page summary
 * and bundle are read and written back in one plain transaction (the writes
 * are issued when the reads answer, which a closing page may not see: the
 * draft journal in localStorage is what covers that).
 */
export function writeDraftNow(idb: IDBDatabase, record: Annotation): void {
  const url = record.page.url;
  const transaction = idb.transaction([PAGES_STORE, BUNDLES_STORE], 'readwrite');
  const pages = transaction.objectStore(PAGES_STORE);
  const bundles = transaction.objectStore(BUNDLES_STORE);
  const write = (summary: PageSummary | undefined, bundle: Bundle | undefined) => {
    const stored: StoredState = { summaries: new Map([[url, summary]]), bundles: new Map(summary?.bundle === undefined ? [] : [[summary.bundle, bundle]]) };
    // No split here: it would need more reads, which a closing page may not see answered.
    const plan = planWrite(new Map([[url, withAnnotation(listIn(bundle, url), record)]]), stored, writtenNow(), newBundleKey, { split: false });
    for (const [key, value] of plan.bundles) bundles.put(value, key);
    for (const key of plan.deleted) bundles.delete(key);
    for (const summary of plan.summaries) pages.put(summary);
  };
  const read = pages.get(url);
  read.onsuccess = () => {
    const summary = read.result as PageSummary | undefined;
    if (summary?.bundle === undefined) return write(summary, undefined);
    const bundle = bundles.get(summary.bundle);
    bundle.onsuccess = () => write(summary, bundle.result as Bundle | undefined);
  };
}
