import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Annotation } from './model/annotation';
import { DB_NAME } from './db-schema';
import { newBundleKey, planWrite, type Bundle } from './store/bundles';
import { byPage, PAGE_INDEXES, pageSummary, type PageSummary } from './store/page-record';

/** Schema v3's one row per annotation, kept in the version history below: v4 moves its rows into page records. */
const ANNOTATION_INDEXES_V3 = 'id, page.url, page.canonicalUrl, *tags, updatedAt';

/**
 * The one database. It is opened only in the extension's own contexts
 * (background, popup, extension pages): IndexedDB opened from a content
 * script would belong to the website's origin. Content scripts reach it
 * through the typed messages in utils/messaging.ts.
 *
 * Storage goes only through the functions re-exported at the end of this
 * module (utils/store/*), which keep the page records' summary fields right;
 * nothing else touches the tables.
 */
export class ClaimlensDB extends Dexie {
  /** One small summary per page, indexed (utils/store/page-record.ts). */
  pages!: EntityTable<PageSummary, 'url'>;
  /** The pages' annotation lists, several pages a record, keyed outside the value and not indexed (utils/store/bundles.ts). */
  bundles!: Table<Bundle, string>;

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
    this.version(3).stores({ annotations: ANNOTATION_INDEXES_V3 });
    // v4: one record per page (utils/store/page-record.ts): IndexedDB pays per
    // record written, and an import of 100,000 rows took 47 s. Every row is
    // moved, unchanged, into its page's record, in the upgrade's transaction:
    // all or nothing. v5 then drops the row table (Dexie deletes a table
    // only after the upgrades that read it have run).
    this.version(4)
      .stores({ annotations: ANNOTATION_INDEXES_V3, pages: PAGE_INDEXES })
      .upgrade((tx) => moveRowsIntoPages(tx));
    this.version(5).stores({ annotations: null, pages: PAGE_INDEXES });
    // v6: each page record becomes a small summary (the same indexes, plus
    // its ids and times) and its annotations move, unchanged, into bundles
    // of several pages (utils/store/bundles.ts): IndexedDB wrote 100,000
    // annotations as 5,000 page records in 3.2–3.5 s, in bundles in 1.4–2.0 s,
    // and an import now reads the summaries (7 MB) instead of every page
    // (86 MB). In the upgrade's transaction: all or nothing.
    this.version(6)
      .stores({ pages: PAGE_INDEXES, bundles: '' })
      .upgrade((tx) => movePagesIntoBundles(tx));
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

/** A v4/v5 page record: its summary fields and every annotation of the page. */
type PageRecordV5 = Omit<PageSummary, 'count' | 'stamps' | 'bundle'> & { annotations: Annotation[] };

/** v3 → v4: every annotation row into its page's record, as it was. Exported for the migration test. */
export async function moveRowsIntoPages(tx: Transaction, now = new Date()): Promise<void> {
  const rows = (await tx.table('annotations').toArray()) as Annotation[];
  const writtenAt = now.toISOString();
  const pages = [...byPage(rows)].map(([url, annotations]): PageRecordV5 => {
    const { count: _count, stamps: _stamps, ...summary } = pageSummary(url, annotations, writtenAt);
    return { ...summary, annotations };
  });
  await tx.table('pages').bulkPut(pages);
}

/** v5 → v6: every page record's annotations, as they were, into bundles; the record becomes the page's summary. Exported for the migration test. */
export async function movePagesIntoBundles(tx: Transaction, now = new Date()): Promise<void> {
  const records = (await tx.table('pages').toArray()) as PageRecordV5[];
  const lists = new Map(records.map((record) => [record.url, record.annotations ?? []]));
  const plan = planWrite(lists, { summaries: new Map(), bundles: new Map() }, now.toISOString(), newBundleKey);
  if (plan.bundles.length) await tx.table('bundles').bulkPut(plan.bundles.map(([, bundle]) => bundle), plan.bundles.map(([key]) => key));
  await tx.table('pages').bulkPut(plan.summaries);
}

export { StorageError } from './store/errors';
export type { AnnotationRef, PageSummary, StoredPage } from './store/page-record';
export type { Bundle } from './store/bundles';
export { PAGE_INDEXES } from './store/page-record';
export * from './store/annotations';
export * from './store/import';
