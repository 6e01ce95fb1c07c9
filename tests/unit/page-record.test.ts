import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { byPage, newerFirst, newestOfPages, pageSummary, readStamps, withAnnotation } from '../../utils/store/page-record';
import { makeAnnotation } from '../support/annotations';

const page = (url: string, canonicalUrl?: string) => ({ url, title: url, ...(canonicalUrl ? { canonicalUrl } : {}) });

describe('page summaries', () => {
  it('sum up their annotations: canonical URLs and tags once each, ids and times in list order, the newest time, the bundle', () => {
    const a = makeAnnotation({ page: page('https://a.example/1', 'https://a.example/c'), tags: ['troops', 'drones'], updatedAt: '2026-11-02T00:00:00.000Z' });
    const b = makeAnnotation({ page: page('https://a.example/1', 'https://a.example/c'), tags: ['drones'], updatedAt: '2026-11-05T00:00:00.000Z' });
    const c = makeAnnotation({ page: page('https://a.example/1'), tags: [], updatedAt: '2026-11-03T00:00:00.000Z' });
    expect(pageSummary('https://a.example/1', [a, b, c], '2026-11-27T00:00:00.000Z', 'bundle-1')).toEqual({
      url: 'https://a.example/1',
      canonicalUrls: ['https://a.example/c'],
      tags: ['troops', 'drones'],
      updatedAt: '2026-11-05T00:00:00.000Z',
      writtenAt: '2026-11-27T00:00:00.000Z',
      count: 3,
      stamps: JSON.stringify([
        [a.id, b.id, c.id],
        [a.updatedAt, b.updatedAt, c.updatedAt],
      ]),
      bundle: 'bundle-1',
    });
    // No annotations: no time at all, so the time index leaves the record out, and no bundle.
    const empty = pageSummary('https://a.example/1', [], '2026-11-27T00:00:00.000Z', 'bundle-1');
    expect('updatedAt' in empty || 'bundle' in empty).toBe(false);
    expect(readStamps(empty)).toEqual({ ids: [], times: [] });
    // Ids are data: any string reads back as it was.
    const odd = makeAnnotation({ id: 'a"\\],\n\t[b' });
    expect(readStamps(pageSummary('https://a.example/1', [odd], 'now')).ids).toEqual([odd.id]);
  });

  it('puts an annotation in place of the one with its id, or adds it, without changing the list it was given', () => {
    const a = makeAnnotation();
    const b = makeAnnotation();
    const list = [a, b];
    const edited = { ...a, note: 'edited' };
    expect(withAnnotation(list, edited)).toEqual([edited, b]);
    expect(list).toEqual([a, b]);
    const c = makeAnnotation();
    expect(withAnnotation(list, c)).toEqual([a, b, c]);
  });

  it('groups by page URL in first-seen order', () => {
    const refs = [{ id: '1', page: { url: 'b' } }, { id: '2', page: { url: 'a' } }, { id: '3', page: { url: 'b' } }];
    expect([...byPage(refs)].map(([url, group]) => [url, group.map((r) => r.id)])).toEqual([
      ['b', ['1', '3']],
      ['a', ['2']],
    ]);
  });

  it('the `limit` pages with the newest times hold exactly the `limit` newest annotations of all pages', () => {
    const annotationArb = fc.record({ page: fc.integer({ min: 0, max: 6 }), minute: fc.integer({ min: 0, max: 40 }) });
    fc.assert(
      fc.property(fc.array(annotationArb, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (specs, limit) => {
        const all = specs.map((s, i) =>
          makeAnnotation({ id: `id-${String(i).padStart(3, '0')}`, page: page(`https://p.example/${s.page}`), updatedAt: new Date(Date.UTC(2026, 10, 1, 0, s.minute)).toISOString() }),
        );
        const records = [...byPage(all)].map(([url, list]) => ({ ...pageSummary(url, list, '2026-11-27T00:00:00.000Z'), annotations: list }));
        // What the updatedAt index gives, newest first: the `limit` newest page records.
        const newestPages = [...records].sort((x, y) => (x.updatedAt! < y.updatedAt! ? 1 : x.updatedAt! > y.updatedAt! ? -1 : 0)).slice(0, limit);
        const expected = [...all].sort(newerFirst).slice(0, limit);
        expect(newestOfPages(newestPages, limit).map((a) => a.updatedAt)).toEqual(expected.map((a) => a.updatedAt));
      }),
    );
  });
});
