import { afterEach, describe, expect, it } from 'vitest';
import { ClaimlensDB, putAnnotations } from '../../../utils/db';
import { FIRST_PAGE, loadAll, BUNDLES_PER_READ, type LoadProgress } from '../../../utils/library/load';
import { makeAnnotation } from '../../support/annotations';

let db: ClaimlensDB;
afterEach(() => db?.delete());

describe('reading the library', () => {
  it('gives the newest rows first, then every record once, bundle by bundle, the total with the last read', async () => {
    db = new ClaimlensDB(`load-${Math.random()}`);
    // Three annotations on each page, each page written on its own (one bundle each), more bundles than one read takes.
    const pages = BUNDLES_PER_READ + 2;
    const count = pages * 3;
    const page = (i: number) => ({ url: `https://example.org/a/${String(i % pages).padStart(4, '0')}.html`, title: `Page ${i % pages}` });
    const all = Array.from({ length: count }, (_, i) => makeAnnotation({ id: `id-${String(i).padStart(5, '0')}`, page: page(i), updatedAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }));
    for (let p = 0; p < pages; p++) await putAnnotations(db, all.filter((a) => a.page.url === page(p).url));
    const calls: LoadProgress[] = [];
    await loadAll(db, (p) => calls.push(p));
    expect(calls.map((c) => [c.total, c.annotations.length, c.done])).toEqual([
      [null, FIRST_PAGE, false],
      [null, BUNDLES_PER_READ * 3, false],
      [count, 2 * 3, true],
    ]);
    expect(calls[0].annotations.map((a) => a.id).slice(0, 2)).toEqual([`id-${String(count - 1).padStart(5, '0')}`, `id-${String(count - 2).padStart(5, '0')}`]);
    expect(calls.slice(1).flatMap((c) => c.annotations.map((a) => a.id)).sort()).toEqual(all.map((a) => a.id).sort());
  });

  it('reads each annotation once when an import packed many pages into few bundles', async () => {
    db = new ClaimlensDB(`load-${Math.random()}`);
    const all = Array.from({ length: 900 }, (_, i) => makeAnnotation({ id: `id-${String(i).padStart(5, '0')}`, page: { url: `https://example.org/${i % 90}`, title: 'Page' } }));
    await putAnnotations(db, all);
    const calls: LoadProgress[] = [];
    await loadAll(db, (p) => calls.push(p));
    expect(calls.at(-1)).toMatchObject({ total: 900, done: true });
    expect(calls.slice(1).flatMap((c) => c.annotations.map((a) => a.id)).sort()).toEqual(all.map((a) => a.id).sort());
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
