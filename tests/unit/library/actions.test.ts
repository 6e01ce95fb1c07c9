import { afterEach, describe, expect, it } from 'vitest';
import { allAnnotations, ClaimlensDB, getAnnotation, putAnnotations } from '../../../utils/db';
import { buildExport } from '../../../utils/export';
import { addTag, deleteMany, importFileText, restoreMany } from '../../../utils/library/actions';
import { makeAnnotation } from '../../support/annotations';

let db: ClaimlensDB;
afterEach(() => db?.delete());
const fresh = () => (db = new ClaimlensDB(`library-${Math.random()}`));

describe('library bulk actions', () => {
  it('deletes a selection across pages in one go and puts it back exactly on undo', async () => {
    fresh();
    const [a, b, c] = [makeAnnotation({ note: 'a' }), makeAnnotation({ note: 'b' }), makeAnnotation({ note: 'c', page: { url: 'https://www.svoboda.org/a/2.html', title: 'Другая' } })];
    await putAnnotations(db, [a, b, c]);
    const removed = await deleteMany(db, [a, c, { id: 'no-such-id', page: a.page }, { id: 'nor-this', page: { url: 'https://nowhere.example/' } }]);
    expect(removed.map((r) => r.id)).toEqual([a.id, c.id]);
    expect((await allAnnotations(db)).map((r) => r.id)).toEqual([b.id]);
    await restoreMany(db, removed);
    expect(await getAnnotation(db, c)).toEqual(c);
    expect(await allAnnotations(db)).toHaveLength(3);
  });

  it('adds a tag as a new revision, leaving records that already have it alone', async () => {
    fresh();
    const [a, b] = [makeAnnotation({ tags: ['x'] }), makeAnnotation({ tags: ['done'] })];
    await putAnnotations(db, [a, b]);
    const changed = await addTag(db, [a, b], ' done ', new Date('2026-11-27T12:00:00Z'));
    expect(changed.map((r) => r.id)).toEqual([a.id]);
    expect(await getAnnotation(db, a)).toMatchObject({ tags: ['x', 'done'], revision: 2, updatedAt: '2026-11-27T12:00:00.000Z' });
    expect(await getAnnotation(db, b)).toEqual(b);
    await expect(addTag(db, [a], '  ')).rejects.toThrow('Type a tag first');
  });

  it('imports an export and says what was added, updated and kept; a bad file changes nothing', async () => {
    fresh();
    const kept = makeAnnotation({ note: 'mine', updatedAt: '2026-11-25T00:00:00.000Z' });
    const older = makeAnnotation({ note: 'old', updatedAt: '2026-11-20T00:00:00.000Z' });
    await putAnnotations(db, [kept, older]);
    const incoming = [{ ...kept, note: 'theirs, older', updatedAt: '2026-11-21T00:00:00.000Z' }, { ...older, note: 'newer', updatedAt: '2026-11-26T00:00:00.000Z' }, makeAnnotation({ note: 'new' })];
    const file = buildExport('json', incoming, { kind: 'all' }).content;
    const result = await importFileText(db, file);
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(result.summary).toContain('1 new, 1 updated, 1 kept');
    expect((await getAnnotation(db, kept))?.note).toBe('mine');
    expect((await getAnnotation(db, older))?.note).toBe('newer');

    const before = await allAnnotations(db);
    await expect(importFileText(db, '{"format":"something else"}')).rejects.toThrow(/Not a valid Claimlens export/);
    await expect(importFileText(db, 'not json')).rejects.toThrow(/Not a JSON file/);
    const broken = JSON.parse(file);
    broken.annotations[1].verdict = 'maybe';
    await expect(importFileText(db, JSON.stringify(broken))).rejects.toThrow(/annotations\.1\.verdict/);
    expect(await allAnnotations(db)).toEqual(before);
  });
});
