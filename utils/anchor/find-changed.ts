/**
 * Finding an annotation whose words changed: first where its stored context
 * still brackets other text (any quote), then, for quotes of 25+ characters
 * and 4+ words, approximately (Myers) in bounded windows.
 */
import approxSearch from 'approx-string-match';
import { KEY_LENGTH, type AnchorText } from './anchor-text';
import { bestCandidate, better, changed, trimSpaces, type Candidate } from './candidates';
import { contextAt, type Query } from './context';
import type { FoundAnchor } from './types';

/** Approximate matches must keep at least this share of the quote, and have one side of their context agree. */
const APPROX_MIN_SIMILARITY = 0.75;
/** Occurrences of a key around which the approximate search looks, nearest to the old place first. */
const APPROX_WINDOWS_PER_KEY = 8;

/**
 * The stored prefix and suffix still stand together, with other text between
 * them: the passage is the same, its words changed. Both sides must agree as
 * for a short quote, whatever the quote's length; the quote may have grown
 * to at most twice its length plus 64 characters. An empty gap (the quote was
 * deleted) is no passage.
 */
export function findBracketed(t: AnchorText, query: Query, expected: number): FoundAnchor | null {
  const { norm } = t.normalized;
  const { prefix, suffix, quote } = query;
  const maxSpan = 2 * quote.length + 64;
  const gap = (start: number): Candidate | null => {
    let end = -1;
    if (suffix.length >= SIDE_KEY_MIN) {
      const found = norm.slice(start, start + maxSpan + KEY_LENGTH).indexOf(suffix.slice(0, KEY_LENGTH));
      if (found !== -1) end = start + found;
    } else if (norm.endsWith(suffix) && norm.length - suffix.length >= start) {
      end = norm.length - suffix.length;
    }
    if (end < start || end - start > maxSpan) return null;
    const context = contextAt(norm, query, start, end);
    if (!context.both) return null;
    const trimmed = trimSpaces(norm, start, end);
    return trimmed.start === trimmed.end ? null : { ...trimmed, context };
  };
  let best: Candidate | null = null;
  if (prefix.length >= SIDE_KEY_MIN) {
    const key = prefix.slice(-KEY_LENGTH);
    best = bestCandidate(t, query, expected, key, (at) => gap(at + key.length));
  } else if (norm.startsWith(prefix)) {
    best = gap(prefix.length);
  }
  return best ? changed(t.normalized, query, best.start, best.end) : null;
}

/** Below this many characters a stored side is a text boundary, not a searchable key. */
const SIDE_KEY_MIN = 8;

/**
 * Medium and long quotes whose text changed together with part of their
 * context (one side must still agree):
 * Myers' approximate search, only in windows around the old position and
 * around occurrences of the quote's and context's first/last 16 characters.
 */
export function findApproximate(text: AnchorText, query: Query, expected: number): FoundAnchor | null {
  if (query.kind === 'short') return null;
  const t = text.normalized;
  const { norm } = t;
  const { quote, prefix, suffix } = query;
  const len = quote.length;
  const maxErrors = Math.floor(len * (1 - APPROX_MIN_SIMILARITY));
  const reach = len + maxErrors + 8;
  const windows: [number, number][] = [[expected - Math.max(1024, 2 * len), expected + len + Math.max(1024, 2 * len)]];
  const around = (key: string, from: (at: number) => [number, number]): void => {
    if (key.length < SIDE_KEY_MIN) return;
    for (const at of nearest(text.occurrences(key), expected)) windows.push(from(at));
  };
  around(quote.slice(0, KEY_LENGTH), (at) => [at - 8, at + reach]);
  around(quote.slice(-KEY_LENGTH), (at) => [at + KEY_LENGTH - reach, at + KEY_LENGTH + 8]);
  around(prefix.slice(-KEY_LENGTH), (at) => [at + KEY_LENGTH - 8, at + KEY_LENGTH + reach]);
  around(suffix.slice(0, KEY_LENGTH), (at) => [at - reach, at + 8]);

  let best: (Candidate & { errors: number }) | null = null;
  for (const [from, to] of mergeWindows(windows, norm.length)) {
    for (const m of approxSearch(norm.slice(from, to), quote, maxErrors)) {
      const snapped = snapToWords(norm, quote, from + m.start, from + m.end);
      if (snapped.start >= snapped.end) continue;
      const candidate = { ...snapped, errors: m.errors, context: contextAt(norm, query, snapped.start, snapped.end) };
      // A similar sentence elsewhere ("the National Bank of Poland said...") is someone else's words: context decides.
      if (!(candidate.context.either || candidate.context.both)) continue;
      if (!best || m.errors < best.errors || (m.errors === best.errors && better(candidate, best, expected))) best = candidate;
    }
  }
  return best ? changed(t, query, best.start, best.end) : null;
}

function nearest(places: number[], expected: number): number[] {
  if (places.length <= APPROX_WINDOWS_PER_KEY) return places;
  return [...places].sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected)).slice(0, APPROX_WINDOWS_PER_KEY);
}

function mergeWindows(windows: [number, number][], length: number): [number, number][] {
  const clamped = windows.map(([a, b]): [number, number] => [Math.max(0, a), Math.min(length, b)]).filter(([a, b]) => a < b);
  clamped.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  for (const w of clamped) {
    const last = out[out.length - 1];
    if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
    else out.push([...w]);
  }
  return out;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;
const isWord = (c: string | undefined): boolean => c !== undefined && WORD.test(c);

/** Approximate ends can fall inside a word; where the quote began/ended with a whole word, so does the span. */
function snapToWords(norm: string, quote: string, start: number, end: number): { start: number; end: number } {
  if (isWord(quote[0])) while (start > 0 && isWord(norm[start - 1]) && isWord(norm[start])) start--;
  if (isWord(quote[quote.length - 1])) while (end < norm.length && isWord(norm[end]) && isWord(norm[end - 1])) end++;
  return trimSpaces(norm, start, end);
}

