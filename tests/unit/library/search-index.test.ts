import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toEntry } from '../../../utils/library/entry';
import { EMPTY_FILTER, filterEntries } from '../../../utils/library/query';
import { buildSearchIndex, buildSearchIndexNow, searchEntries } from '../../../utils/library/search-index';
import { queryNeedles } from '../../../utils/library/normalize';
import { makeAnnotation } from '../../support/annotations';

const words = ['troops', 'troop', 'tro', 'заявил', 'ЗАЯВИЛ', 'Ёлка', 'елка', '3,000', '3000', '30,000', '1,5', '1.5', 'evidence.example', 'Official', '12', '120', 'crème', 'creme', 'x'];
const text = fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((w) => w.join(' '));
const annotation = fc.record({ note: text, sentence: text, tags: fc.array(fc.constantFrom('troops', 'grain', 'énergie'), { maxLength: 2 }) }).map((over) => makeAnnotation(over));

describe('the word index finds what the scan finds', () => {
  it('for any records and any query (fast-check, seeded)', () => {
    fc.assert(
      fc.property(fc.array(annotation, { maxLength: 25 }), text, (annotations, query) => {
        const entries = annotations.map(toEntry);
        const filter = { ...EMPTY_FILTER, text: query };
        const index = buildSearchIndexNow(entries);
        expect(filterEntries(entries, filter, index)).toEqual(filterEntries(entries, filter));
        // A list in another order, and part of what the index covers (the page's sorted list; a subset).
        const reordered = [...entries].reverse().filter((_, i) => i % 3 !== 1);
        expect(filterEntries(reordered, filter, index)).toEqual(filterEntries(reordered, filter));
      }),
      { seed: 20261127, numRuns: 400 },
    );
  });

  it('a prefix finds longer words, a number only itself', () => {
    const entries = [makeAnnotation({ note: 'troops 3,000' }), makeAnnotation({ note: 'trooper 30,000' })].map(toEntry);
    const index = buildSearchIndexNow(entries);
    const ids = (query: string) => [...searchEntries(index, queryNeedles(query))].map((e) => e.annotation.note);
    expect(ids('troop')).toEqual(['troops 3,000', 'trooper 30,000']);
    expect(ids('30000')).toEqual(['trooper 30,000']);
    expect(ids('troops 30000')).toEqual([]);
  });

  it('built in slices, it is the same index; a replaced list stops the build', async () => {
    const entries = Array.from({ length: 600 }, (_, i) => makeAnnotation({ note: `note ${i}` })).map(toEntry);
    let yields = 0;
    const sliced = await buildSearchIndex(entries, () => false, async () => void yields++);
    expect(sliced).toEqual(buildSearchIndexNow(entries));
    expect(await buildSearchIndex(entries, () => true, async () => undefined)).toBeNull();
  });
});
