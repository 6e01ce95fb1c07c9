/**
 * Where a stored annotation stands in the page now, as exactly one of four
 * states, so a verdict never moves silently onto other words:
 *
 * - exact:   the quote is at its stored position and its context agrees;
 * - moved:   the same quote (whitespace aside) with agreeing context, elsewhere;
 * - changed: the context still brackets the passage but the quote's text
 *            changed ("3,000" → "4,000"); the new span comes with a word diff;
 * - orphan:  nowhere.
 *
 * Short quotes (a figure, "said") are only ever matched where their context
 * agrees on both sides (see context.ts), never by resembling the quote.
 * Longer quotes may also be found approximately (Myers, approx-string-match),
 * in bounded windows only, and still need context or strong similarity.
 */
import approxSearch from 'approx-string-match';
import type { Target } from '../model/annotation';
import { contextAt, sameQuoteAccepted, SIDE_MIN, toQuery, type ContextAgreement, type Query } from './context';
import { AnchorText, KEY_LENGTH } from './anchor-text';
import { isSpace, normOffset, type NormalizedText } from './normalized-text';
import { wordDiff, type DiffPart } from './word-diff';

export type { DiffPart, DiffOp } from './word-diff';
export { AnchorText } from './anchor-text';

export type AnchorState = 'exact' | 'moved' | 'changed' | 'orphan';

/** A place in one text: raw offsets into it and what it covers there. */
export interface AnchorSpan {
  start: number;
  end: number;
  text: string;
}
export type FoundAnchor = (AnchorSpan & { state: 'exact' | 'moved' }) | (AnchorSpan & { state: 'changed'; diff: DiffPart[] });
export type AnchorResult = FoundAnchor | { state: 'orphan' };
/** One annotation anchored over several texts: `textIndex` says which. */
export type AnnotationAnchor = (FoundAnchor & { textIndex: number }) | { state: 'orphan' };

/** Approximate matches must keep at least this share of the quote... */
const APPROX_MIN_SIMILARITY = 0.75;
/** ...and this much when no side of the context agrees (long quotes only). */
const APPROX_ALONE_SIMILARITY = 0.85;
/** Occurrences of a key around which the approximate search looks, nearest to the old place first. */
const APPROX_WINDOWS_PER_KEY = 8;

const asText = (t: string | AnchorText): AnchorText => (typeof t === 'string' ? new AnchorText(t) : t);

/** The state of one stored target in one text. */
export function anchorTarget(text: string | AnchorText, target: Target): AnchorResult {
  const texts = [asText(text)];
  const result = fastExact(texts, target) ?? search(texts, toQuery(target), [0]);
  if (result.state === 'orphan') return result;
  const { textIndex: _, ...found } = result;
  return found;
}

/**
 * Anchors every annotation over the texts of a page (the article first, then
 * later chunks, then e.g. the whole page's text). Each annotation gets one
 * result: the best state over all texts (exact > moved > changed), the
 * earliest text on a tie. Two annotations may share a place.
 */
export function anchorAnnotations(
  texts: readonly (string | AnchorText)[],
  annotations: readonly { id: string; target: Target }[],
): Map<string, AnnotationAnchor> {
  const prepared = texts.map(asText);
  const results = new Map<string, AnnotationAnchor>();
  // In page order, each text's last shift (new - old offset) predicts the next one: edits shift all that follows.
  const shifts = prepared.map(() => 0);
  const inOrder = [...annotations].sort((a, b) => a.target.position.start - b.target.position.start);
  for (const { id, target } of inOrder) {
    const found = fastExact(prepared, target) ?? search(prepared, toQuery(target), shifts);
    if (found.state !== 'orphan') shifts[found.textIndex] = found.start - target.position.start;
    results.set(id, found);
  }
  return new Map(annotations.map(({ id }) => [id, results.get(id)!]));
}

/** Fast path, O(quote): unchanged text at the stored place, in any of the texts. */
function fastExact(texts: AnchorText[], target: Target): AnnotationAnchor | null {
  for (const [textIndex, t] of texts.entries()) {
    if (unchangedAt(t.raw, target)) {
      const { start, end } = target.position;
      return { state: 'exact', start, end, text: target.quote.exact, textIndex };
    }
  }
  return null;
}

/** `shifts[i]`: where text i's text is expected to have moved (new - stored offset), 0 when unknown. */
function search(texts: AnchorText[], query: Query, shifts: number[]): AnnotationAnchor {
  const expected = (i: number): number => normOffset(texts[i].normalized, Math.max(0, query.target.position.start + shifts[i]));
  let best: AnnotationAnchor | null = null;
  for (const [textIndex, t] of texts.entries()) {
    const found = findSameQuote(t, query, expected(textIndex));
    if (found && (!best || (found.state === 'exact' && best.state !== 'exact'))) best = { ...found, textIndex };
  }
  if (best) return best;
  for (const finder of [findBracketed, findApproximate]) {
    for (const [textIndex, t] of texts.entries()) {
      const found = finder(t, query, expected(textIndex));
      if (found) return { ...found, textIndex };
    }
  }
  return { state: 'orphan' };
}

function unchangedAt(text: string, target: Target): boolean {
  const { exact, prefix, suffix } = target.quote;
  const { start, end } = target.position;
  return (
    end - start === exact.length &&
    text.startsWith(exact, start) &&
    start >= prefix.length &&
    text.startsWith(prefix, start - prefix.length) &&
    text.startsWith(suffix, end)
  );
}

interface Candidate {
  start: number;
  end: number;
  context: ContextAgreement;
}

/** Better: more agreeing context, then nearer the expected position (the stored one, shifted as its neighbours were). */
function better(a: Candidate, b: Candidate | null, expected: number): boolean {
  if (!b) return true;
  const ca = a.context.before + a.context.after;
  const cb = b.context.before + b.context.after;
  if (ca !== cb) return ca > cb;
  return Math.abs(a.start - expected) < Math.abs(b.start - expected);
}

/** Where candidates are first looked for, around the old place: most edits only shift text a little. */
const NEAR = 4096;

/**
 * The best of the candidates `at(offset)` builds from the places of `key`:
 * first those near the old place, where one with all its context agreeing
 * ends the search (nothing can beat it), then all of them.
 */
function bestCandidate(t: AnchorText, query: Query, expected: number, key: string, at: (offset: number) => Candidate | null): Candidate | null {
  const perfect = (c: Candidate): boolean => c.context.before === query.prefix.length && c.context.after === query.suffix.length;
  let best: Candidate | null = null;
  for (const offset of t.occurrencesNear(key, expected, NEAR)) {
    const candidate = at(offset);
    if (candidate && better(candidate, best, expected)) best = candidate;
  }
  // Keys start at most a side's length before their candidate: NEAR / 2 leaves room for that.
  if (best && perfect(best) && Math.abs(best.start - expected) <= NEAR / 2) return best;
  for (const offset of t.occurrences(key)) {
    const candidate = at(offset);
    if (candidate && better(candidate, best, expected)) best = candidate;
  }
  return best;
}

/**
 * Every occurrence of the quote (whitespace aside) whose context the rules
 * accept; the best one. A short quote's context must hold on both sides, so
 * it is searched with the sides' nearest characters around it ("Peskov said
 * last"), not as "said" alone; only near the ends of the text, where a side
 * may hold because the text ends, is the bare quote looked for.
 */
function findSameQuote(t: AnchorText, query: Query, expected: number): FoundAnchor | null {
  const { norm } = t.normalized;
  const { quote, prefix, suffix, kind } = query;
  const candidateAt = (at: number): Candidate | null => {
    if (!norm.startsWith(quote, at)) return null;
    const candidate = { start: at, end: at + quote.length, context: contextAt(norm, query, at, at + quote.length) };
    return sameQuoteAccepted(kind, candidate.context) ? candidate : null;
  };
  let best: Candidate | null;
  if (kind !== 'short') {
    best = bestCandidate(t, query, expected, quote.slice(0, KEY_LENGTH), candidateAt);
  } else {
    const before = prefix.slice(-SIDE_MIN);
    const key = before + quote + suffix.slice(0, SIDE_MIN);
    best = bestCandidate(t, query, expected, key, (at) => candidateAt(at + before.length));
    const edge = SIDE_MIN + quote.length;
    const ends = [...indexesIn(norm, quote, 0, edge), ...indexesIn(norm, quote, norm.length - edge, norm.length)];
    for (const at of ends) {
      const candidate = candidateAt(at);
      if (candidate && better(candidate, best, expected)) best = candidate;
    }
  }
  if (!best) return null;
  const span = rawSpan(t.normalized, best.start, best.end);
  const same = span.start === query.target.position.start && span.text === query.target.quote.exact;
  return { state: same ? 'exact' : 'moved', ...span };
}

/** Places of `key` lying wholly in norm[from, to). */
function indexesIn(norm: string, key: string, from: number, to: number): number[] {
  const start = Math.max(0, from);
  const window = norm.slice(start, to);
  const found: number[] = [];
  for (let at = window.indexOf(key); at !== -1; at = window.indexOf(key, at + 1)) found.push(start + at);
  return found;
}

/**
 * The stored prefix and suffix still stand together, with other text between
 * them: the passage is the same, its words changed. Both sides must agree as
 * for a short quote, whatever the quote's length; the quote may have grown
 * to at most twice its length plus 64 characters. An empty gap (the quote was
 * deleted) is no passage.
 */
function findBracketed(t: AnchorText, query: Query, expected: number): FoundAnchor | null {
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
 * Medium and long quotes whose text changed together with their context:
 * Myers' approximate search, only in windows around the old position and
 * around occurrences of the quote's and context's first/last 16 characters.
 */
function findApproximate(text: AnchorText, query: Query, expected: number): FoundAnchor | null {
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
      const similarity = 1 - m.errors / len;
      const alone = query.kind === 'long' && similarity >= APPROX_ALONE_SIMILARITY;
      if (!(candidate.context.either || candidate.context.both || alone)) continue;
      if (!best || m.errors < best.errors || (m.errors === best.errors && better(candidate, best, expected))) best = candidate;
    }
  }
  if (!best) return null;
  if (norm.slice(best.start, best.end) === quote) return { state: 'moved', ...rawSpan(t, best.start, best.end) };
  return changed(t, query, best.start, best.end);
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

function trimSpaces(norm: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpace(norm.charCodeAt(start))) start++;
  while (end > start && isSpace(norm.charCodeAt(end - 1))) end--;
  return { start, end };
}

function rawSpan(t: NormalizedText, start: number, end: number): AnchorSpan {
  const rawStart = t.rawAt[start];
  const rawEnd = end > start && t.norm.charCodeAt(end - 1) !== 32 ? t.rawAt[end - 1] + 1 : t.rawAt[end];
  return { start: rawStart, end: rawEnd, text: t.raw.slice(rawStart, rawEnd) };
}

function changed(t: NormalizedText, query: Query, start: number, end: number): FoundAnchor {
  const span = rawSpan(t, start, end);
  return { state: 'changed', ...span, diff: wordDiff(query.target.quote.exact, span.text) };
}
