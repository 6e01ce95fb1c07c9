import { afterEach, describe, expect, it } from 'vitest';
import { ClaimlensDB } from '../../../utils/db';
import { CHUNK, FIRST_PAGE, loadAll, type LoadProgress } from '../../../utils/library/load';
import { makeAnnotation } from '../../support/annotations';

let db: ClaimlensDB;
afterEach(() => db?.delete());

describe('reading the library', () => {
  it('gives the newest rows first, before the count, then every record once, chunk by chunk', async () => {
    db = new ClaimlensDB(`load-${Math.random()}`);
    const count = CHUNK + 100;
    await db.annotations.bulkPut(Array.from({ length: count }, (_, i) => makeAnnotation({ id: `id-${String(i).padStart(5, '0')}`, updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() })));
    const calls: LoadProgress[] = [];
    await loadAll(db, (p) => calls.push(p));
    expect(calls.map((c) => [c.total, c.annotations.length, c.done])).toEqual([
      [null, FIRST_PAGE, false],
      [count, CHUNK, false],
      [count, 100, true],
    ]);
    expect(calls[0].annotations[0].id).toBe(`id-${String(count - 1).padStart(5, '0')}`);
    expect(new Set(calls.slice(1).flatMap((c) => c.annotations.map((a) => a.id))).size).toBe(count);
  });

  it('stops a load that a newer one replaced, and finishes at once on a small table', async () => {
    db = new ClaimlensDB(`load-${Math.random()}`);
    await db.annotations.bulkPut([makeAnnotation(), makeAnnotation()]);
    const calls: LoadProgress[] = [];
    await loadAll(db, (p) => calls.push(p));
    expect(calls.map((c) => [c.total, c.annotations.length, c.done])).toEqual([[2, 2, true]]);
    const stale: LoadProgress[] = [];
    await loadAll(db, (p) => stale.push(p), () => true);
    expect(stale).toEqual([]);
  });

  it('takes the newest page from a read started earlier (the page starts it with its script)', async () => {
    db = new ClaimlensDB(`load-${Math.random()}`);
    await db.annotations.bulkPut([makeAnnotation({ note: 'stored' })]);
    const early = makeAnnotation({ note: 'read early' });
    const calls: LoadProgress[] = [];
    await loadAll(db, (p) => calls.push(p), () => false, Promise.resolve([early]));
    expect(calls.map((c) => c.annotations.map((a) => a.note))).toEqual([['read early']]);
  });
});
