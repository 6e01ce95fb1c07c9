import { afterEach, describe, expect, it } from 'vitest';
import { ClaimlensDB, getDb } from '../../utils/db';
import { DB_NAME, IDB_VERSION, SCHEMA_VERSION } from '../../utils/db-schema';
import * as firstRead from '../../utils/library/first-read';

afterEach(async () => {
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = resolve;
  });
});

describe('the database schema constants (utils/db-schema.ts)', () => {
  it('are what Dexie declares and opens: the newest schema version, and IndexedDB version = schema version × 10', async () => {
    const db = new ClaimlensDB();
    expect(db.name).toBe(DB_NAME);
    expect(db.verno).toBe(SCHEMA_VERSION);
    await db.open();
    expect(db.backendDB().name).toBe(DB_NAME);
    expect(db.backendDB().version).toBe(IDB_VERSION);
    expect(IDB_VERSION).toBe(SCHEMA_VERSION * 10);
    db.close();
  });

  it('are the ones the first read uses, and the page’s shared database is opened by that name', () => {
    expect(firstRead.DB_NAME).toBe(DB_NAME);
    expect(firstRead.IDB_VERSION).toBe(IDB_VERSION);
    expect(getDb().name).toBe(DB_NAME);
  });
});
