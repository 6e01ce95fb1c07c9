import { afterEach, describe, expect, it } from 'vitest';
import { seedLibraryInPage } from '../../scripts/lib/library-seed';
import { allAnnotations, ClaimlensDB, countAnnotations, newestAnnotations } from '../../utils/db';
import { listIn, packPages } from '../../utils/store/bundles';
import { pageSummary } from '../../utils/store/page-record';

/**
 * The bench's seed writes raw IndexedDB records (it runs serialised in the page, so it cannot import the store's
 * code): it must leave exactly what the store itself would write, or the bench measures another database.
 */
let db: ClaimlensDB;
afterEach(() => db?.delete());

async function expectStoreShape(): Promise<void> {
  const summaries = await db.pages.toArray();
  const keys = await db.bundles.toCollection().primaryKeys();
  const bundles = new Map(keys.map((key, i) => [key, i]));
  const stored = await db.bundles.bulkGet(keys);
  for (const summary of summaries) {
    const bundle = stored[bundles.get(summary.bundle!)!];
    expect(summary).toEqual(pageSummary(summary.url, listIn(bundle, summary.url), summary.writtenAt, summary.bundle));
  }
  for (const [i, bundle] of stored.entries()) {
    expect(bundle!.pages.length).toBeGreaterThan(0);
    for (const entry of bundle!.pages) expect(summaries.find((s) => s.url === entry.url)?.bundle).toBe(keys[i]);
  }
}

describe('the bench’s seed', () => {
  it('writes the records the store writes: summaries equal to pageSummary of their bundle’s list, bundles of ~300 annotations', async () => {
    db = new ClaimlensDB(); // the seed writes into the extension's database by its name
    await db.open();
    await seedLibraryInPage({ count: 12_000 });
    await expectStoreShape();
    expect(await countAnnotations(db)).toBe(12_000);
    // Packed as an import packs them (packPages), none past 300 annotations; the seed packs each of its
    // transactions (300 pages) on its own, so a bundle may end early at a transaction's end.
    const bundles = await db.bundles.toArray();
    const entries = bundles.flatMap((bundle) => bundle.pages);
    expect(bundles.length).toBeGreaterThanOrEqual(packPages(entries).length);
    expect(bundles.length).toBeLessThanOrEqual(packPages(entries).length + Math.ceil(5000 / 300));
    for (const bundle of bundles) expect(bundle.pages.reduce((n, e) => n + e.annotations.length, 0)).toBeLessThanOrEqual(300);
    expect((await newestAnnotations(db, 2)).map((a) => a.id)).toEqual(['00000000-0000-4000-8000-000000011999', '00000000-0000-4000-8000-000000011998']);
  });

  it('merges a second seed into the pages already there', async () => {
    db = new ClaimlensDB();
    await db.open();
    await seedLibraryInPage({ count: 30 });
    await seedLibraryInPage({ count: 6_000, start: 30 });
    await seedLibraryInPage({ count: 10, start: 0 }); // the same records again: replaced, not added
    await expectStoreShape();
    expect(await countAnnotations(db)).toBe(6_030);
    expect(new Set((await allAnnotations(db)).map((a) => a.id)).size).toBe(6_030);
  });
});
