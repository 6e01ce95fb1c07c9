import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { ClaimlensDB } from '../../utils/db';
import { parseEnvelope } from '../../utils/export/envelope';
import { AnnotationSchema } from '../../utils/model/annotation';

const V1_STORES = { annotations: 'id, page.url, page.canonicalUrl, verdict, *tags, updatedAt, [page.url+updatedAt]' };

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
  it('version 2 opens with the indexes for page, verdict, tag, recent and claim kind', async () => {
    const db = new ClaimlensDB(`schema-${Math.random()}`);
    await db.open();
    expect(db.verno).toBe(2);
    const indexes = db.annotations.schema.indexes.map((i) => i.name).sort();
    expect(indexes).toEqual(['[page.url+updatedAt]', 'claim.type', 'page.canonicalUrl', 'page.url', 'tags', 'updatedAt', 'verdict'].sort());
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
    expect(db.verno).toBe(2);
    const upgraded = await db.annotations.get('a1');
    expect(upgraded).toEqual({
      ...v1Record,
      revision: 1,
      dismissed: false,
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:30:00.000Z',
    });
    expect(AnnotationSchema.safeParse(upgraded).success).toBe(true);
    // The index added in v2 serves the upgraded rows.
    expect(await db.annotations.where('claim.type').equals('quantity').count()).toBe(2);
    // UTC strings now sort as instants: the 08:00Z edit is the most recent.
    expect((await db.annotations.orderBy('updatedAt').last())?.id).toBe('a2');
    await db.delete();
  });

  it('keeps importing files exported by version 1', () => {
    const file = JSON.stringify({ format: 'claimlens-annotations', version: 1, exportedAt: '2026-11-21T08:00:00.000Z', scope: { kind: 'all' }, annotations: [v1Record] });
    const envelope = parseEnvelope(file);
    expect(envelope.annotations[0]).toMatchObject({ id: 'a1', revision: 1, dismissed: false, note: 'Matches the JCS statement' });
  });
});
