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
 * in bounded windows only, and still need one side of their context.
 */
import type { Target } from '../model/annotation';
import { AnchorText, KEY_LENGTH } from './anchor-text';
import { bestCandidate, better, rawSpan, type Candidate } from './candidates';
import { contextAt, sameQuoteAccepted, SIDE_MIN, toQuery, type Query } from './context';
import { findApproximate, findBracketed } from './find-changed';
import { normOffset } from './normalized-text';
import type { AnnotationAnchor, AnchorResult, FoundAnchor } from './types';

export type { DiffPart, DiffOp } from './word-diff';
export type { AnchorState, AnchorSpan, FoundAnchor, AnchorResult, AnnotationAnchor } from './types';
export { AnchorText } from './anchor-text';

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
 * result, in the annotations' order: the best state over all texts (exact >
 * moved > changed), the earliest text on a tie. Two annotations may share a
 * place.
 */
export function anchorAnnotations(texts: readonly (string | AnchorText)[], annotations: readonly { target: Target }[]): AnnotationAnchor[] {
  const prepared = texts.map(asText);
  const results: AnnotationAnchor[] = new Array(annotations.length);
  // In page order, each text's last shift (new - old offset) predicts the next one: edits shift all that follows.
  const shifts = prepared.map(() => 0);
  const inOrder = annotations.map((_, i) => i).sort((a, b) => annotations[a].target.position.start - annotations[b].target.position.start);
  for (const i of inOrder) {
    const { target } = annotations[i];
    const found = fastExact(prepared, target) ?? search(prepared, toQuery(target), shifts);
    if (found.state !== 'orphan') shifts[found.textIndex] = found.start - target.position.start;
    results[i] = found;
  }
  return results;
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

