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

function finish(entries: readonly LibraryEntry[], byWord: Map<string, number[]>): SearchIndex {
  const words = [...byWord.keys()].sort(); // code-unit order, as `<` compares
  return { entries, words, postings: words.map((w) => byWord.get(w)!) };
}

/** The index of a few entries, at once (tests, short lists). */
export function buildSearchIndexNow(entries: readonly LibraryEntry[]): SearchIndex {
  const byWord = new Map<string, number[]>();
  entries.forEach((entry, i) => addWords(byWord, entry, i));
  return finish(entries, byWord);
}

/**
 * Builds the index in slices of about `SLICE_MS`, yielding between them, so
 * typing and scrolling go on while it is built (searches scan meanwhile).
 * Resolves with null when `isStale` says the entries were replaced.
 */
export async function buildSearchIndex(entries: readonly LibraryEntry[], isStale: () => boolean = () => false, yieldNow: () => Promise<void> = yieldToPage): Promise<SearchIndex | null> {
  const byWord = new Map<string, number[]>();
  let sliceStart = performance.now();
  for (let i = 0; i < entries.length; i++) {
    addWords(byWord, entries[i], i);
    if ((i & 255) === 255 && performance.now() - sliceStart > SLICE_MS) {
      await yieldNow();
      if (isStale()) return null;
      sliceStart = performance.now();
    }
  }
  await yieldNow();
  return isStale() ? null : finish(entries, byWord);
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

/** Marks (1) the positions of the entries a needle finds: " word" any word it begins, " 3000 " that word only. */
function markNeedle(index: SearchIndex, needle: string): Uint8Array {
  const marks = new Uint8Array(index.entries.length);
  const whole = needle.endsWith(' ');
  const word = needle.trim();
  for (let w = lowerBound(index.words, word); w < index.words.length; w++) {
    const candidate = index.words[w];
    if (whole ? candidate !== word : !candidate.startsWith(word)) break;
    for (const position of index.postings[w]) marks[position] = 1;
  }
  return marks;
}

/** The entries holding every needle (needles as `queryNeedles` makes them). */
export function searchEntries(index: SearchIndex, needles: readonly string[]): Set<LibraryEntry> {
  const found = new Set<LibraryEntry>();
  if (!needles.length) return found;
  const [first, ...rest] = needles.map((needle) => markNeedle(index, needle));
  for (let i = 0; i < first.length; i++) if (first[i] && rest.every((marks) => marks[i])) found.add(index.entries[i]);
  return found;
}
