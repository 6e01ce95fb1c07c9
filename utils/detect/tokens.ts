import { LETTER } from './lexicon-regex';

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

/**
 * Words keep their inner apostrophes, hyphens and dots ("Korea’s", "Hau-yip",
 * "U.S.", "didn’t"); every other non-space character is its own token.
 */
const TOKEN = new RegExp(`(?:[A-Z]\\.){2,}|[${LETTER}0-9]+(?:['’ʼ\\-.][${LETTER}0-9]+)*(?:['’]s?(?![${LETTER}]))?|\\S`, 'g');
const WORDLIKE = new RegExp(`^[${LETTER}0-9]`);
const CAPITAL = /^[A-ZА-ЯЁІЇЄҐ]/;

export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    const t = m[0];
    tokens.push({
      text: t,
      lower: t.toLowerCase().replace(/[’ʼ]/g, "'"),
      start: from + m.index,
      end: from + m.index + t.length,
      word: WORDLIKE.test(t),
      upper: CAPITAL.test(t),
    });
  }
  return tokens;
}

/** Punctuation that closes a speaker's phrase. The full stop is not here: inside a sentence it marks an abbreviation. */
export const BOUNDARY_PUNCTUATION = new Set([',', ';', ':', '—', '–', '-', '(', ')', '"', '“', '”', '«', '»', '„', '‘', '’', "'", '[', ']', '!', '?', '|', '•']);
export const CLOSING_QUOTES = new Set(['"', '”', '»', '’', "'"]);
export const OPENING_QUOTES = new Set(['"', '“', '«', '‘', '„', "'"]);
