import approxSearch from 'approx-string-match';
import type { Target } from '../model/annotation';

export interface QuoteMatch {
  start: number;
  end: number;
  /** 0..1: how well the quote, its context and its position agree with the stored selectors. */
  score: number;
}

/**
 * Finds where a stored target now stands in the text. Pages change between
 * visits (a corrected figure, an inserted paragraph), so, as in Hypothesis's
 * anchoring, the quote is matched approximately and candidates are ranked by
 * quote similarity, agreement of prefix/suffix, and closeness to the old position.
 * Returns null when nothing is close enough to be the same passage.
 */
export function matchTarget(text: string, target: Target): QuoteMatch | null {
  const { exact, prefix, suffix } = target.quote;
  const { start: oldStart, end: oldEnd } = target.position;

  // Fast path: the text is unchanged at the stored position.
  if (text.slice(oldStart, oldEnd) === exact && contextAgrees(text, oldStart, oldEnd, prefix, suffix)) {
    return { start: oldStart, end: oldEnd, score: 1 };
  }

  const maxErrors = Math.min(256, Math.floor(exact.length / 2));
  const candidates = exactMatches(text, exact);
  if (candidates.length === 0 && maxErrors > 0) {
    for (const m of approxSearch(text, exact, maxErrors)) candidates.push({ start: m.start, end: m.end, errors: m.errors });
  }
  let best: QuoteMatch | null = null;
  for (const candidate of candidates) {
    const score = scoreCandidate(text, candidate, target);
    if (!best || score > best.score) best = { start: candidate.start, end: candidate.end, score };
  }
  return best && best.score >= 0.5 ? best : null;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

function exactMatches(text: string, exact: string): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf(exact); at !== -1 && found.length < 1000; at = text.indexOf(exact, at + 1)) {
    found.push({ start: at, end: at + exact.length, errors: 0 });
  }
  return found;
}

function contextAgrees(text: string, start: number, end: number, prefix: string, suffix: string): boolean {
  return text.slice(start - prefix.length, start) === prefix && text.slice(end, end + suffix.length) === suffix;
}

// Weights follow Hypothesis's match-quote: the quote matters most, then context, then position.
function scoreCandidate(text: string, candidate: Candidate, target: Target): number {
  const { exact, prefix, suffix } = target.quote;
  const quoteScore = 1 - candidate.errors / Math.max(1, exact.length);
  const prefixScore = prefix ? similarity(prefix, text.slice(Math.max(0, candidate.start - prefix.length), candidate.start)) : 1;
  const suffixScore = suffix ? similarity(suffix, text.slice(candidate.end, candidate.end + suffix.length)) : 1;
  const distance = Math.abs(candidate.start - target.position.start);
  const positionScore = 1 - Math.min(1, distance / Math.max(1, text.length));
  return (50 * quoteScore + 20 * prefixScore + 20 * suffixScore + 2 * positionScore) / 92;
}

/** 1 - edit distance / length, computed with the same approximate matcher. */
function similarity(expected: string, actual: string): number {
  if (expected === actual) return 1;
  if (!expected.length || !actual.length) return 0;
  const matches = approxSearch(actual, expected, expected.length);
  const errors = matches.length ? Math.min(...matches.map((m) => m.errors)) : expected.length;
  return 1 - errors / expected.length;
}
