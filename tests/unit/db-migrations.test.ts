import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { allTags, annotationsForPage, ClaimlensDB, findAnnotations } from '../../utils/db';
import { parseEnvelope } from '../../utils/export/envelope';
import { AnnotationSchema } from '../../utils/model/annotation';

const V1_STORES = { annotations: 'id, page.url, page.canonicalUrl, verdict, *tags, updatedAt, [page.url+updatedAt]' };
const V2_STORES = { annotations: 'id, page.url, page.canonicalUrl, verdict, *tags, updatedAt, [page.url+updatedAt], claim.type' };

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
  it('version 3 opens with the indexes something reads: page, canonical page, tag and recent', async () => {
    const db = new ClaimlensDB(`schema-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(3);
    const indexes = db.annotations.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual(['page.canonicalUrl', 'page.url', 'tags', 'updatedAt']);
    // What the browser holds, not only what Dexie declares.
    expect([...db.backendDB().transaction('annotations').objectStore('annotations').indexNames].sort()).toEqual(indexes);
    expect(db.annotations.schema.indexes.find((i) => i.name === 'tags')?.multi).toBe(true);
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
    expect(db.verno).toBe(3);
    const upgraded = await db.annotations.get('a1');
    expect(upgraded).toEqual({
      ...v1Record,
      revision: 1,
      dismissed: false,
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:30:00.000Z',
    });
    expect(AnnotationSchema.safeParse(upgraded).success).toBe(true);
    // The indexes kept serve the upgraded rows.
    expect(await db.annotations.where('tags').equals('drones').primaryKeys()).toEqual(['a2']);
    expect(await db.annotations.where('page.url').equals(v1Record.page.url).count()).toBe(2);
    // UTC strings now sort as instants: the 08:00Z edit is the most recent.
    expect((await db.annotations.orderBy('updatedAt').last())?.id).toBe('a2');
    await db.delete();
  });

  it('upgrades a v2 database to v3: the unread indexes go, every record is kept exactly, the rest still find them', async () => {
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
    expect(db.verno).toBe(3);
    expect([...db.backendDB().transaction('annotations').objectStore('annotations').indexNames].sort()).toEqual(['page.canonicalUrl', 'page.url', 'tags', 'updatedAt']);
    // Every record exactly as v2 stored it, field for field.
    expect(await db.annotations.orderBy(':id').toArray()).toEqual(v2Records);
    // The kept indexes still serve the upgraded rows, and what the dropped ones served still works.
    expect((await annotationsForPage(db, 'https://www.svoboda.org/a/other.html', 'https://www.svoboda.org/a/canonical.html')).map((a) => a.id)).toEqual(['a2']);
    expect(await allTags(db)).toEqual(['drones', 'troops']);
    expect((await findAnnotations(db, { verdict: 'false' })).map((a) => a.id)).toEqual(['a2']);
    expect((await findAnnotations(db, { tag: 'troops' })).map((a) => a.id)).toEqual(['a2', 'a1']);
    expect((await db.annotations.orderBy('updatedAt').reverse().primaryKeys())).toEqual(['a2', 'a1', 'a3']);
    await db.delete();
  });

  it('keeps importing files exported by version 1', () => {
    const file = JSON.stringify({ format: 'claimlens-annotations', version: 1, exportedAt: '2026-11-21T08:00:00.000Z', scope: { kind: 'all' }, annotations: [v1Record] });
    const envelope = parseEnvelope(file);
    expect(envelope.annotations[0]).toMatchObject({ id: 'a1', revision: 1, dismissed: false, note: 'Matches the JCS statement' });
  });
});
