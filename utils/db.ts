import Dexie, { type EntityTable } from 'dexie';
import { AnnotationPatchSchema, AnnotationSchema, type Annotation, type AnnotationPatch, type Verdict } from './model/annotation';
import { describeImport, mergeImport, prepareImport, type ImportReport, type UnknownField } from './import';
import { DB_NAME } from './db-schema';

/**
 * The one database. It is opened only in the extension's own contexts
 * (background, popup, extension pages): IndexedDB opened from a content
 * script would belong to the website's origin. Content scripts reach it
 * through the typed messages in utils/messaging.ts.
 */
/**
 * The indexes, each for a reader: `page.url` and `page.canonicalUrl` find a
 * page's annotations (annotationsForPage), `*tags` (multi-entry) lists the
 * tags and finds by tag (allTags, findAnnotations), `updatedAt` orders by
 * recency (newest rows, search, backups, and the local times an import
 * compares).
 */
export const ANNOTATION_INDEXES = 'id, page.url, page.canonicalUrl, *tags, updatedAt';

export class ClaimlensDB extends Dexie {
  annotations!: EntityTable<Annotation, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    // Each schema version stays listed forever; a change adds a version with
    // its upgrade and a test in tests/unit/db-migrations.test.ts.
    this.version(1).stores({
      // page.url: "this page"; verdict: "by verdict"; *tags: "by tag" (multi-entry); updatedAt: "recent".
      annotations: 'id, page.url, page.canonicalUrl, verdict, *tags, updatedAt, [page.url+updatedAt]',
    });
    // v2: user-chosen passages (claim.type 'passage'), dismissed detections,
    // revisions for edits from several views, the last anchoring state, and
    // timestamps stored as UTC instants so they compare as strings.
    this.version(2)
      .stores({ annotations: 'id, page.url, page.canonicalUrl, verdict, *tags, updatedAt, [page.url+updatedAt], claim.type' })
      .upgrade((tx) => tx.table('annotations').toCollection().modify((record: Record<string, unknown>) => upgradeToV2(record)));
    // v3: only the indexes something reads. Every index is written with every
    // record: in Chromium, 100,000 records took about half as long again to
    // write with `verdict`, `[page.url+updatedAt]` and `claim.type` as without
    // them, and nothing queried the last two (the library filters in memory;
    // the panel's search by verdict walks `updatedAt`). The records are not
    // touched: dropping an index leaves every stored field as it was.
    this.version(3).stores({ annotations: ANNOTATION_INDEXES });
    // The newest version here must be SCHEMA_VERSION (utils/db-schema.ts): the library's first module reads the
    // database at that version before Dexie is loaded (tests/unit/db-schema.test.ts).
  }
}

/** v1 → v2 for one stored record, in place (Dexie's modify). Exported for the migration test. */
export function upgradeToV2(record: Record<string, unknown>): void {
  if (typeof record.revision !== 'number') record.revision = 1;
  if (typeof record.dismissed !== 'boolean') record.dismissed = false;
  for (const key of ['createdAt', 'updatedAt'] as const) {
    const value = record[key];
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) record[key] = new Date(value).toISOString();
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
  id: string,
  patch: AnnotationPatch,
  options: { base?: Annotation; now?: Date } = {},
): Promise<UpdateResult> {
  const now = options.now ?? new Date();
  return guarded('save the annotation', () =>
    db.transaction('rw', db.annotations, async () => {
      const current = await db.annotations.get(id);
      if (!current) throw new Error(`no annotation with id ${id}`);
      const valid = AnnotationPatchSchema.parse(patch);
      const { changes, mergedFromOther, conflicts, overwritten } = mergePatch(current, valid, options.base);
      const next = AnnotationSchema.parse({ ...current, ...changes, revision: current.revision + 1, updatedAt: now.toISOString() });
      await db.annotations.put(next);
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

/**
 * "Find any annotation later": newest first. A tag is found through its
 * index; anything else walks the `updatedAt` index from the newest and stops
 * at `limit` matches.
 */
export function findAnnotations(db: ClaimlensDB, query: AnnotationQuery = {}): Promise<Annotation[]> {
  return guarded('search annotations', async () => {
    const words = (query.text ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const matches = (a: Annotation) =>
      (!query.verdict || a.verdict === query.verdict) && (!query.tag || a.tags.includes(query.tag)) && words.every((w) => searchableText(a).includes(w));
    if (!query.tag) {
      const newestFirst = db.annotations.orderBy('updatedAt').reverse().filter(matches);
      return query.limit ? newestFirst.limit(query.limit).toArray() : newestFirst.toArray();
    }
    const tagged = (await db.annotations.where('tags').equals(query.tag).toArray()).filter(matches);
    tagged.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    return query.limit ? tagged.slice(0, query.limit) : tagged;
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

/** Up to this many of its records stored here, an import reads them whole; more, it reads only their times from the updatedAt index. */
const READ_RECORDS_UP_TO = 2000;

/**
 * The stored `updatedAt` of each id (undefined when the id is not stored),
 * all a merge compares, read inside the import's transaction. A big import
 * first reads which ids are stored (keys only: about a second for 100,000 in
 * Chromium, where counting the table walks it just the same): the others are
 * new and need no time, so an import into an empty or unrelated library reads
 * nothing else. The stored ones are read whole when few; otherwise their
 * times come from the updatedAt index, keys only (no record is deserialised;
 * this walk is the import's cost when its records are already here). Every
 * stored record has an indexed updatedAt (the schema requires it); one the
 * index lacks is read whole, so no stored record is ever taken for a new one.
 */
async function storedTimes(db: ClaimlensDB, ids: string[]): Promise<Array<{ updatedAt: string } | undefined>> {
  if (ids.length <= READ_RECORDS_UP_TO) return db.annotations.bulkGet(ids);
  const storedIds = new Set((await db.annotations.toCollection().primaryKeys()) as string[]);
  performance.mark('claimlens-import:ids-read');
  const here = ids.filter((id) => storedIds.has(id));
  const times = new Map<string, string>();
  if (here.length > READ_RECORDS_UP_TO) {
    await db.annotations.orderBy('updatedAt').eachKey((updatedAt, cursor) => void times.set(cursor.primaryKey as string, updatedAt as string));
  }
  const readWhole = here.filter((id) => !times.has(id));
  const read = new Map(readWhole.length ? (await db.annotations.bulkGet(readWhole)).filter((a) => a !== undefined).map((a) => [a.id, a]) : []);
  return ids.map((id) => (times.has(id) ? { updatedAt: times.get(id)! } : read.get(id)));
}

/**
 * Merges imported annotations in one transaction: a record that is newer on
 * this device is kept, so an import never overwrites later work. Times are
 * compared as instants and stored in UTC; duplicates, non-web evidence links
 * and unknown fields are reported, never dropped silently (utils/import).
 *
 * One transaction, with the default durability: all of the file or nothing
 * (a quota error half-way changes nothing), and it was also the fastest way
 * measured (100,000 records written raw in Chromium: in batches of 10,000
 * the browser spent more than twice the CPU time). 'relaxed' durability would skip only the wait for the
 * one commit's flush, which measured nothing against the ~40 s of writing,
 * and an import the user was told is done should survive a crash right after.
 */
export function importAnnotations(db: ClaimlensDB, incoming: Annotation[], file: { unknownFields?: UnknownField[] } = {}): Promise<ImportResult> {
  return guarded('import annotations', async () => {
    const { annotations, duplicates, droppedLinks } = prepareImport(incoming); // throws before anything is written
    performance.mark('claimlens-import:prepared');
    return db.transaction('rw', db.annotations, async () => {
      const times = await storedTimes(db, annotations.map((a) => a.id));
      performance.mark('claimlens-import:times-read');
      const { writes, ...counts } = mergeImport(annotations, times);
      performance.mark('claimlens-import:merged');
      await db.annotations.bulkPut(writes);
      performance.mark('claimlens-import:written');
      const report = { ...counts, duplicates, droppedLinks, unknownFields: file.unknownFields ?? [] };
      return { ...report, summary: describeImport(report) };
    });
  });
}
