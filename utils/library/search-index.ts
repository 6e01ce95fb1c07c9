import type { LibraryEntry } from './entry';

/**
 * A word index over the entries' haystacks (utils/library/normalize.ts):
 * each word → the entries holding it, and the words sorted, so a needle is
 * a binary search (a word typed as a prefix, a number whole) instead of an
 * `includes` over every record. At 100,000 records a scan costs hundreds of
 * milliseconds; a look-up here costs a few, plus one step per match.
 * It finds exactly what the scan finds: haystacks are words between single
 * spaces, and every needle is one word (" word" a prefix, " 3000 " whole).
 */
export interface SearchIndex {
  entries: readonly LibraryEntry[];
  /** Every word, sorted (UTF-16 order, the order `startsWith` ranges follow). */
  words: string[];
  /** For words[i]: the positions in `entries` of the entries holding it, ascending. */
  postings: number[][];
  /** Each entry's position in `entries`. */
  positionOf: Map<LibraryEntry, number>;
}

/** How long one slice of building may hold the page before it lets input and rendering through. */
const SLICE_MS = 12;

const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function addWords(byWord: Map<string, number[]>, entry: LibraryEntry, position: number): void {
  for (const word of entry.haystack.split(' ')) {
    if (!word) continue;
    const list = byWord.get(word);
    if (!list) byWord.set(word, [position]);
    else if (list[list.length - 1] !== position) list.push(position);
  }
}

function finish(entries: readonly LibraryEntry[], byWord: Map<string, number[]>, positionOf: Map<LibraryEntry, number>): SearchIndex {
  const words = [...byWord.keys()].sort(); // code-unit order, as `<` compares
  return { entries, words, postings: words.map((w) => byWord.get(w)!), positionOf };
}

/** The index of a few entries, at once (tests, short lists). */
export function buildSearchIndexNow(entries: readonly LibraryEntry[]): SearchIndex {
  const byWord = new Map<string, number[]>();
  const positionOf = new Map<LibraryEntry, number>();
  entries.forEach((entry, i) => (addWords(byWord, entry, i), positionOf.set(entry, i)));
  return finish(entries, byWord, positionOf);
}

/**
 * Builds the index in slices of about `SLICE_MS`, yielding between them, so
 * typing and scrolling go on while it is built (searches scan meanwhile).
 * Resolves with null when `isStale` says the entries were replaced.
 */
export async function buildSearchIndex(entries: readonly LibraryEntry[], isStale: () => boolean = () => false, yieldNow: () => Promise<void> = yieldToPage): Promise<SearchIndex | null> {
  const byWord = new Map<string, number[]>();
  const positionOf = new Map<LibraryEntry, number>();
  let sliceStart = performance.now();
  for (let i = 0; i < entries.length; i++) {
    addWords(byWord, entries[i], i);
    positionOf.set(entries[i], i);
    if ((i & 255) === 255 && performance.now() - sliceStart > SLICE_MS) {
      await yieldNow();
      if (isStale()) return null;
      sliceStart = performance.now();
    }
  }
  await yieldNow();
  return isStale() ? null : finish(entries, byWord, positionOf);
}

/** The first position in the sorted `words` not below `word`. */
function lowerBound(words: readonly string[], word: string): number {
  let low = 0;
  let high = words.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (words[mid] < word) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The positions of the entries holding every needle, in no particular order. `hits[p]` counts the needles position
 * p has matched so far: a needle counts only where every earlier one matched, once however many of its words are
 * there, so the work is the matching words' postings, not a pass over every entry.
 */
function matchingPositions(index: SearchIndex, needles: readonly string[]): number[] {
  const hits = needles.length < 255 ? new Uint8Array(index.entries.length) : new Uint16Array(index.entries.length);
  const found: number[] = [];
  needles.forEach((needle, n) => {
    const last = n === needles.length - 1;
    const whole = needle.endsWith(' ');
    const word = needle.trim();
    for (let w = lowerBound(index.words, word); w < index.words.length; w++) {
      const candidate = index.words[w];
      if (whole ? candidate !== word : !candidate.startsWith(word)) break;
      for (const position of index.postings[w]) {
        if (hits[position] !== n) continue;
        hits[position] = n + 1;
        if (last) found.push(position);
      }
    }
  });
  return found;
}

/** The entries holding every needle (needles as `queryNeedles` makes them). */
export function searchEntries(index: SearchIndex, needles: readonly string[]): Set<LibraryEntry> {
  if (!needles.length) return new Set();
  return new Set(matchingPositions(index, needles).sort((a, b) => a - b).map((position) => index.entries[position]));
}

// For each index and list: each index position's place in the list (-1: not in it); made once per sort order.
const placesByIndex = new WeakMap<SearchIndex, WeakMap<readonly LibraryEntry[], Int32Array>>();

function placesIn(index: SearchIndex, list: readonly LibraryEntry[]): Int32Array {
  let byList = placesByIndex.get(index);
  if (!byList) placesByIndex.set(index, (byList = new WeakMap()));
  let places = byList.get(list);
  if (!places) {
    places = new Int32Array(index.entries.length).fill(-1);
    list.forEach((entry, place) => {
      const position = index.positionOf.get(entry);
      if (position !== undefined) places![position] = place;
    });
    byList.set(list, places);
  }
  return places;
}

/** Makes the look-up table `searchList` needs for this list now (the page does it after a sort, not on the next keystroke). */
export function prepareSearch(index: SearchIndex, list: readonly LibraryEntry[]): void {
  placesIn(index, list);
}

/**
 * The entries of `list` (entries the index covers, in any order) holding every needle, in the list's order: the
 * matches are sorted by their place in the list instead of the list being walked, so a search over 100,000
 * entries costs what its matches cost.
 */
export function searchList(index: SearchIndex, needles: readonly string[], list: readonly LibraryEntry[]): LibraryEntry[] {
  if (!needles.length) return [...list];
  const places = placesIn(index, list);
  const matched = matchingPositions(index, needles);
  const inList = new Int32Array(matched.length);
  let count = 0;
  for (const position of matched) if (places[position] >= 0) inList[count++] = places[position];
  const sorted = inList.subarray(0, count).sort(); // a typed array sorts numerically
  const found = new Array<LibraryEntry>(count);
  for (let i = 0; i < count; i++) found[i] = list[sorted[i]];
  return found;
}
