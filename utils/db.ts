import Dexie, { type EntityTable } from 'dexie';
import { AnnotationPatchSchema, AnnotationSchema, type Annotation, type AnnotationPatch, type Verdict } from './model/annotation';
import { describeImport, mergeImport, prepareImport, type ImportReport, type UnknownField } from './import';

/**
 * The one database. It is opened only in the extension's own contexts
 * (background, popup, extension pages): IndexedDB opened from a content
 * script would belong to the website's origin. Content scripts reach it
 * through the typed messages in utils/messaging.ts.
 */
export class ClaimlensDB extends Dexie {
  annotations!: EntityTable<Annotation, 'id'>;

  constructor(name = 'claimlens') {
    super(name);
    // Each schema version stays listed forever; a change adds a version with
    // its upgrade and a test in tests/unit/db-migrations.test.ts.
    this.version(1).stores({
      // page.url: "this page"; verdict: "by verdict"; *tags: "by tag" (multi-entry); updatedAt: "recent".
      annotations: 'id, page.url, page.canonicalUrl, verdict, *tags, updatedAt, [page.url+updatedAt]',
    });
  }
}

let shared: ClaimlensDB | undefined;
/** The extension's database, opened on first use (never at module load). */
export function getDb(): ClaimlensDB {
  shared ??= new ClaimlensDB();
  return shared;
}

export class StorageError extends Error {
  constructor(action: string, cause: unknown) {
    super(`Could not ${action}: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
    this.name = 'StorageError';
  }
}

async function guarded<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof StorageError ? error : new StorageError(action, error);
  }
}

/** Annotations of a page, found by its normalised URL or by the canonical URL it declares. */
export function annotationsForPage(db: ClaimlensDB, url: string, canonicalUrl?: string): Promise<Annotation[]> {
  return guarded('read this page’s annotations', async () => {
    const keys = canonicalUrl && canonicalUrl !== url ? [url, canonicalUrl] : [url];
    const [byUrl, byCanonical] = await Promise.all([
      db.annotations.where('page.url').anyOf(keys).toArray(),
      db.annotations.where('page.canonicalUrl').anyOf(keys).toArray(),
    ]);
    const unique = new Map([...byUrl, ...byCanonical].map((a) => [a.id, a]));
    return [...unique.values()].sort((a, b) => a.target.position.start - b.target.position.start);
  });
}

export function saveAnnotation(db: ClaimlensDB, annotation: Annotation): Promise<Annotation> {
  return guarded('save the annotation', async () => {
    const valid = AnnotationSchema.parse(annotation);
    await db.annotations.put(valid);
    return valid;
  });
}

/** Applies the popup's edits; `now` is passed in so tests control time. */
export function updateAnnotation(db: ClaimlensDB, id: string, patch: AnnotationPatch, now = new Date()): Promise<Annotation> {
  return guarded('save the annotation', () =>
    db.transaction('rw', db.annotations, async () => {
      const current = await db.annotations.get(id);
      if (!current) throw new Error(`no annotation with id ${id}`);
      const next = AnnotationSchema.parse({ ...current, ...AnnotationPatchSchema.parse(patch), updatedAt: now.toISOString() });
      await db.annotations.put(next);
      return next;
    }),
  );
}

export function deleteAnnotation(db: ClaimlensDB, id: string): Promise<void> {
  return guarded('delete the annotation', () => db.annotations.delete(id));
}

export interface AnnotationQuery {
  verdict?: Verdict;
  tag?: string;
  /** Words that must all appear in the claim, sentence, note, tags or page title (case-insensitive). */
  text?: string;
  limit?: number;
}

/** "Find any annotation later": newest first, narrowed by an index where one serves. */
export function findAnnotations(db: ClaimlensDB, query: AnnotationQuery = {}): Promise<Annotation[]> {
  return guarded('search annotations', async () => {
    let rows: Annotation[];
    if (query.tag) rows = await db.annotations.where('tags').equals(query.tag).toArray();
    else if (query.verdict) rows = await db.annotations.where('verdict').equals(query.verdict).toArray();
    else rows = await db.annotations.orderBy('updatedAt').reverse().toArray();
    const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const filtered = rows.filter(
      (a) =>
        (!query.verdict || a.verdict === query.verdict) &&
        (!query.tag || a.tags.includes(query.tag)) &&
        words.every((w) => searchableText(a).includes(w)),
    );
    filtered.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return query.limit ? filtered.slice(0, query.limit) : filtered;
  });
}

function searchableText(a: Annotation): string {
  const speaker = a.claim.type === 'attribution' ? (a.claim.source?.text ?? '') : '';
  return [a.claim.text, speaker, a.sentence, a.note, a.tags.join(' '), a.page.title, a.page.url].join(' ').toLowerCase();
}

export function allTags(db: ClaimlensDB): Promise<string[]> {
  return guarded('read tags', async () => (await db.annotations.orderBy('tags').uniqueKeys()).map(String));
}

export interface ImportResult extends ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  /** The counts and everything left out, in one line for the user. */
  summary: string;
}

/**
 * Merges imported annotations in one transaction: a record that is newer on
 * this device is kept, so an import never overwrites later work. Times are
 * compared as instants and stored in UTC; duplicates, non-web evidence links
 * and unknown fields are reported, never dropped silently (utils/import).
 */
export function importAnnotations(db: ClaimlensDB, incoming: Annotation[], file: { unknownFields?: UnknownField[] } = {}): Promise<ImportResult> {
  return guarded('import annotations', async () => {
    const { annotations, duplicates, droppedLinks } = prepareImport(incoming); // throws before anything is written
    return db.transaction('rw', db.annotations, async () => {
      const { writes, ...counts } = mergeImport(annotations, await db.annotations.bulkGet(annotations.map((a) => a.id)));
      await db.annotations.bulkPut(writes);
      const report = { ...counts, duplicates, droppedLinks, unknownFields: file.unknownFields ?? [] };
      return { ...report, summary: describeImport(report) };
    });
  });
}
