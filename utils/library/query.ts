import type { ClaimKind } from '../model/claim';
import { VERDICTS, type Verdict } from '../model/annotation';
import { compareStrings, newestAnnotationFirst, type LibraryEntry, type LibraryState } from './entry';
import { matchesNeedles, queryNeedles } from './normalize';
import { buildSearchIndexNow, searchList, type SearchIndex } from './search-index';

export const SORTS = ['updated', 'created', 'site', 'verdict'] as const;
export type LibrarySort = (typeof SORTS)[number];

export interface LibraryFilter {
  text: string;
  verdict: Verdict | '';
  tag: string;
  site: string;
  kind: ClaimKind | '';
  state: LibraryState | '';
  /** Updated on or after this day (YYYY-MM-DD, UTC), inclusive. */
  from: string;
  /** Updated on or before this day (YYYY-MM-DD, UTC), inclusive. */
  to: string;
  sort: LibrarySort;
}

export const EMPTY_FILTER: LibraryFilter = { text: '', verdict: '', tag: '', site: '', kind: '', state: '', from: '', to: '', sort: 'updated' };

export function isFiltered(filter: LibraryFilter): boolean {
  return (Object.keys(EMPTY_FILTER) as (keyof LibraryFilter)[]).some((k) => k !== 'sort' && filter[k] !== EMPTY_FILTER[k]);
}

/** The entries a filter keeps, in its order. */
export function applyFilter(entries: readonly LibraryEntry[], filter: LibraryFilter): LibraryEntry[] {
  return filterEntries(sortEntries([...entries], filter.sort), filter, buildSearchIndexNow(entries));
}

/**
 * The entries a filter keeps, in the order given: one linear pass, so the
 * page sorts once per sort order and each keystroke only filters.
 */
export function filterEntries(entries: readonly LibraryEntry[], filter: LibraryFilter, index: SearchIndex | null = null): LibraryEntry[] {
  const needles = queryNeedles(filter.text);
  // With a word index (built over these entries or more), the search is a look-up that gives the matches in this
  // list's order, and only they are checked against the other filters; without, each entry is checked.
  const looked = index !== null && needles.length > 0;
  const candidates = looked ? searchList(index, needles, entries) : entries;
  // Dates compare as UTC ISO strings; "to" takes the whole day.
  const from = filter.from ? `${filter.from}T00:00:00.000Z` : '';
  const to = filter.to ? `${filter.to}T23:59:59.999Z` : '';
  const kept: LibraryEntry[] = [];
  for (const entry of candidates) {
    const a = entry.annotation;
    if (filter.verdict && a.verdict !== filter.verdict) continue;
    if (filter.kind && a.claim.type !== filter.kind) continue;
    if (filter.state && entry.state !== filter.state) continue;
    if (filter.site && entry.site !== filter.site) continue;
    if (filter.tag && !a.tags.includes(filter.tag)) continue;
    if (from && a.updatedAt < from) continue;
    if (to && a.updatedAt > to) continue;
    if (!looked && needles.length && !matchesNeedles(entry.haystack, needles)) continue;
    kept.push(entry);
  }
  return kept;
}

/** With the word index, a previous result longer than this is not re-checked (a look-up costs less than this many \`includes\`). */
const RECHECK_AT_MOST = 5000;

/** A filter run, kept so the next keystroke can start from its result. */
export interface FilterRun {
  ordered: readonly LibraryEntry[];
  filter: LibraryFilter;
  needles: string[];
  result: LibraryEntry[];
}

/**
 * Whether every record a new query keeps was kept by the previous one: each
 * earlier needle is a prefix of a new one (typing "troo" → "troops", or
 * adding a word). Numbers are matched whole, so "30" → "300" is not one.
 */
export function refines(previous: readonly string[], next: readonly string[]): boolean {
  return previous.every((p) => next.some((n) => n.startsWith(p)));
}

/**
 * `filterEntries`, but a query that refines the previous one (same list,
 * same other filters) only re-checks the previous result: typing a word
 * letter by letter scans the whole table once. A new query (or a refined one
 * whose previous result is long) goes through the word index when there is
 * one (built after the table is read).
 */
export function filterIncrementally(previous: FilterRun | null, ordered: readonly LibraryEntry[], filter: LibraryFilter, index: SearchIndex | null = null): FilterRun {
  const sameOtherwise = previous !== null && previous.ordered === ordered && (Object.keys(filter) as (keyof LibraryFilter)[]).every((k) => k === 'text' || previous.filter[k] === filter[k]);
  if (sameOtherwise && previous.filter.text === filter.text) return previous;
  const needles = queryNeedles(filter.text);
  // From no words at all every query "refines", but re-checking the whole list is the slow scan the index exists to avoid;
  // with the index, only a short previous result is worth re-checking.
  const refining = sameOtherwise && previous.needles.length > 0 && refines(previous.needles, needles) && (!index || previous.result.length <= RECHECK_AT_MOST);
  return { ordered, filter, needles, result: refining ? filterEntries(previous.result, filter) : filterEntries(ordered, filter, index) };
}

const VERDICT_ORDER = new Map<string, number>(VERDICTS.map((v, i) => [v, i]));
const newestFirst = (a: LibraryEntry, b: LibraryEntry) => newestAnnotationFirst(a.annotation, b.annotation);
const cmp = compareStrings;

export function sortEntries(entries: LibraryEntry[], sort: LibrarySort): LibraryEntry[] {
  const order: Record<LibrarySort, (a: LibraryEntry, b: LibraryEntry) => number> = {
    updated: newestFirst,
    created: (a, b) => cmp(b.annotation.createdAt, a.annotation.createdAt) || newestFirst(a, b),
    site: (a, b) => cmp(a.site, b.site) || newestFirst(a, b),
    verdict: (a, b) => VERDICT_ORDER.get(a.annotation.verdict)! - VERDICT_ORDER.get(b.annotation.verdict)! || newestFirst(a, b),
  };
  return entries.sort(order[sort]);
}

/** Distinct values for the filter menus, most used first. */
export function facets(entries: readonly LibraryEntry[]): { tags: string[]; sites: string[] } {
  const tags = new Map<string, number>();
  const sites = new Map<string, number>();
  for (const e of entries) {
    sites.set(e.site, (sites.get(e.site) ?? 0) + 1);
    for (const t of e.annotation.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
  }
  const byUse = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0])).map(([k]) => k);
  return { tags: byUse(tags), sites: byUse(sites) };
}
