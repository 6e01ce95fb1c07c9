import { collapseSpaces, isSpace, type NormalizedText } from './normalized-text';
import type { AnchorText } from './anchor-text';
import type { ContextAgreement, Query } from './context';
import type { AnchorSpan, FoundAnchor } from './types';
import { wordDiff } from './word-diff';

/** A place in the normalized text, with how its context agrees. */
export interface Candidate {
  start: number;
  end: number;
  context: ContextAgreement;
}

/** Better: more agreeing context, then nearer the expected position (the stored one, shifted as its neighbours were). */
export function better(a: Candidate, b: Candidate | null, expected: number): boolean {
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
export function bestCandidate(t: AnchorText, query: Query, expected: number, key: string, at: (offset: number) => Candidate | null): Candidate | null {
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

/** The span without spaces at its ends. */
export function trimSpaces(norm: string, start: number, end: number): { start: number; end: number } {
  while (start < end && isSpace(norm.charCodeAt(start))) start++;
  while (end > start && isSpace(norm.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Raw offsets and text of norm[start, end): a collapsed run of spaces at its end is included whole. */
export function rawSpan(t: NormalizedText, start: number, end: number): AnchorSpan {
  const rawStart = t.rawAt[start];
  const rawEnd = end > start && t.norm.charCodeAt(end - 1) !== 32 ? t.rawAt[end - 1] + 1 : t.rawAt[end];
  return { start: rawStart, end: rawEnd, text: t.raw.slice(rawStart, rawEnd) };
}

/** The span norm[start, end) as a changed anchor, or as moved when its text is the quote after all (whitespace aside). */
export function changed(t: NormalizedText, query: Query, start: number, end: number): FoundAnchor {
  const span = rawSpan(t, start, end);
  if (collapseSpaces(span.text).trim() === query.quote.trim()) return { state: 'moved', ...span };
  return { state: 'changed', ...span, diff: wordDiff(query.target.quote.exact, span.text) };
}
