import type { ClaimlensDB } from '../db';
import { AnnotationPatchSchema, AnnotationSchema, type Annotation, type AnnotationPatch, type Verdict } from '../model/annotation';
import { guarded } from './errors';
import { byPage, newerFirst, newestOfPages, pageRecord, PAGES_STORE, withAnnotation, type AnnotationRef, type StoredPage } from './page-record';

/**
 * Reading and changing annotations, stored one record per page
 * (./page-record.ts). A change reads the page's record and writes it back
 * in one transaction, so two windows changing the same page never lose each
 * other's change (IndexedDB runs overlapping read-write transactions one
 * after the other).
 */

const annotationsOf = (pages: readonly (StoredPage | undefined)[]) => pages.flatMap((page) => page?.annotations ?? []);
const writtenNow = () => new Date().toISOString();

/** Annotations of a page, found by its normalised URL or by the canonical URL it declares, in text order. */
export function annotationsForPage(db: ClaimlensDB, url: string, canonicalUrl?: string): Promise<Annotation[]> {
  return guarded('read this page’s annotations', async () => {
    const keys = canonicalUrl && canonicalUrl !== url ? [url, canonicalUrl] : [url];
    const [byUrl, byCanonical] = await Promise.all([db.pages.where('url').anyOf(keys).toArray(), db.pages.where('canonicalUrls').anyOf(keys).toArray()]);
    // A record found by one canonical URL may hold annotations made under another: only the ones that match are this page's.
    const matches = (a: Annotation) => keys.includes(a.page.url) || (a.page.canonicalUrl !== undefined && keys.includes(a.page.canonicalUrl));
    const unique = new Map(annotationsOf([...byUrl, ...byCanonical]).filter(matches).map((a) => [a.id, a]));
    return [...unique.values()].sort((a, b) => a.target.position.start - b.target.position.start);
  });
}

export function getAnnotation(db: ClaimlensDB, ref: AnnotationRef): Promise<Annotation | undefined> {
  return guarded('read the annotation', async () => (await db.pages.get(ref.page.url))?.annotations.find((a) => a.id === ref.id));
}

export function getAnnotations(db: ClaimlensDB, refs: readonly AnnotationRef[]): Promise<(Annotation | undefined)[]> {
  return guarded('read the annotations', async () => {
    const urls = [...new Set(refs.map((r) => r.page.url))];
    const found = new Map(annotationsOf(await db.pages.bulkGet(urls)).map((a) => [a.id, a]));
    return refs.map((r) => found.get(r.id));
  });
}

/** How many annotations are stored. Reads every page record: for a count shown once, not on every change. */
export function countAnnotations(db: ClaimlensDB): Promise<number> {
  return guarded('count annotations', async () => {
    let count = 0;
    await db.pages.each((page) => void (count += page.annotations.length));
    return count;
  });
}

export function allAnnotations(db: ClaimlensDB): Promise<Annotation[]> {
  return guarded('read annotations', async () => annotationsOf(await db.pages.toArray()));
}

/** The newest `limit` annotations, newest first: `limit` page records through the updatedAt index hold them all (see newestOfPages). */
export function newestAnnotations(db: ClaimlensDB, limit: number): Promise<Annotation[]> {
  return guarded('read the newest annotations', async () => newestOfPages(await db.pages.orderBy('updatedAt').reverse().limit(limit).toArray(), limit));
}

/** Page records in URL order after `afterUrl` (keyset paging: each read costs the same at the end as at the start). */
export function readPages(db: ClaimlensDB, afterUrl: string | undefined, limit: number): Promise<StoredPage[]> {
  return guarded('read annotations', () => (afterUrl === undefined ? db.pages.orderBy(':id') : db.pages.where(':id').above(afterUrl)).limit(limit).toArray());
}

/** The URLs of the page records written after `sinceIso`, deletions included (keys only: what another window changed). */
export function pageUrlsWrittenSince(db: ClaimlensDB, sinceIso: string): Promise<string[]> {
  return guarded('read changed annotations', async () => (await db.pages.where('writtenAt').above(sinceIso).primaryKeys()) as string[]);
}

/** The page records with these URLs (those that exist). */
export function readPagesByUrl(db: ClaimlensDB, urls: readonly string[]): Promise<StoredPage[]> {
  return guarded('read annotations', async () => (await db.pages.bulkGet([...urls])).filter((page) => page !== undefined));
}

/** How many annotations were edited after `sinceIso` (the backup's "anything new?"). */
export function countChangedSince(db: ClaimlensDB, sinceIso: string): Promise<number> {
  return guarded('count changed annotations', async () => {
    const pages = await db.pages.where('updatedAt').above(sinceIso).toArray();
    return annotationsOf(pages).filter((a) => a.updatedAt > sinceIso).length;
  });
}

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
      for (const page of await db.pages.where('tags').equals(query.tag).toArray()) for (const a of page.annotations) if (matches(a)) found.push(a);
    } else {
      const { limit } = query;
      // Pages come newest first; a page no newer than the limit-th match found so far cannot add to the result.
      const enough = (page: StoredPage) => {
        if (limit === undefined || found.length < limit) return false;
        found.sort(newerFirst).length = limit; // only the newest `limit` can be in the result
        return (page.updatedAt ?? '') < found[limit - 1].updatedAt;
      };
      await db.pages
        .orderBy('updatedAt')
        .reverse()
        .until(enough)
        .each((page) => {
          for (const a of page.annotations) if (matches(a)) found.push(a);
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
  return db.transaction('rw', db.pages, async () => {
    const keys = [...new Set(urls)];
    const stored = await db.pages.bulkGet(keys);
    const before = new Map(keys.map((url, i) => [url, stored[i]?.annotations ?? []]));
    const pages = new Map(before);
    const result = await edit(pages);
    const writtenAt = writtenNow();
    const changed = [...pages].filter(([url, annotations]) => annotations !== before.get(url));
    if (changed.length) await db.pages.bulkPut(changed.map(([url, annotations]) => pageRecord(url, annotations, writtenAt)));
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
 * issued before this returns, with no promise to wait for. Its page record is
 * read and written back in one plain transaction (the write is issued when
 * the read answers, which a closing page may not see: the draft journal in
 * localStorage is what covers that).
 */
export function writeDraftNow(idb: IDBDatabase, record: Annotation): void {
  const transaction = idb.transaction(PAGES_STORE, 'readwrite');
  const store = transaction.objectStore(PAGES_STORE);
  const read = store.get(record.page.url);
  read.onsuccess = () => {
    const page = read.result as StoredPage | undefined;
    store.put(pageRecord(record.page.url, withAnnotation(page?.annotations ?? [], record), writtenNow()));
  };
}
