/** Where a sentence ends: . ! ? … (with closing quotes/brackets) followed by a space, or a line break. */
const SENTENCE_END = /[.!?…]["'”’»)\]]*\s+(?=["'“‘«(\[]?[\p{Lu}\d])|\n+/gu;

/**
 * The sentence ends of one text, found in one pass, so the sentence of each
 * of its claims is a binary search: a dense text (thousands of figures in one
 * paragraph) no longer rescans up to 1,200 characters per claim.
 */
export class Sentences {
  /** Where each sentence end's match starts, ascending. */
  private readonly starts: number[] = [];
  /** Where the next sentence begins after each end (after its spaces or line breaks). */
  private readonly nexts: number[] = [];
  /** Where each sentence ends, its closing punctuation included and spaces excluded. */
  private readonly ends: number[] = [];

  constructor(private readonly text: string) {
    SENTENCE_END.lastIndex = 0;
    for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
      this.starts.push(m.index);
      this.nexts.push(m.index + m[0].length);
      this.ends.push(m.index + m[0].trimEnd().length);
    }
  }

  /**
   * The sentence that holds text[start, end), trimmed, at most `maxLength`
   * characters either side of the claim. A claim that spans a sentence end
   * gets both sentences.
   */
  around(start: number, end: number, maxLength = 600): string {
    // The last sentence that begins at or before the claim…
    const before = lastAtMost(this.nexts, start);
    let from = before >= 0 ? this.nexts[before] : 0;
    // …and the first end at or after it.
    const after = firstAtLeast(this.starts, end);
    let to = after < this.starts.length ? this.ends[after] : this.text.length;
    from = Math.max(from, start - maxLength);
    to = Math.min(to, end + maxLength);
    return this.text.slice(from, to).trim();
  }
}

/** The sentence that holds text[start, end), trimmed (see `Sentences` to ask for many claims of one text). */
export function sentenceAround(text: string, start: number, end: number, maxLength = 600): string {
  return new Sentences(text).around(start, end, maxLength);
}

/** Index of the last value ≤ x in ascending `values`, or -1. */
function lastAtMost(values: number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Index of the first value ≥ x in ascending `values`, or values.length. */
function firstAtLeast(values: number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
