/**
 * The anchoring rules: how much of a stored quote's context must agree with
 * the text around a candidate before an annotation may be put there.
 *
 * A side (prefix or suffix) is compared from the quote outwards, in
 * whitespace-collapsed text: `run` is how many characters next to the quote
 * agree. Edits far from the quote shorten the run from its far end only.
 */
import type { Target } from '../model/annotation';
import { collapseSpaces } from './normalized-text';

/** Quotes shorter than this (characters) or with fewer words are "short": a figure, "said", a name. */
export const SHORT_QUOTE_CHARS = 25;
export const SHORT_QUOTE_WORDS = 4;
/** A quote this long is a sentence that speaks for itself: context only ranks its candidates. */
export const LONG_QUOTE_CHARS = 64;
/** Characters next to the quote that make one side of its context agree. */
export const SIDE_MIN = 12;
/** Characters of agreeing context, both sides together, a short quote needs (of the 64 stored). */
export const CONTEXT_MIN = 40;

export type QuoteKind = 'short' | 'medium' | 'long';

/** A stored target in the form it is compared in. */
export interface Query {
  target: Target;
  quote: string;
  prefix: string;
  suffix: string;
  kind: QuoteKind;
}

export function toQuery(target: Target): Query {
  const quote = collapseSpaces(target.quote.exact);
  const words = quote.split(' ').filter(Boolean).length;
  const kind: QuoteKind = quote.length < SHORT_QUOTE_CHARS || words < SHORT_QUOTE_WORDS ? 'short' : quote.length >= LONG_QUOTE_CHARS ? 'long' : 'medium';
  return { target, quote, prefix: collapseSpaces(target.quote.prefix), suffix: collapseSpaces(target.quote.suffix), kind };
}

export interface ContextAgreement {
  /** Agreeing characters just before / after the candidate. */
  before: number;
  after: number;
  /** Both sides agree enough for a short quote (the strict rule). */
  both: boolean;
  /** At least one side gives positive evidence (enough for a medium quote). */
  either: boolean;
}

/**
 * Context of the candidate norm[start, end) against the stored prefix/suffix.
 *
 * A side *holds* when at least min(its stored length, SIDE_MIN) characters
 * agree, or when every character the text still has on that side agrees
 * (the candidate is at the start/end of this text). `both`: each side holds,
 * and together at least CONTEXT_MIN characters agree (or all there is to
 * compare, when the stored or present context is cut by a text boundary,
 * but never fewer than SIDE_MIN unless the stored context itself was that
 * short). A quote annotated at the very start of a text (empty prefix)
 * therefore needs its whole suffix.
 *
 * `either`: one side agrees for SIDE_MIN characters, or agrees wholly at the
 * same text boundary as when it was stored.
 */
export function contextAt(norm: string, query: Query, start: number, end: number): ContextAgreement {
  const { prefix, suffix } = query;
  let before = 0;
  while (before < prefix.length && before < start && norm.charCodeAt(start - 1 - before) === prefix.charCodeAt(prefix.length - 1 - before)) before++;
  let after = 0;
  while (after < suffix.length && end + after < norm.length && norm.charCodeAt(end + after) === suffix.charCodeAt(after)) after++;
  const availableAfter = norm.length - end;
  const holdsBefore = before >= Math.min(prefix.length, SIDE_MIN) || before === start;
  const holdsAfter = after >= Math.min(suffix.length, SIDE_MIN) || after === availableAfter;
  const comparable = Math.min(prefix.length, start) + Math.min(suffix.length, availableAfter);
  const needed = Math.min(CONTEXT_MIN, comparable);
  const enough = before + after >= needed && comparable >= Math.min(SIDE_MIN, prefix.length + suffix.length);
  const evidenceBefore = before >= SIDE_MIN || (before === prefix.length && before === start);
  const evidenceAfter = after >= SIDE_MIN || (after === suffix.length && after === availableAfter);
  return { before, after, both: holdsBefore && holdsAfter && enough, either: evidenceBefore || evidenceAfter };
}

/** May an occurrence of the very quote (whitespace aside) with this context be the annotated passage? */
export function sameQuoteAccepted(kind: QuoteKind, context: ContextAgreement): boolean {
  if (kind === 'short') return context.both;
  if (kind === 'medium') return context.both || context.either;
  return true;
}
