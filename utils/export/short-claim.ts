import type { Annotation } from '../model/annotation';

/** Google shows claimReviewed as a one-line summary of the claim; longer text is cut at a word boundary. */
export const CLAIM_REVIEWED_MAX = 120;
const ELLIPSIS = '…';

/**
 * Where a clause ends: , ; : (not a digit group's comma "3,000"), brackets,
 * quotation marks and dashes set off by spaces.
 */
const CLAUSE_MARK = /[;:()"“”«»„]|,(?=\s)|\s[—–-]\s/g;

/**
 * The claim as a fact-check states it, not the whole sentence: the marked
 * words (for an attribution, from the speaker through the reported content)
 * with the rest of their clause, so "some 3,000 or more" reads "it appears
 * that some 3,000 or more [North Korean troops] have been additionally
 * dispatched". A sentence that fits is kept whole. A clause longer than CLAIM_REVIEWED_MAX is cut to whole
 * words around the marked ones, with ellipses. Linear in the sentence.
 */
export function shortClaim(a: Pick<Annotation, 'claim' | 'sentence' | 'target'>, max = CLAIM_REVIEWED_MAX): string {
  const sentence = flat(a.sentence);
  const exact = flat(a.target.quote.exact || a.claim.text);
  if (sentence && sentence.length <= max) return sentence; // a short sentence is the claim with its context
  const span = markedSpan(a, sentence, exact);
  if (!span) return cut(exact, max);
  const [start, end] = clauseAround(sentence, span[0], span[1]);
  const clause = sentence.slice(start, end).trim();
  if (clause.length <= max) return clause;
  if (span[1] - span[0] > max - 2) return cut(sentence.slice(span[0], span[1]), max);
  return wordWindow(sentence, start, end, span[0], span[1], max);
}

// Most sentences hold single spaces only: test before building a new string.
const flat = (text: string) => (/\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text).trim();

/** The marked words' place in the sentence: the quote, widened over an attribution's speaker and content. */
function markedSpan(a: Pick<Annotation, 'claim'>, sentence: string, exact: string): [number, number] | undefined {
  const at = sentence.indexOf(exact);
  if (at < 0) return undefined;
  let start = at;
  let end = at + exact.length;
  const c = a.claim;
  if (c.type === 'attribution') {
    for (const part of [c.source?.text, c.content?.text]) {
      const text = part ? flat(part) : '';
      const found = text ? sentence.indexOf(text) : -1;
      if (found < 0) continue;
      start = Math.min(start, found);
      end = Math.max(end, found + text.length);
    }
  }
  return [start, end];
}

/** The clause holding [start, end): from the clause mark before it to the one after it (marks inside it are kept). */
function clauseAround(sentence: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  CLAUSE_MARK.lastIndex = 0;
  for (let m = CLAUSE_MARK.exec(sentence); m; m = CLAUSE_MARK.exec(sentence)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

/** Whole words around [coreStart, coreEnd) within [from, to), growing right then left while they fit. */
function wordWindow(text: string, from: number, to: number, coreStart: number, coreEnd: number, max: number): string {
  let start = coreStart;
  let end = coreEnd;
  const size = (s: number, e: number) => e - s + (s > from ? 1 : 0) + (e < to ? 1 : 0);
  for (let grew = true; grew; ) {
    grew = false;
    const right = nextWordEnd(text, end, to);
    if (right > end && size(start, right) <= max) {
      end = right;
      grew = true;
    }
    const left = previousWordStart(text, start, from);
    if (left < start && size(left, end) <= max) {
      start = left;
      grew = true;
    }
  }
  return `${start > from ? ELLIPSIS : ''}${text.slice(start, end).trim()}${end < to ? ELLIPSIS : ''}`;
}

function nextWordEnd(text: string, at: number, limit: number): number {
  let i = at;
  while (i < limit && text[i] === ' ') i++;
  while (i < limit && text[i] !== ' ') i++;
  return i;
}

function previousWordStart(text: string, at: number, limit: number): number {
  let i = at;
  while (i > limit && text[i - 1] === ' ') i--;
  while (i > limit && text[i - 1] !== ' ') i--;
  return i;
}

/** Text cut at the last word boundary that fits, with an ellipsis. */
function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const room = text.slice(0, max - 1);
  const space = room.lastIndexOf(' ');
  return `${(space > max / 2 ? room.slice(0, space) : room).trimEnd()}${ELLIPSIS}`;
}
