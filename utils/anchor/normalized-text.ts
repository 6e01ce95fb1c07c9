/**
 * A text with every run of whitespace collapsed to one space, and the map
 * back to the raw offsets. Anchoring compares quotes and context in this
 * form, so a re-flowed paragraph ("\n\n" for " ", a doubled space) is not
 * an edit.
 */
export interface NormalizedText {
  raw: string;
  norm: string;
  /** rawAt[i]: raw offset of norm[i]; rawAt[norm.length] = raw.length. */
  rawAt: Int32Array;
}

/** The characters of /\s/, tested by code: this runs once per character of a page. */
export function isSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

export function collapseSpaces(s: string): string {
  return s.replace(/\s+/g, ' ');
}

export function normalizeText(raw: string): NormalizedText {
  const rawAt = new Int32Array(raw.length + 1);
  const out: string[] = [];
  let n = 0;
  let runStart = 0;
  // Build in pieces: between whitespace runs the text is copied as is.
  for (let i = 0; i < raw.length; ) {
    if (!isSpace(raw.charCodeAt(i))) {
      rawAt[n++] = i++;
      continue;
    }
    if (i > runStart) out.push(raw.slice(runStart, i));
    rawAt[n++] = i;
    while (i < raw.length && isSpace(raw.charCodeAt(i))) i++;
    out.push(' ');
    runStart = i;
  }
  out.push(raw.slice(runStart));
  rawAt[n] = raw.length;
  return { raw, norm: out.join(''), rawAt: rawAt.subarray(0, n + 1) };
}

/** The normalized offset of a raw offset (the run holding it, for an offset inside whitespace). */
export function normOffset(text: NormalizedText, rawOffset: number): number {
  const { rawAt } = text;
  let lo = 0;
  let hi = rawAt.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (rawAt[mid] <= rawOffset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
