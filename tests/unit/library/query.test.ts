import { describe, expect, it } from 'vitest';
import { toEntry } from '../../../utils/library/entry';
import { applyFilter, EMPTY_FILTER, facets, filterIncrementally, refines, sortEntries, type LibraryFilter } from '../../../utils/library/query';
import type { Annotation } from '../../../utils/model/annotation';
import { buildSearchIndexNow } from '../../../utils/library/search-index';
import { makeAnnotation } from '../../support/annotations';

/** An annotation whose quote is `text` (the default one quotes "some 3,000 or more"). */
const quoting = (text: string, over: Partial<Annotation>) => {
  const base = makeAnnotation(over);
  return { ...base, target: { ...base.target, quote: { ...base.target.quote, exact: text, prefix: '', suffix: '' } } };
};

const troops = makeAnnotation({ id: 'troops', verdict: 'accurate', tags: ['troops'], note: 'Matches the JCS statement', updatedAt: '2026-11-24T10:00:00.000Z', createdAt: '2026-11-01T10:00:00.000Z' });
const peskov = quoting('заявил', {
  id: 'peskov',
  verdict: 'false',
  page: { url: 'https://www.svoboda.org/a/1.html', title: 'Песков о переговорах' },
  claim: { type: 'attribution', text: 'заявил', cue: 'заявить', sourceType: 'official', source: { start: 0, end: 6, text: 'Дмитрий Песков' } },
  sentence: 'Дмитрий Песков заявил, что переговоров не будет.',
  evidence: [{ url: 'https://kremlin.ru/events/1', title: 'Стенограмма' }],
  lastAnchor: { state: 'orphan', checkedAt: '2026-11-25T00:00:00.000Z' },
  updatedAt: '2026-11-22T10:00:00.000Z',
  createdAt: '2026-11-20T10:00:00.000Z',
});
const passage = quoting('visited Moscow in 2019 and 2023', {
  id: 'passage',
  page: { url: 'https://apnews.com/article/x', title: 'AP' },
  claim: { type: 'passage', text: 'visited Moscow in 2019 and 2023' },
  sentence: 'He visited Moscow in 2019 and 2023.',
  tags: ['travel', 'troops'],
  lastAnchor: { state: 'changed', text: 'visited Moscow in 2019', checkedAt: '2026-11-25T00:00:00.000Z' },
  updatedAt: '2026-11-23T10:00:00.000Z',
  createdAt: '2026-11-23T09:00:00.000Z',
});
const entries = [peskov, troops, passage].map(toEntry);
const ids = (over: Partial<LibraryFilter>) => applyFilter(entries, { ...EMPTY_FILTER, ...over }).map((e) => e.annotation.id);

describe('library filters and search', () => {
  it('lists everything newest first without a filter', () => {
    expect(ids({})).toEqual(['troops', 'passage', 'peskov']);
  });

  it('searches the quote, sentence, note, speaker, evidence, tags and site', () => {
    expect(ids({ text: '3000' })).toEqual(['troops']);
    expect(ids({ text: 'JCS statement' })).toEqual(['troops']);
    expect(ids({ text: 'песков' })).toEqual(['peskov']);
    expect(ids({ text: 'стенограмма' })).toEqual(['peskov']);
    expect(ids({ text: 'kremlin.ru' })).toEqual(['peskov']);
    expect(ids({ text: 'travel' })).toEqual(['passage']);
    expect(ids({ text: 'apnews' })).toEqual(['passage']);
    expect(ids({ text: 'nothing-like-this' })).toEqual([]);
  });

  it('filters by verdict, tag, site, kind, anchor state and date range', () => {
    expect(ids({ verdict: 'false' })).toEqual(['peskov']);
    expect(ids({ tag: 'troops' })).toEqual(['troops', 'passage']);
    expect(ids({ site: 'svoboda.org' })).toEqual(['peskov']);
    expect(ids({ kind: 'passage' })).toEqual(['passage']);
    expect(ids({ state: 'orphan' })).toEqual(['peskov']);
    expect(ids({ state: 'changed' })).toEqual(['passage']);
    expect(ids({ state: 'unchecked' })).toEqual(['troops']);
    expect(ids({ from: '2026-11-23' })).toEqual(['troops', 'passage']);
    expect(ids({ to: '2026-11-23' })).toEqual(['passage', 'peskov']);
    expect(ids({ from: '2026-11-23', to: '2026-11-23' })).toEqual(['passage']);
    expect(ids({ tag: 'troops', text: 'moscow' })).toEqual(['passage']);
  });

  it('sorts by created, site and verdict', () => {
    expect(ids({ sort: 'created' })).toEqual(['passage', 'peskov', 'troops']);
    expect(ids({ sort: 'site' })).toEqual(['passage', 'troops', 'peskov']);
    expect(ids({ sort: 'verdict' })).toEqual(['passage', 'troops', 'peskov']);
  });

  it('offers the tags and sites in use, most used first', () => {
    expect(facets(entries)).toEqual({ tags: ['troops', 'travel'], sites: ['apnews.com', 'rferl.org', 'svoboda.org'] });
  });
});

describe('filtering keystroke by keystroke', () => {
  it('knows when a query only narrows the previous one', () => {
    expect(refines([' troo'], [' troops'])).toBe(true);
    expect(refines([' troops'], [' troops', ' korea'])).toBe(true);
    expect(refines([' troops'], [' troo'])).toBe(false);
    expect(refines([' 30 '], [' 300 '])).toBe(false);
    expect(refines([], [' anything'])).toBe(true);
  });

  it('gives the same result as filtering from scratch, and re-checks only the previous result when it may', () => {
    const ordered = sortEntries([...entries], 'updated');
    let run = filterIncrementally(null, ordered, { ...EMPTY_FILTER, text: 'tr' });
    expect(run.result.map((e) => e.annotation.id)).toEqual(['troops', 'passage']);
    const previous = run.result;
    run = filterIncrementally(run, ordered, { ...EMPTY_FILTER, text: 'travel' });
    expect(run.result.map((e) => e.annotation.id)).toEqual(['passage']);
    // Another verdict, or a shorter query, starts again from the whole list.
    run = filterIncrementally(run, ordered, { ...EMPTY_FILTER, text: 'tr', verdict: 'false' });
    expect(run.result).toEqual([]);
    run = filterIncrementally({ ordered, filter: { ...EMPTY_FILTER, text: 'tr' }, needles: [' tr'], result: previous.slice(0, 1) }, ordered, { ...EMPTY_FILTER, text: 'troops' });
    // It trusted the previous result (one entry), which is what makes it fast.
    expect(run.result.map((e) => e.annotation.id)).toEqual(['troops']);
    expect(filterIncrementally(run, ordered, { ...EMPTY_FILTER, text: '' }).result).toHaveLength(3);
  });

  it('looks a first word up in the word index instead of re-checking the whole list, and re-checks only a short result', () => {
    const ordered = sortEntries([...entries], 'updated');
    const index = buildSearchIndexNow(ordered);
    // An index that knows no words: what it is asked, it does not find; a re-check of the list would.
    const deaf = { ...index, words: [], postings: [] };
    const empty = filterIncrementally(null, ordered, EMPTY_FILTER, index);
    expect(filterIncrementally(empty, ordered, { ...EMPTY_FILTER, text: 'tr' }, deaf).result).toEqual([]);
    const tr = filterIncrementally(empty, ordered, { ...EMPTY_FILTER, text: 'tr' }, index);
    expect(tr.result.map((e) => e.annotation.id)).toEqual(['troops', 'passage']);
    // Two entries (both mention troops): re-checked, not looked up.
    expect(filterIncrementally(tr, ordered, { ...EMPTY_FILTER, text: 'troops' }, deaf).result.map((e) => e.annotation.id)).toEqual(['troops', 'passage']);
  });
});
