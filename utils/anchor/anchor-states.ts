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
import { contextAt, sameQuoteAccepted, toQuery, type ContextAgreement, type Query } from './context';
import { isSpace, normalizeText, normOffset, type NormalizedText } from './normalized-text';
import { wordDiff, type DiffPart } from './word-diff';

export type { DiffPart, DiffOp } from './word-diff';

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
/** Occurrences looked at per search key: a bound, not a rule (a 1 MB page has ~3,000 "said"). */
const MAX_OCCURRENCES = 20_000;
/** Occurrences of a key around which the approximate search looks, nearest to the old place first. */
const APPROX_WINDOWS_PER_KEY = 8;
const KEY_LENGTH = 16;

/** A text to anchor in. The whitespace-collapsed form is built once, and only if some annotation needs it. */
export class AnchorText {
  private cached?: NormalizedText;
  constructor(readonly raw: string) {}
  get normalized(): NormalizedText {
    return (this.cached ??= normalizeText(this.raw));
  }
}

const asText = (t: string | AnchorText): AnchorText => (typeof t === 'string' ? new AnchorText(t) : t);

/** The state of one stored target in one text. */
export function anchorTarget(text: string | AnchorText, target: Target): AnchorResult {
  const result = locate([asText(text)], target);
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
  const out = new Map<string, AnnotationAnchor>();
  for (const annotation of annotations) out.set(annotation.id, locate(prepared, annotation.target));
  return out;
}

function locate(texts: AnchorText[], target: Target): AnnotationAnchor {
  // Fast path, O(quote): unchanged text at the stored place.
  for (const [textIndex, t] of texts.entries()) {
    if (unchangedAt(t.raw, target)) {
      const { start, end } = target.position;
      return { state: 'exact', start, end, text: target.quote.exact, textIndex };
    }
  }
  const query = toQuery(target);
  let best: AnnotationAnchor | null = null;
  for (const [textIndex, t] of texts.entries()) {
    const found = findSameQuote(t.normalized, query);
    if (found && (!best || (found.state === 'exact' && best.state !== 'exact'))) best = { ...found, textIndex };
  }
  if (best) return best;
  for (const finder of [findBracketed, findApproximate]) {
    for (const [textIndex, t] of texts.entries()) {
      const found = finder(t.normalized, query);
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

/** Better: more agreeing context, then nearer the stored position. */
function better(a: Candidate, b: Candidate | null, expected: number): boolean {
  if (!b) return true;
  const ca = a.context.before + a.context.after;
  const cb = b.context.before + b.context.after;
  if (ca !== cb) return ca > cb;
  return Math.abs(a.start - expected) < Math.abs(b.start - expected);
}

/** Every occurrence of the quote (whitespace aside) whose context the rules accept; the best one. */
function findSameQuote(t: NormalizedText, query: Query): FoundAnchor | null {
  const expected = normOffset(t, query.target.position.start);
  let best: Candidate | null = null;
  let seen = 0;
  for (let at = t.norm.indexOf(query.quote); at !== -1 && seen < MAX_OCCURRENCES; at = t.norm.indexOf(query.quote, at + 1), seen++) {
    const candidate = { start: at, end: at + query.quote.length, context: contextAt(t.norm, query, at, at + query.quote.length) };
    if (sameQuoteAccepted(query.kind, candidate.context) && better(candidate, best, expected)) best = candidate;
  }
  if (!best) return null;
  const span = rawSpan(t, best.start, best.end);
  const same = span.start === query.target.position.start && span.text === query.target.quote.exact;
  return { state: same ? 'exact' : 'moved', ...span };
}

/**
 * The stored prefix and suffix still stand together, with other text between
 * them: the passage is the same, its words changed. Both sides must agree as
 * for a short quote, whatever the quote's length; the quote may have grown
 * to at most twice its length plus 64 characters. An empty gap (the quote was
 * deleted) is no passage.
 */
function findBracketed(t: NormalizedText, query: Query): FoundAnchor | null {
  const { norm } = t;
  const { prefix, suffix, quote } = query;
  const maxSpan = 2 * quote.length + 64;
  const starts: number[] = [];
  if (prefix.length >= SIDE_KEY_MIN) {
    const key = prefix.slice(-KEY_LENGTH);
    for (let at = norm.indexOf(key), seen = 0; at !== -1 && seen < MAX_OCCURRENCES; at = norm.indexOf(key, at + 1), seen++) starts.push(at + key.length);
  } else if (norm.startsWith(prefix)) {
    starts.push(prefix.length);
  }
  const expected = normOffset(t, query.target.position.start);
  let best: Candidate | null = null;
  for (const start of starts) {
    let end = -1;
    if (suffix.length >= SIDE_KEY_MIN) end = norm.indexOf(suffix.slice(0, KEY_LENGTH), start);
    else if (norm.endsWith(suffix)) end = norm.length - suffix.length;
    if (end < start || end - start > maxSpan) continue;
    const context = contextAt(norm, query, start, end);
    if (!context.both) continue;
    const trimmed = trimSpaces(norm, start, end);
    if (trimmed.start === trimmed.end) continue;
    const candidate = { ...trimmed, context };
    if (better(candidate, best, expected)) best = candidate;
  }
  return best ? changed(t, query, best.start, best.end) : null;
}

/** Below this many characters a stored side is a text boundary, not a searchable key. */
const SIDE_KEY_MIN = 8;

/**
 * Medium and long quotes whose text changed together with their context:
 * Myers' approximate search, only in windows around the old position and
 * around occurrences of the quote's and context's first/last 16 characters.
 */
function findApproximate(t: NormalizedText, query: Query): FoundAnchor | null {
  if (query.kind === 'short') return null;
  const { norm } = t;
  const { quote, prefix, suffix } = query;
  const len = quote.length;
  const maxErrors = Math.floor(len * (1 - APPROX_MIN_SIMILARITY));
  const expected = normOffset(t, query.target.position.start);
  const reach = len + maxErrors + 8;
  const windows: [number, number][] = [[expected - Math.max(1024, 2 * len), expected + len + Math.max(1024, 2 * len)]];
  const around = (key: string, from: (at: number) => [number, number]): void => {
    if (key.length < SIDE_KEY_MIN) return;
    for (const at of nearestOccurrences(norm, key, expected)) windows.push(from(at));
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

function nearestOccurrences(norm: string, key: string, expected: number): number[] {
  const found: number[] = [];
  for (let at = norm.indexOf(key); at !== -1 && found.length < MAX_OCCURRENCES; at = norm.indexOf(key, at + 1)) found.push(at);
  if (found.length <= APPROX_WINDOWS_PER_KEY) return found;
  return found.sort((a, b) => Math.abs(a - expected) - Math.abs(b - expected)).slice(0, APPROX_WINDOWS_PER_KEY);
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
