
/** A word or a punctuation mark of a sentence, with its offsets in the text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  word: boolean;
  /** Starts with a capital letter. */
  upper: boolean;
}

/** Letters and digits by code: faster than a regex test per token. */
function isWordStart(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x400 && code <= 0x4ff);
}

function isCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde && code !== 0xd7) || (code >= 0x400 && code <= 0x42f) || code === 0x490;
}

const isWordChar = isWordStart;

/** Any capital letter, Latin or Cyrillic (the test for whether a token needs lower-casing). */
function isUpperCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0xc0 && code <= 0xde) || (code >= 0x400 && code <= 0x42f) || code === 0x490;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2bc;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || code === 0x202f || code === 0x2009;
}

/**
 * Words keep their inner apostrophes, hyphens and dots ("Korea’s", "Hau-yip",
 * "U.S.", "didn’t") and a trailing possessive apostrophe ("Edmunds'"); every
 * other non-space character is its own token. A hand-written loop: this runs
 * around every cue, and a regex with object churn was the detector's hot spot.
 */
export function tokenize(text: string, from: number, to: number, maxTokens = Infinity): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to && tokens.length < maxTokens) {
    const code = text.charCodeAt(i);
    if (isSpace(code)) {
      i++;
      continue;
    }
    const start = i;
    // Lower-casing is the expensive part of a token: only done for tokens holding a capital or a curly apostrophe.
    let needsLower = isUpperCode(code);
    if (isWordStart(code)) {
      i++;
      while (i < to) {
        const c = text.charCodeAt(i);
        if (isWordChar(c)) {
          if (!needsLower && isUpperCode(c)) needsLower = true;
          i++;
        } else if ((isApostrophe(c) || c === 45 || c === 46) && i + 1 < to && isWordChar(text.charCodeAt(i + 1))) {
          if (c !== 39 && c !== 45 && c !== 46) needsLower = true;
          i += 2;
          if (!needsLower && isUpperCode(text.charCodeAt(i - 1))) needsLower = true;
        } else break;
      }
      // "Edmunds'" / "U.S.": a closing apostrophe or the last dot of an initialism stays with the word.
      if (i < to && isApostrophe(text.charCodeAt(i)) && !(i + 1 < to && isWordChar(text.charCodeAt(i + 1)))) {
        if (text.charCodeAt(i) !== 39) needsLower = true;
        i++;
      } else if (i < to && text.charCodeAt(i) === 46 && i - start >= 3 && text.charCodeAt(i - 2) === 46) i++;
    } else {
      i++;
      if (code === 0x2019 || code === 0x2bc) needsLower = true;
    }
    const t = text.slice(start, i);
    tokens.push({
      text: t,
      lower: needsLower ? t.toLowerCase().replace(/[’ʼ]/g, "'") : t,
      start,
      end: i,
      word: isWordStart(code),
      upper: isCapital(code),
    });
  }
  return tokens;
}

/** Punctuation that closes a speaker's phrase. The full stop is not here: inside a sentence it marks an abbreviation. */
export const BOUNDARY_PUNCTUATION = new Set([',', ';', ':', '—', '–', '-', '(', ')', '"', '“', '”', '«', '»', '„', '‘', '’', "'", '[', ']', '!', '?', '|', '•']);
export const CLOSING_QUOTES = new Set(['"', '”', '»', '’', "'"]);
export const OPENING_QUOTES = new Set(['"', '“', '«', '‘', '„', "'"]);
