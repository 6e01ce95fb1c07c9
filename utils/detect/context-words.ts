/**
 * Reading the few words around a figure or a cue without regexes anchored at `$` (those
 * retry at every character of the window). Words are runs of non-space
 * characters, nearest first; reading stops at a line break.
 */
export interface PreviousWord {
  /** The run as written, punctuation included ("Jr.,", "Nov."). */
  raw: string;
  /** Lower case, outer punctuation stripped ("jr", "nov"); read it through `lowerOf`. */
  lower?: string;
  /** Lower case as written ("nov."); read it through `rawLowerOf`. */
  rawLower?: string;
  start: number;
}

/** Lower case without the cost of `toLowerCase` for words that are lower case already (most of them). */
export function lowerWord(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    // Lower-case Cyrillic (а-я, ѐ-џ) is common and needs nothing either.
    if ((c >= 65 && c <= 90) || (c > 127 && !(c >= 0x430 && c <= 0x45f))) {
      const lower = word.toLowerCase();
      return lower.includes('’') || lower.includes('ʼ') ? lower.replace(/[’ʼ]/g, "'") : lower;
    }
  }
  return word;
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

const OUTER = new Set(['(', ')', '"', '“', '”', '‘', '’', '«', '»', '[', ']', ',', '.', ';', ':', '!', '?']);

function stripOuter(word: string): string {
  let a = 0;
  let b = word.length;
  while (a < b && OUTER.has(word[a])) a++;
  while (b > a && OUTER.has(word[b - 1])) b--;
  return a === 0 && b === word.length ? word : word.slice(a, b);
}

/** The lower-case form of a previous word, computed on first use (most words are never looked up). */
export function lowerOf(word: PreviousWord): string {
  if (word.lower === undefined) word.lower = stripOuter(lowerWord(word.raw));
  return word.lower;
}

/** The lower-case form of a previous word as written, computed once. */
export function rawLowerOf(word: PreviousWord): string {
  if (word.rawLower === undefined) word.rawLower = lowerWord(word.raw);
  return word.rawLower;
}

/**
 * The longest run read as one word or token, and the longest run of blanks
 * stepped over. Real words, figures and gaps are far shorter; without the
 * bounds an unspaced run ("$1$1$1…", digits joined by U+200D) is read whole
 * at every figure in it, which is quadratic.
 */
export const MAX_WORD = 64;
const MAX_GAP = 64;

/**
 * A stretch of `solidText` known to hold no blank or line break, [solidFrom,
 * solidTo): in an unspaced run every figure would otherwise read the same
 * MAX_WORD characters back to find the run too long for a word.
 */
let solidText = '';
let solidFrom = 0;
let solidTo = 0;

function isBreak(code: number): boolean {
  return isBlank(code) || code === 10 || code === 13;
}

export function wordsBefore(text: string, pos: number, max: number): PreviousWord[] {
  const words: PreviousWord[] = [];
  let i = pos - 1;
  while (words.length < max && i >= 0) {
    const gapEnd = i;
    while (i >= 0 && isBlank(text.charCodeAt(i))) i--;
    if (i < 0 || gapEnd - i > MAX_GAP) break;
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) break;
    const end = i + 1;
    const floor = end - MAX_WORD;
    if (floor > 0 && text === solidText && floor >= solidFrom && floor <= solidTo) {
      let k = solidTo;
      while (k < end && !isBreak(text.charCodeAt(k))) k++;
      if (k >= end) {
        if (end > solidTo) solidTo = end;
        break; // the same endless run as the last figure's: no word
      }
    }
    while (i >= 0 && i >= floor) {
      if (isBreak(text.charCodeAt(i))) break;
      i--;
    }
    if (i >= 0 && i < floor) {
      solidText = text;
      solidFrom = floor;
      solidTo = end;
    }
    // A run longer than any word ("$1$1$1…", digits joined by U+200D) is no word: nothing before the figure is read.
    if (i >= 0 && i < floor) break;
    words.push({ raw: text.slice(i + 1, end), start: i + 1 });
  }
  return words;
}

/** A phrase list prepared for `phraseBefore`: the phrases and the last words they can end with. */
export interface PhraseSet {
  phrases: Set<string>;
  lastWords: Set<string>;
  longest: number;
}

export function phraseSet(phrases: Iterable<string>): PhraseSet {
  const set = new Set([...phrases].map((p) => p.toLowerCase().replace(/\s+/g, ' ')));
  const lastWords = new Set([...set].map((p) => p.split(' ').pop()!));
  const longest = Math.max(...[...set].map((p) => p.split(' ').length));
  return { phrases: set, lastWords, longest };
}

/**
 * The longest phrase of `set` that ends right before the words read by
 * `wordsBefore` ("more than", "at least"), or null.
 */
export function phraseBefore(words: PreviousWord[], set: PhraseSet): { phrase: string; start: number; count: number } | null {
  if (!words.length) return null;
  const nearest = rawLowerOf(words[0]);
  if (!set.lastWords.has(nearest)) return null;
  for (let n = Math.min(set.longest, words.length); n >= 1; n--) {
    let phrase = nearest;
    let clean = true;
    for (let k = 1; k < n; k++) {
      const w = words[k];
      // A phrase never runs over punctuation: "over, 30" is no hedge.
      const lower = lowerOf(w);
      if (lower.length !== w.raw.length) clean = false;
      phrase = lower + ' ' + phrase;
    }
    if (clean && set.phrases.has(phrase)) return { phrase, start: words[n - 1].start, count: n };
  }
  return null;
}

/** A word or sign after a position, for reading a figure's right context. */
export interface NextToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Whitespace stood between this token and what precedes it. */
  spaced: boolean;
  letters: boolean;
}

function isLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x400 && code <= 0x4ff);
}

/**
 * Up to `max` tokens after `pos` on the same line: letter runs (with inner
 * apostrophes), digit runs, or single signs ("%", "-", "$").
 */
let cachedText = '';
let cachedPos = -1;
let cachedTokens: NextToken[] = [];
/** The reading at `cachedPos` stopped at a line break, the text's end, a long gap or an endless run: there is no more. */
let cachedDone = false;

export function tokensAfter(text: string, pos: number, max: number): NextToken[] {
  // The same position is read several times per figure (scale, unit, range, hedges): one reading, extended
  // only as far as a caller needs (most figures are settled by the first two tokens).
  if (pos !== cachedPos || text !== cachedText) {
    const kept = text === cachedText ? tokensFrom(pos) : -1;
    cachedText = text;
    cachedPos = pos;
    if (kept < 0) {
      cachedTokens = [];
      cachedDone = false;
    } else {
      // The next figure's context starts where one of the cached tokens ends: the rest of the reading is its own.
      cachedTokens = cachedTokens.slice(kept);
      if (cachedTokens.length === 0) cachedDone = false;
    }
  }
  if (cachedTokens.length < max && !cachedDone) {
    const last = cachedTokens[cachedTokens.length - 1];
    cachedDone = readTokensAfter(text, last ? last.end : pos, max, cachedTokens);
  }
  return cachedTokens;
}

/**
 * The index in the cached reading from which a reading at `pos` would go on
 * unchanged, or -1. Tokens never look back, so from the end of a cached token
 * the reading gives the tokens after it, with the same gaps; only when `pos`
 * is the end of the last one is the reason the reading stopped (say a word
 * cut at MAX_WORD) no longer known.
 */
function tokensFrom(pos: number): number {
  if (pos < cachedPos) return -1;
  if (pos === cachedPos) return 0;
  for (let k = 0; k < cachedTokens.length; k++) {
    const end = cachedTokens[k].end;
    if (end === pos) return k + 1;
    if (end > pos) return -1;
  }
  return -1;
}

/** Appends tokens after `pos` to `tokens` until it holds `max`; true when the reading ended before that. */
function readTokensAfter(text: string, pos: number, max: number, tokens: NextToken[]): boolean {
  let i = pos;
  const n = text.length;
  while (tokens.length < max) {
    if (i >= n) return true;
    let spaced = false;
    const gapStart = i;
    while (i < n && isBlank(text.charCodeAt(i))) {
      i++;
      spaced = true;
    }
    if (i >= n || i - gapStart > MAX_GAP) return true;
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return true;
    const start = i;
    if (isLetter(code)) {
      // Lower-casing only when a capital or a non-ASCII letter was seen: most words are plain lower case.
      let plain = code >= 97 && code <= 122;
      i++;
      const limit = Math.min(n, start + MAX_WORD);
      while (i < limit) {
        const c = text.charCodeAt(i);
        if (isLetter(c)) {
          if (plain && !(c >= 97 && c <= 122)) plain = false;
          i++;
        } else if ((c === 39 || c === 0x2019 || c === 0x2bc) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) {
          plain = false;
          i += 2;
        } else break;
      }
      const word = text.slice(start, i);
      tokens.push({ text: word, lower: plain ? word : lowerWord(word), start, end: i, spaced, letters: true });
      if (i - start >= MAX_WORD) return true; // the run goes on out of sight
    } else if (code >= 48 && code <= 57) {
      const limit = Math.min(n, start + MAX_WORD);
      while (i < limit && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
      const digits = text.slice(start, i);
      tokens.push({ text: digits, lower: digits, start, end: i, spaced, letters: false });
      if (i - start >= MAX_WORD) return true;
    } else {
      i++;
      const sign = text[start];
      tokens.push({ text: sign, lower: sign, start, end: i, spaced, letters: false });
    }
  }
  return false;
}
