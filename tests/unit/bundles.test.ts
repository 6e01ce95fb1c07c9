import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../utils/model/annotation';
import { listIn, moveSummary, packPages, planWrite, type Bundle } from '../../utils/store/bundles';
import { readStamps, type PageSummary } from '../../utils/store/page-record';

/** Only what the planner reads of an annotation. */
const note = (url: string, n: number, minute: number) => ({ id: `${url}#${n}`, page: { url }, tags: [`t${n % 2}`], updatedAt: new Date(Date.UTC(2026, 10, 1, 0, minute)).toISOString() }) as unknown as Annotation;

/** An in-memory store that applies plans as utils/store/annotations.ts does, and checks the invariants of utils/store/bundles.ts. */
class MemoryStore {
  summaries = new Map<string, PageSummary>();
  bundles = new Map<string, Bundle>();
  private next = 0;

  write(changed: Map<string, Annotation[]>, options: { split?: boolean; size?: number }) {
    const stored = {
      summaries: new Map([...changed.keys()].map((url) => [url, this.summaries.get(url)])),
      bundles: new Map([...changed.keys()].flatMap((url) => {
        const key = this.summaries.get(url)?.bundle;
        return key === undefined ? [] : [[key, this.bundles.get(key)] as const];
      })),
    };
    const plan = planWrite(changed, stored, 'now', () => `b${this.next++}`, options);
    for (const [key, bundle] of plan.bundles) this.bundles.set(key, bundle);
    for (const key of plan.deleted) this.bundles.delete(key);
    for (const summary of plan.summaries) this.summaries.set(summary.url, summary);
    for (const [url, key] of plan.moved) this.summaries.set(url, moveSummary(this.summaries.get(url)!, key, 'now'));
    return plan;
  }

  list(url: string): Annotation[] {
    const key = this.summaries.get(url)?.bundle;
    return key === undefined ? [] : listIn(this.bundles.get(key), url);
  }

  /** Every broken invariant, in words (empty when all hold). */
  problems(size: number, split: boolean): string[] {
    const found: string[] = [];
    for (const [url, summary] of this.summaries) {
      const list = this.list(url);
      const { ids, times } = readStamps(summary);
      if (summary.count !== list.length || ids.length !== list.length || ids.some((id, i) => id !== list[i].id || times[i] !== list[i].updatedAt)) found.push(`${url}: count, ids or times differ from its list`);
      if ((summary.bundle === undefined) !== (summary.count === 0)) found.push(`${url}: has annotations iff it names a bundle`);
      if (summary.bundle !== undefined && !this.bundles.has(summary.bundle)) found.push(`${url}: names a missing bundle`);
    }
    for (const [key, bundle] of this.bundles) {
      if (bundle.pages.length === 0) found.push(`${key}: empty bundle`);
      const count = bundle.pages.reduce((n, e) => n + e.annotations.length, 0);
      if (split && bundle.pages.length > 1 && count > 2 * size) found.push(`${key}: ${count} annotations, past twice the size`);
      for (const entry of bundle.pages) {
        if (entry.annotations.length === 0) found.push(`${key}: empty list for ${entry.url}`);
        if (this.summaries.get(entry.url)?.bundle !== key) found.push(`${key}: holds ${entry.url}, which names another bundle`);
      }
      if (new Set(bundle.pages.map((e) => e.url)).size !== bundle.pages.length) found.push(`${key}: a page twice`);
    }
    return found;
  }
}

describe('annotation bundles', () => {
  it('packs the newest pages first, never splitting a page, about `size` annotations a bundle', () => {
    const entry = (url: string, count: number, minute: number) => ({ url, annotations: Array.from({ length: count }, (_, i) => note(url, i, minute + i)) });
    const packed = packPages([entry('old', 3, 0), entry('big', 9, 100), entry('new', 2, 200), entry('mid', 2, 50)], 4);
    expect(packed.map((bundle) => bundle.map((e) => e.url))).toEqual([['new'], ['big'], ['mid'], ['old']]);
    expect(packPages([entry('a', 1, 3), entry('b', 1, 2), entry('c', 1, 1)], 2).map((bundle) => bundle.map((e) => e.url))).toEqual([['a', 'b'], ['c']]);
  });

  it('any sequence of writes keeps every page’s list exactly, and every invariant', () => {
    const urls = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
    const write = fc.dictionary(fc.constantFrom(...urls), fc.integer({ min: 0, max: 7 }), { minKeys: 1 });
    fc.assert(
      fc.property(fc.array(write, { minLength: 1, maxLength: 12 }), fc.boolean(), fc.integer({ min: 1, max: 6 }), (writes, split, size) => {
        const store = new MemoryStore();
        const model = new Map<string, Annotation[]>();
        writes.forEach((counts, step) => {
          const changed = new Map(Object.entries(counts).map(([url, count]) => [url, Array.from({ length: count }, (_, i) => note(url, step * 10 + i, step * 10 + i))]));
          store.write(changed, { split, size });
          for (const [url, list] of changed) model.set(url, list);
          expect(store.problems(size, split)).toEqual([]);
          for (const [url, list] of model) expect(store.list(url)).toEqual(list);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a page changed alone stays in its bundle with the other pages, which are not written', () => {
    const store = new MemoryStore();
    store.write(new Map(['a', 'b', 'c'].map((url) => [url, [note(url, 0, 1)]])), { size: 10 });
    expect(store.bundles.size).toBe(1);
    const plan = store.write(new Map([['b', [note('b', 1, 2)]]]), { size: 10 });
    expect(plan.summaries.map((s) => s.url)).toEqual(['b']);
    expect(plan.moved.size).toBe(0);
    expect([...store.bundles.values()][0].pages.map((e) => e.url)).toEqual(['a', 'b', 'c']);
    // Emptied: it leaves the bundle; the last page out deletes the bundle.
    store.write(new Map([['a', []], ['b', []]]), { size: 10 });
    expect([...store.bundles.values()][0].pages.map((e) => e.url)).toEqual(['c']);
    expect(store.write(new Map([['c', []]]), { size: 10 }).deleted).toHaveLength(1);
    expect(store.bundles.size).toBe(0);
    expect(store.problems(10, true)).toEqual([]);
  });

  it('splits a bundle grown past twice the size, and names the pages it moved (unless told not to split)', () => {
    const store = new MemoryStore();
    const list = (url: string, count: number, from: number) => Array.from({ length: count }, (_, i) => note(url, from + i, from + i));
    store.write(new Map(['a', 'b', 'c'].map((url) => [url, list(url, 2, 0)])), { size: 6 });
    expect(store.bundles.size).toBe(1);
    const unsplit = new MemoryStore();
    unsplit.write(new Map(['a', 'b', 'c'].map((url) => [url, list(url, 2, 0)])), { size: 6 });
    unsplit.write(new Map([['a', list('a', 12, 10)]]), { size: 6, split: false });
    expect(unsplit.bundles.size).toBe(1);
    const plan = store.write(new Map([['a', list('a', 12, 10)]]), { size: 6 });
    expect(store.bundles.size).toBe(2);
    expect([...plan.moved.keys()].length).toBeGreaterThan(0);
    expect(store.problems(6, true)).toEqual([]);
    expect(store.list('a')).toHaveLength(12);
    expect(store.list('b')).toHaveLength(2);
  });
});
