/**
 * The database's name and version, in a module that imports nothing: Dexie
 * (utils/db.ts) opens the database with them, and the library's first module
 * (utils/library/first-read.ts) reads it with plain IndexedDB before Dexie is
 * even loaded. One place, so the two can never disagree about the version.
 */

/** The one database (utils/db.ts). */
export const DB_NAME = 'claimlens';

/** Dexie's schema version: the highest `this.version(n)` in utils/db.ts. A new schema version raises this. */
export const SCHEMA_VERSION = 6;

/** The object store of page summaries (utils/store/page-record.ts). */
export const PAGES_STORE = 'pages';

/** The object store of annotation bundles (utils/store/bundles.ts). */
export const BUNDLES_STORE = 'bundles';

/** What IndexedDB itself reports for it: Dexie opens schema version n as IndexedDB version n × 10. */
export const IDB_VERSION = SCHEMA_VERSION * 10;
