import { afterEach, describe, expect, it } from 'vitest';
import { ClaimlensDB, putAnnotations } from '../../../utils/db';
import { FIRST_PAGE, loadAll, PAGES_PER_READ, type LoadProgress } from '../../../utils/library/load';
import { makeAnnotation } from '../../support/annotations';

let db: ClaimlensDB;
afterEach(() => db?.delete());

describe('reading the library', () => {
  it('gives the newest rows first, then every record once, page records in URL order, the total with the last read', async () => {
    db = new ClaimlensDB(`load-${Math.random()}`);
    // Three annotations on each page, more pages than one read takes.
    const pages = PAGES_PER_READ + 10;
    const count = pages * 3;
    const page = (i: number) => ({ url: `https://example.org/a/${String(i % pages).padStart(4, '0')}.html`, title: `Page ${i % pages}` });
    await putAnnotations(db, Array.from({ length: count }, (_, i) => makeAnnotation({ id: `id-${String(i).padStart(5, '0')}`, page: page(i), updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() })));
    const calls: LoadProgress[] = [];
    await loadAll(db, (p) => calls.push(p));
    expect(calls.map((c) => [c.total, c.annotations.length, c.done])).toEqual([
      [null, FIRST_PAGE, false],
      [null, PAGES_PER_READ * 3, false],
      [count, 10 * 3, true],
    ]);
    expect(calls[0].annotations.map((a) => a.id).slice(0, 2)).toEqual([`id-${String(count - 1).padStart(5, '0')}`, `id-${String(count - 2).padStart(5, '0')}`]);
    expect(new Set(calls.slice(1).flatMap((c) => c.annotations.map((a) => a.id))).size).toBe(count);
    expect(calls[1].annotations[0].page.url).toBe(page(0).url);
  });

  it('stops a load that a newer one replaced, and finishes at once on a small table', async () => {
    db = new ClaimlensDB(`load-${Math.random()}`);
    await putAnnotations(db, [makeAnnotation(), makeAnnotation()]);
    const calls: LoadProgress[] = [];
    await loadAll(db, (p) => calls.push(p));
    expect(calls.map((c) => [c.total, c.annotations.length, c.done])).toEqual([[2, 2, true]]);
    const stale: LoadProgress[] = [];
    await loadAll(db, (p) => stale.push(p), () => true);
    expect(stale).toEqual([]);
  });

  it('takes the newest page from a read started earlier (the page starts it with its script)', async () => {
    db = new ClaimlensDB(`load-${Math.random()}`);
    await putAnnotations(db, [makeAnnotation({ note: 'stored' })]);
    const early = makeAnnotation({ note: 'read early' });
    const calls: LoadProgress[] = [];
    await loadAll(db, (p) => calls.push(p), () => false, Promise.resolve([early]));
    expect(calls.map((c) => c.annotations.map((a) => a.note))).toEqual([['read early']]);
  });
});
