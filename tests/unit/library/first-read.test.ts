import { afterEach, describe, expect, it } from 'vitest';
import { allAnnotations, ClaimlensDB, putAnnotations } from '../../../utils/db';
import { PAGES_STORE } from '../../../utils/db-schema';
import { newerFirst } from '../../../utils/store/page-record';
import { DB_NAME, FIRST_PAGE, IDB_VERSION, readNewestRaw, startFirstRead } from '../../../utils/library/first-read';
import { readNewest } from '../../../utils/library/load';
import { makeAnnotation } from '../../support/annotations';

afterEach(async () => {
  await new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(DB_NAME);
    request.onsuccess = request.onerror = resolve;
  });
});

const minute = (i: number) => new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString();

/** Annotation i on page `pageOf(i)` (one page per annotation by default), updated at `updatedAt(i)`. */
async function stored(count: number, updatedAt: (i: number) => string = minute, pageOf: (i: number) => number = (i) => i): Promise<ClaimlensDB> {
  const db = new ClaimlensDB(DB_NAME);
  await putAnnotations(
    db,
    Array.from({ length: count }, (_, i) => makeAnnotation({ id: `id-${String((i * 7919) % 100_003).padStart(6, '0')}`, updatedAt: updatedAt(i), page: { url: `https://example.org/${pageOf(i)}`, title: `Page ${pageOf(i)}` } })),
  );
  return db;
}

/** Runs `read` with the browser's one-request read switched off, as in browsers without `getAllRecords`. */
async function withoutGetAllRecords<T>(read: () => Promise<T>): Promise<T> {
  const proto = IDBIndex.prototype as IDBIndex & { getAllRecords?: unknown };
  const original = proto.getAllRecords;
  expect(original).toBeTypeOf('function'); // fake-indexeddb has it, so both ways are tested
  delete proto.getAllRecords;
  try {
    return await read();
  } finally {
    proto.getAllRecords = original;
  }
}

describe('the first rows, read before the page loads Dexie', () => {
  it('are what Dexie reads: the newest by updatedAt, ties ordered as Dexie orders them, with getAllRecords or without', async () => {
    // Many records share an updatedAt, across the 60th row, so the order of ties matters.
    const db = await stored(150, (i) => minute(Math.floor(i / 7)));
    const expected = (await readNewest(db)).map((a) => a.id);
    db.close();
    expect(expected).toHaveLength(FIRST_PAGE);
    expect((await readNewestRaw(indexedDB))?.map((a) => a.id)).toEqual(expected);
    expect((await withoutGetAllRecords(() => readNewestRaw(indexedDB)))?.map((a) => a.id)).toEqual(expected);
  });

  it('are exactly the newest across pages, when a page’s older annotations interleave with other pages', async () => {
    // 600 annotations, one a minute: every 4th on one busy page, the others over 149 pages in turn. The newest lie on
    // fewer pages than are read (several on the busy one), each of which also holds older ones, and other pages'
    // annotations fall between the busy page's.
    const busy = 'https://example.org/0';
    const db = await stored(600, minute, (i) => (i % 4 === 0 ? 0 : 1 + (i % 149)));
    const all = await allAnnotations(db);
    const expected = all.sort(newerFirst).slice(0, FIRST_PAGE).map((a) => a.id);
    const newest = all.slice(0, FIRST_PAGE);
    expect(new Set(newest.map((a) => a.page.url)).size).toBeLessThan(FIRST_PAGE);
    expect(newest.filter((a) => a.page.url === busy).length).toBeGreaterThan(1);
    expect(all.slice(FIRST_PAGE).some((a) => a.page.url === busy)).toBe(true);
    expect((await readNewest(db)).map((a) => a.id)).toEqual(expected);
    db.close();
    expect((await readNewestRaw(indexedDB))?.map((a) => a.id)).toEqual(expected);
    expect((await withoutGetAllRecords(() => readNewestRaw(indexedDB)))?.map((a) => a.id)).toEqual(expected);
    expect((await readNewestRaw(indexedDB, 7))?.map((a) => a.id)).toEqual(expected.slice(0, 7));
  });

  it('are every record, newest first, when there are fewer than a page; none in an empty table', async () => {
    const db = await stored(5);
    const expected = (await readNewest(db)).map((a) => a.id);
    db.close();
    expect((await readNewestRaw(indexedDB))?.map((a) => a.id)).toEqual(expected);
    expect((await withoutGetAllRecords(() => readNewestRaw(indexedDB)))?.map((a) => a.id)).toEqual(expected);
    expect((await readNewestRaw(indexedDB, 1))?.map((a) => a.id)).toEqual(expected.slice(0, 1));
    const empty = new ClaimlensDB(DB_NAME);
    await empty.table(PAGES_STORE).clear();
    empty.close();
    expect(await readNewestRaw(indexedDB)).toEqual([]);
  });

  it('give null without a database, and create none: Dexie then creates it as usual', async () => {
    const read = startFirstRead(indexedDB);
    expect(await read.promise).toBeNull();
    expect(read.rows).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(DB_NAME);
    const db = new ClaimlensDB(DB_NAME);
    await putAnnotations(db, [makeAnnotation()]);
    expect(await allAnnotations(db)).toHaveLength(1);
    db.close();
  });

  it('give null for a database at another version (Dexie upgrades it first), and with no IndexedDB at all', async () => {
    await new Promise<void>((resolve) => {
      const open = indexedDB.open(DB_NAME, 10);
      open.onupgradeneeded = () => open.result.createObjectStore(PAGES_STORE, { keyPath: 'url' }).createIndex('updatedAt', 'updatedAt');
      open.onsuccess = () => (open.result.close(), resolve());
    });
    expect(await readNewestRaw(indexedDB)).toBeNull();
    expect(await readNewestRaw(undefined)).toBeNull();
  });

  it('expect the IndexedDB version Dexie opens the database at', async () => {
    const db = new ClaimlensDB(DB_NAME);
    await db.open();
    expect(db.backendDB().version).toBe(IDB_VERSION);
    db.close();
  });
});
