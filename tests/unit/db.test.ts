import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  ClaimlensDB,
  StorageError,
  allTags,
  annotationsForPage,
  deleteAnnotation,
  findAnnotations,
  importAnnotations,
  saveAnnotation,
  updateAnnotation,
} from '../../utils/db';
import { makeAnnotation } from '../support/annotations';

let db: ClaimlensDB;
beforeEach(() => {
  db = new ClaimlensDB(`test-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('annotation storage', () => {
  it('finds a page’s annotations by URL or by the canonical URL it declares, in text order', async () => {
    const page = { url: 'https://example.org/a?id=1', canonicalUrl: 'https://example.org/story', title: 'Story' };
    const later = makeAnnotation({ page, target: { ...makeAnnotation().target, position: { type: 'TextPositionSelector', start: 500, end: 505 } } });
    const earlier = makeAnnotation({ page, target: { ...makeAnnotation().target, position: { type: 'TextPositionSelector', start: 10, end: 15 } } });
    const elsewhere = makeAnnotation({ page: { url: 'https://example.org/other', title: 'Other' } });
    for (const a of [later, earlier, elsewhere]) await saveAnnotation(db, a);

    expect((await annotationsForPage(db, 'https://example.org/a?id=1')).map((a) => a.id)).toEqual([earlier.id, later.id]);
    // Reached through another URL that declares the same canonical one.
    expect(await annotationsForPage(db, 'https://example.org/amp/story', 'https://example.org/story')).toHaveLength(2);
    expect(await annotationsForPage(db, 'https://example.org/nothing')).toEqual([]);
  });

  it('applies edits, stamps the update time and keeps the rest', async () => {
    const a = await saveAnnotation(db, makeAnnotation());
    const { annotation: next } = await updateAnnotation(db, a.id, { verdict: 'misleading', note: 'JCS said 3,000; headline implies more' }, { now: new Date('2026-11-21T08:00:00Z') });
    expect(next.verdict).toBe('misleading');
    expect(next.updatedAt).toBe('2026-11-21T08:00:00.000Z');
    expect(next.createdAt).toBe(a.createdAt);
    expect((await db.annotations.get(a.id))?.note).toBe('JCS said 3,000; headline implies more');
  });

  it('rejects an invalid edit with a clear error and keeps the stored record', async () => {
    const a = await saveAnnotation(db, makeAnnotation({ note: 'keep me' }));
    await expect(updateAnnotation(db, a.id, { evidence: [{ url: 'not a url' }] })).rejects.toBeInstanceOf(StorageError);
    expect((await db.annotations.get(a.id))?.note).toBe('keep me');
    await expect(updateAnnotation(db, 'missing', { note: 'x' })).rejects.toThrow(/no annotation with id missing/);
  });

  it('searches by verdict, by tag and by words, newest first', async () => {
    await saveAnnotation(db, makeAnnotation({ verdict: 'false', tags: ['troops'], note: 'Pentagon figure differs', updatedAt: '2026-11-22T00:00:00.000Z' }));
    await saveAnnotation(db, makeAnnotation({ verdict: 'accurate', tags: ['troops', 'drones'], updatedAt: '2026-11-23T00:00:00.000Z' }));
    await saveAnnotation(db, makeAnnotation({ verdict: 'false', tags: [], updatedAt: '2026-11-24T00:00:00.000Z' }));

    expect((await findAnnotations(db, { verdict: 'false' })).map((a) => a.updatedAt)).toEqual(['2026-11-24T00:00:00.000Z', '2026-11-22T00:00:00.000Z']);
    expect(await findAnnotations(db, { tag: 'troops' })).toHaveLength(2);
    expect(await findAnnotations(db, { tag: 'troops', verdict: 'false' })).toHaveLength(1);
    expect(await findAnnotations(db, { text: 'pentagon FIGURE' })).toHaveLength(1);
    expect((await findAnnotations(db, {}))[0].updatedAt).toBe('2026-11-24T00:00:00.000Z');
    // A limit counts matches, newest first (the walk stops there).
    expect((await findAnnotations(db, { verdict: 'false', limit: 1 })).map((a) => a.updatedAt)).toEqual(['2026-11-24T00:00:00.000Z']);
    expect((await findAnnotations(db, { text: 'pentagon', limit: 1 })).map((a) => a.updatedAt)).toEqual(['2026-11-22T00:00:00.000Z']);
    expect((await findAnnotations(db, { tag: 'troops', limit: 1 })).map((a) => a.updatedAt)).toEqual(['2026-11-23T00:00:00.000Z']);
    expect(await allTags(db)).toEqual(['drones', 'troops']);
  });

  it('deletes', async () => {
    const a = await saveAnnotation(db, makeAnnotation());
    await deleteAnnotation(db, a.id);
    expect(await db.annotations.count()).toBe(0);
  });

  it('imports by merging, never overwriting newer work on this device', async () => {
    const mine = await saveAnnotation(db, makeAnnotation({ note: 'newer here', updatedAt: '2026-11-25T00:00:00.000Z' }));
    const older = { ...mine, note: 'older copy', updatedAt: '2026-11-01T00:00:00.000Z' };
    const fresh = makeAnnotation();
    expect(await importAnnotations(db, [older, fresh])).toMatchObject({ added: 1, updated: 0, unchanged: 1, duplicates: 0, droppedLinks: [], unknownFields: [] });
    expect((await db.annotations.get(mine.id))?.note).toBe('newer here');
    const newer = { ...mine, note: 'from colleague', updatedAt: '2026-11-26T00:00:00.000Z' };
    expect(await importAnnotations(db, [newer])).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
  });

  it('imports nothing when one record is invalid', async () => {
    const bad = { ...makeAnnotation(), verdict: 'kinda-true' } as never;
    await expect(importAnnotations(db, [makeAnnotation(), bad])).rejects.toBeInstanceOf(StorageError);
    expect(await db.annotations.count()).toBe(0);
  });

  it('reports a storage failure as a StorageError instead of losing it silently', async () => {
    db.close();
    await expect(saveAnnotation(db, makeAnnotation())).rejects.toThrow(/Could not save the annotation/);
  });
});

describe('edits from several views', () => {
  it('bumps the revision on every write', async () => {
    const a = await saveAnnotation(db, makeAnnotation());
    const first = await updateAnnotation(db, a.id, { note: 'one' }, { base: a });
    const second = await updateAnnotation(db, a.id, { note: 'two' }, { base: first.annotation });
    expect([a.revision, first.annotation.revision, second.annotation.revision]).toEqual([1, 2, 3]);
    expect(second.conflicts).toEqual([]);
  });

  it('merges a stale write: keeps the other view’s fields and reports fields both changed', async () => {
    const base = await saveAnnotation(db, makeAnnotation({ note: 'start' }));
    // View B saves a verdict and a note first.
    await updateAnnotation(db, base.id, { verdict: 'false', note: 'B’s note' }, { base });
    // View A, still on the base revision, writes its whole draft: a new note, the old verdict.
    const a = await updateAnnotation(db, base.id, { verdict: 'unreviewed', note: 'A’s note', tags: ['a'] }, { base });
    expect(a.annotation.verdict).toBe('false'); // only B changed it: B's value is kept
    expect(a.annotation.note).toBe('A’s note'); // both changed it: this write wins, and says so
    expect(a.annotation.tags).toEqual(['a']);
    expect(a.mergedFromOther).toEqual(['verdict']);
    expect(a.conflicts).toEqual(['note']);
    expect(a.overwritten).toEqual({ note: 'B’s note' });
    expect(a.annotation.revision).toBe(3);
  });
});
