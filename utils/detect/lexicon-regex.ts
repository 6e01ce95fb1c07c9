/**
 * Helpers that turn word lists (the lexicons are data tables) into one
 * precompiled alternation. Longest forms go first so that "more than" wins
 * over "more" and "тысячами" over "тысяча".
 */

export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of literal forms; spaces in a form match any run of whitespace. */
export function alternation(forms: Iterable<string>): string {
  const unique = [...new Set(forms)].sort((a, b) => b.length - a.length);
  return unique.map((form) => escapeRegex(form).replace(/ /g, '\\s+').replace(/['’]/g, "['’ʼ]")).join('|');
}

/**
 * Letters of the three scripts we read. JavaScript's `\b` only knows ASCII, so
 * word edges in Cyrillic text need explicit look-arounds built from this.
 */
export const LETTER = 'A-Za-zÀ-ÖØ-öø-ÿА-Яа-яЁёІіЇїЄєҐґ';
export const WORD_START = `(?<![${LETTER}0-9])`;
export const WORD_END = `(?![${LETTER}0-9])`;

/** Lower-cased lookup that treats the apostrophe variants as one. */
export function normaliseWord(word: string): string {
  return word.toLowerCase().replace(/[’ʼ]/g, "'").replace(/\s+/g, ' ');
}
