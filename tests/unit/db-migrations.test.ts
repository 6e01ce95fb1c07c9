import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { allAnnotations, allTags, annotationsForPage, ClaimlensDB, findAnnotations, getAnnotation, newestAnnotations } from '../../utils/db';
import { parseEnvelope } from '../../utils/export/envelope';
import { readStamps } from '../../utils/store/page-record';
import { AnnotationSchema } from '../../utils/model/annotation';

const V1_STORES = { annotations: 'id, page.url, page.canonicalUrl, verdict, *tags, updatedAt, [page.url+updatedAt]' };
const V2_STORES = { annotations: 'id, page.url, page.canonicalUrl, verdict, *tags, updatedAt, [page.url+updatedAt], claim.type' };
const V3_STORES = { annotations: 'id, page.url, page.canonicalUrl, *tags, updatedAt' };
const V5_STORES = { pages: 'url, *canonicalUrls, updatedAt, writtenAt, *tags' };
const PAGE_INDEX_NAMES = ['canonicalUrls', 'tags', 'updatedAt', 'writtenAt'];

/** A page record exactly as schema v5 stored it: summary fields and every annotation of the page. */
function v5Record<A extends { page: { url: string; canonicalUrl?: string }; tags: string[]; updatedAt: string }>(url: string, annotations: A[]) {
  const newest = annotations.map((a) => a.updatedAt).sort().at(-1);
  return {
    url,
    canonicalUrls: [...new Set(annotations.flatMap((a) => (a.page.canonicalUrl ? [a.page.canonicalUrl] : [])))],
    tags: [...new Set(annotations.flatMap((a) => a.tags))],
    writtenAt: '2026-11-25T00:00:00.000Z',
    annotations,
    ...(newest ? { updatedAt: newest } : {}),
  };
}

/** A record exactly as schema v1 stored it: no revision, no dismissed flag, a time-zone offset in a timestamp. */
const v1Record = {
  id: 'a1',
  page: { url: 'https://www.rferl.org/a/kim-drones/1.html', title: 'Kim Parades New Drones' },
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'some 3,000 or more', prefix: 'saying that "it appears that ', suffix: ' troops have been' },
    position: { type: 'TextPositionSelector', start: 989, end: 1007 },
  },
  claim: { type: 'quantity', text: 'some 3,000 or more', value: 3000, unit: 'troop', approx: true, hedges: ['some', 'or more'] },
  sentence: 'Yonhap cited the JCS as saying that "it appears that some 3,000 or more troops have been additionally dispatched."',
  verdict: 'accurate',
  note: 'Matches the JCS statement',
  evidence: [{ url: 'https://www.yna.co.kr/view/AEN1', title: 'Yonhap' }],
  tags: ['troops'],
  createdAt: '2026-11-20T19:00:00+09:00',
  updatedAt: '2026-11-20T19:30:00+09:00',
};

// Every schema version gets a test here: it opens, serves its indexes, and
// upgrades a database saved by the version before it without losing a field.
describe('database schema', () => {
  it('version 6 opens with a store of page summaries with the indexes something reads, and one of bundles with none', async () => {
    const db = new ClaimlensDB(`schema-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(6);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['bundles', 'pages']);
    expect(db.bundles.schema.indexes).toEqual([]);
    expect(db.bundles.schema.primKey.keyPath).toBeFalsy(); // keyed outside the value: IndexedDB need not read the value for a key
    const indexes = db.pages.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual(PAGE_INDEX_NAMES);
    // What the browser holds, not only what Dexie declares.
    expect([...db.backendDB().objectStoreNames]).toEqual(['bundles', 'pages']);
    expect([...db.backendDB().transaction('pages').objectStore('pages').indexNames].sort()).toEqual(indexes);
    expect(db.backendDB().transaction('bundles').objectStore('bundles').keyPath).toBeNull();
    expect(db.pages.schema.indexes.filter((i) => i.multi).map((i) => i.name).sort()).toEqual(['canonicalUrls', 'tags']);
    await db.delete();
  });

  it('upgrades a v1 database: revision 1, not dismissed, UTC timestamps, every field kept', async () => {
    const name = `upgrade-${Math.random()}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.open();
    await v1.table('annotations').bulkPut([v1Record, { ...v1Record, id: 'a2', verdict: 'false', tags: ['drones'], updatedAt: '2026-11-21T08:00:00Z' }]);
    v1.close();

    const db = new ClaimlensDB(name);
    await db.open();
    expect(db.verno).toBe(6);
    const upgraded = await getAnnotation(db, v1Record);
    expect(upgraded).toEqual({
      ...v1Record,
      revision: 1,
      dismissed: false,
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:30:00.000Z',
    });
    expect(AnnotationSchema.safeParse(upgraded).success).toBe(true);
    // The indexes serve the upgraded records.
    expect((await findAnnotations(db, { tag: 'drones' })).map((a) => a.id)).toEqual(['a2']);
    expect(await annotationsForPage(db, v1Record.page.url)).toHaveLength(2);
    // UTC strings now sort as instants: the 08:00Z edit is the most recent.
    expect((await newestAnnotations(db, 1))[0].id).toBe('a2');
    await db.delete();
  });

  it('upgrades a v2 database: every record is kept exactly, in its page’s record, and still found', async () => {
    const name = `upgrade-v2-${Math.random()}`;
    const v2 = new Dexie(name);
    v2.version(2).stores(V2_STORES);
    await v2.open();
    const v2Records = [
      { ...v1Record, revision: 3, dismissed: false, createdAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T10:30:00.000Z', lastAnchor: { state: 'exact', checkedAt: '2026-11-20T10:31:00.000Z', text: 'some 3,000 or more' } },
      {
        ...v1Record,
        id: 'a2',
        page: { url: 'https://www.svoboda.org/a/x.html', canonicalUrl: 'https://www.svoboda.org/a/canonical.html', title: 'Svoboda' },
        claim: { type: 'attribution', text: 'said', cue: 'say', sourceType: 'official', source: { start: 0, end: 9, text: 'Official' } },
        verdict: 'false',
        tags: ['drones', 'troops'],
        revision: 1,
        dismissed: true,
        factCheckUrl: 'https://factcheck.example/a2',
        createdAt: '2026-11-21T07:00:00.000Z',
        updatedAt: '2026-11-21T08:00:00.000Z',
      },
      { ...v1Record, id: 'a3', claim: { type: 'passage', text: 'some 3,000 or more' }, tags: [], revision: 2, dismissed: false, createdAt: '2026-11-19T00:00:00.000Z', updatedAt: '2026-11-19T00:00:00.000Z' },
    ];
    for (const r of v2Records) expect(AnnotationSchema.safeParse(r).success).toBe(true);
    await v2.table('annotations').bulkPut(v2Records);
    v2.close();

    const db = new ClaimlensDB(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect([...db.backendDB().objectStoreNames]).toEqual(['bundles', 'pages']);
    // Every record exactly as v2 stored it, field for field.
    expect((await allAnnotations(db)).sort((a, b) => a.id.localeCompare(b.id))).toEqual(v2Records);
    // The kept indexes still serve the upgraded rows, and what the dropped ones served still works.
    expect((await annotationsForPage(db, 'https://www.svoboda.org/a/other.html', 'https://www.svoboda.org/a/canonical.html')).map((a) => a.id)).toEqual(['a2']);
    expect(await allTags(db)).toEqual(['drones', 'troops']);
    expect((await findAnnotations(db, { verdict: 'false' })).map((a) => a.id)).toEqual(['a2']);
    expect((await findAnnotations(db, { tag: 'troops' })).map((a) => a.id)).toEqual(['a2', 'a1']);
    expect((await newestAnnotations(db, 3)).map((a) => a.id)).toEqual(['a2', 'a1', 'a3']);
    await db.delete();
  });

  it('upgrades a v3 database: each row moves, unchanged, into its page’s record, and the row table is gone', async () => {
    const name = `upgrade-v3-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(V3_STORES);
    await v3.open();
    const pageA = { url: 'https://www.rferl.org/a/one.html', canonicalUrl: 'https://www.rferl.org/a/canon.html', title: 'One' };
    const pageB = { url: 'https://www.svoboda.org/a/two.html', title: 'Two' };
    const base = { ...v1Record, revision: 1, dismissed: false, createdAt: '2026-11-20T10:00:00.000Z' };
    const rows = [
      { ...base, id: 'a1', page: pageA, tags: ['troops'], updatedAt: '2026-11-20T10:30:00.000Z' },
      { ...base, id: 'a2', page: pageA, tags: ['drones', 'troops'], updatedAt: '2026-11-22T10:30:00.000Z', lastAnchor: { state: 'orphan', checkedAt: '2026-11-22T10:31:00.000Z' } },
      { ...base, id: 'b1', page: pageB, tags: [], updatedAt: '2026-11-21T10:30:00.000Z', dismissed: true },
    ];
    for (const r of rows) expect(AnnotationSchema.safeParse(r).success).toBe(true);
    await v3.table('annotations').bulkPut(rows);
    v3.close();

    const db = new ClaimlensDB(name);
    await db.open();
    expect(db.verno).toBe(6);
    expect([...db.backendDB().objectStoreNames]).toEqual(['bundles', 'pages']);
    const pages = await db.pages.toArray();
    expect(pages.map((p) => p.url)).toEqual([pageA.url, pageB.url]);
    expect(pages[0]).toMatchObject({ canonicalUrls: [pageA.canonicalUrl], tags: ['troops', 'drones'], updatedAt: '2026-11-22T10:30:00.000Z', count: 2 });
    expect(readStamps(pages[0]).ids).toEqual(['a1', 'a2']);
    expect(pages[1]).toMatchObject({ canonicalUrls: [], tags: [], updatedAt: '2026-11-21T10:30:00.000Z', count: 1 });
    expect(typeof pages[0].writtenAt).toBe('string');
    // Every row, unchanged, in the bundle its page's summary names.
    const listOf = async (url: string) => (await db.bundles.get((await db.pages.get(url))!.bundle!))!.pages.find((entry) => entry.url === url)!.annotations;
    expect(await listOf(pageA.url)).toEqual([rows[0], rows[1]]);
    expect(await listOf(pageB.url)).toEqual([rows[2]]);
    // Found through every reader, as before.
    expect((await annotationsForPage(db, 'https://www.rferl.org/amp/one.html', pageA.canonicalUrl)).map((a) => a.id)).toEqual(['a1', 'a2']);
    expect((await newestAnnotations(db, 3)).map((a) => a.id)).toEqual(['a2', 'b1', 'a1']);
    expect(await allTags(db)).toEqual(['drones', 'troops']);
    await db.delete();
  });

  it('an upgrade that fails changes nothing: the rows stay where they were', async () => {
    const name = `upgrade-fails-${Math.random()}`;
    const v3 = new Dexie(name);
    v3.version(3).stores(V3_STORES);
    await v3.open();
    // A row without a page URL cannot be keyed by it: the move fails half-way.
    await v3.table('annotations').bulkPut([{ ...v1Record, id: 'a1' }, { ...v1Record, id: 'a2', page: { title: 'no url' } }]);
    v3.close();
    await expect(new ClaimlensDB(name).open()).rejects.toThrow();
    const again = new Dexie(name);
    again.version(3).stores(V3_STORES);
    await again.open();
    expect(again.verno).toBe(3);
    expect((await again.table('annotations').toArray()).map((a: { id: string }) => a.id)).toEqual(['a1', 'a2']);
    await again.delete();
  });

  it('upgrades a v5 database: each page record becomes a summary and its annotations move, unchanged, into bundles', async () => {
    const name = `upgrade-v5-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores(V5_STORES);
    await v5.open();
    const base = { ...v1Record, revision: 1, dismissed: false, createdAt: '2026-11-20T10:00:00.000Z' };
    const pageOf = (i: number) => ({ url: `https://www.rferl.org/a/${i}.html`, title: `Page ${i}`, ...(i === 0 ? { canonicalUrl: 'https://www.rferl.org/a/canon.html' } : {}) });
    // 40 pages of 20: more than one bundle's worth (utils/store/bundles.ts packs about 300 annotations a bundle).
    const records = Array.from({ length: 40 }, (_, p) => {
      const annotations = Array.from({ length: 20 }, (_, k) => ({ ...base, id: `p${p}-${k}`, page: pageOf(p), tags: [`tag${k % 3}`], updatedAt: new Date(Date.UTC(2026, 10, 1, p, k)).toISOString() }));
      return v5Record(pageOf(p).url, annotations);
    });
    records.push({ ...v5Record('https://www.rferl.org/a/emptied.html', []) }); // a page whose annotations were all deleted
    for (const r of records) for (const a of r.annotations) expect(AnnotationSchema.safeParse(a).success).toBe(true);
    await v5.table('pages').bulkPut(records);
    v5.close();

    const db = new ClaimlensDB(name);
    await db.open();
    expect(db.verno).toBe(6);
    const all = records.flatMap((r) => r.annotations);
    expect((await allAnnotations(db)).sort((a, b) => a.id.localeCompare(b.id))).toEqual([...all].sort((a, b) => a.id.localeCompare(b.id)));
    expect(await db.bundles.count()).toBeGreaterThan(1);
    for (const r of records) {
      const summary = await db.pages.get(r.url);
      expect(summary).toMatchObject({ canonicalUrls: r.canonicalUrls, tags: r.tags, count: r.annotations.length });
      expect(readStamps(summary!)).toEqual({ ids: r.annotations.map((a) => a.id), times: r.annotations.map((a) => a.updatedAt) });
      expect(summary?.updatedAt).toBe(r.updatedAt);
      expect(summary && 'annotations' in summary).toBe(false);
    }
    expect((await annotationsForPage(db, 'https://www.rferl.org/amp/0.html', 'https://www.rferl.org/a/canon.html')).map((a) => a.id)).toHaveLength(20);
    expect((await newestAnnotations(db, 2)).map((a) => a.id)).toEqual(['p39-19', 'p39-18']);
    expect((await findAnnotations(db, { tag: 'tag2', limit: 1000 })).length).toBe(40 * 6);
    await db.delete();
  });

  it('a v5 → v6 upgrade that fails changes nothing: the page records stay as they were', async () => {
    const name = `upgrade-v5-fails-${Math.random()}`;
    const v5 = new Dexie(name);
    v5.version(5).stores(V5_STORES);
    await v5.open();
    const one = { ...v1Record, id: 'a1', revision: 1, dismissed: false, page: { url: 'https://www.rferl.org/a/1.html', title: 'One' } };
    const good = v5Record(one.page.url, [one]);
    // A record whose annotations are not a list: the move fails half-way.
    const broken = { ...v5Record('https://www.rferl.org/a/2.html', []), annotations: 42 };
    await v5.table('pages').bulkPut([good, broken]);
    v5.close();
    await expect(new ClaimlensDB(name).open()).rejects.toThrow();
    const again = new Dexie(name);
    again.version(5).stores(V5_STORES);
    await again.open();
    expect(again.verno).toBe(5);
    expect(await again.table('pages').get(good.url)).toEqual(good);
    expect([...again.backendDB().objectStoreNames]).toEqual(['pages']);
    await again.delete();
  });

  it('keeps importing files exported by version 1', () => {
    const file = JSON.stringify({ format: 'claimlens-annotations', version: 1, exportedAt: '2026-11-21T08:00:00.000Z', scope: { kind: 'all' }, annotations: [v1Record] });
    const envelope = parseEnvelope(file);
    expect(envelope.annotations[0]).toMatchObject({ id: 'a1', revision: 1, dismissed: false, note: 'Matches the JCS statement' });
  });
});
