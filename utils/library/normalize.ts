/**
 * Search words for the library, shared by what is indexed and what is typed,
 * so both sides are normalised alike:
 * - case and accents fold (Cyrillic too: "ЗАЯВИЛ" finds "заявил", "ё" finds "е");
 * - a grouped number is one word without its separators: "3,000", "3 000"
 *   (also no-break and thin spaces), "3.000" and "3'000" are all "3000";
 *   a decimal keeps a point: "1,5" and "1.5" are "1.5";
 * - everything else splits into runs of letters and digits, so URLs and
 *   tags are searchable by their parts ("yna.co.kr" → yna, co, kr).
 */

const GROUP_SEPARATORS = ' \u00a0\u2009\u202f,.\'’';
// Digits with separators between them: the only places where a number may need joining.
const NUMBER_RUN = new RegExp(`\\d[\\d${GROUP_SEPARATORS}]*\\d`, 'g');
// Within such a run: a number with thousands groups (1–3 digits, then groups of exactly 3), or a plain one.
const NUMBER = /\d{1,3}(?:[ \u00a0\u2009\u202f,.'’]\d{3})+(?!\d)(?:[.,]\d+(?!\d))?|\d+(?:[.,]\d+)?/g;
const GROUPED = new RegExp(`^(\\d{1,3}(?:[${GROUP_SEPARATORS}]\\d{3})+)([.,]\\d+)?$`);
// Everything that separates words: ASCII and Latin-1 punctuation and spaces, the General Punctuation block.
// (A plain character class: a Unicode-property regex per record cost 10× more at 100,000 records.)
// eslint-disable-next-line no-control-regex
const SEPARATORS = /[\x00-\x2f\x3a-\x40\x5b-\x60\x7b-\xbf\u2000-\u206f\u3000-\u303f]+/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const DIGITS_ONLY = /^\d+$/;
// eslint-disable-next-line no-control-regex
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower case, accents and other combining marks removed (skipped for plain ASCII, most of the text). */
export function foldCase(text: string): string {
  // The combining diacritics block holds every mark Latin and Cyrillic decompose into (й → и + U+0306, ё → е + U+0308).
  return (NON_ASCII.test(text) ? text.normalize('NFD').replace(COMBINING_MARKS, '') : text).toLowerCase();
}

/** A number as written → the one form it is indexed and searched by ("3,000" → "3000", "1,5" → "1.5"). */
export function normalizeNumber(raw: string): string {
  const grouped = GROUPED.exec(raw);
  if (grouped) return grouped[1].replace(/\D/g, '') + (grouped[2] ? `.${grouped[2].slice(1)}` : '');
  return raw.replace(',', '.');
}

/**
 * A text as the index holds it: folded, numbers joined, words separated by
 * single spaces, with a space at each end. A decimal point is written "_"
 * inside it so that it survives as part of its number.
 */
export function indexForm(text: string): string {
  const joined = foldCase(text).replace(NUMBER_RUN, (run) =>
    DIGITS_ONLY.test(run) ? ` ${run} ` : ` ${(run.match(NUMBER) ?? []).map((n) => normalizeNumber(n).replace('.', '_')).join(' ')} `,
  );
  return ` ${joined.replace(SEPARATORS, ' ').trim()} `;
}

export interface SearchWord {
  text: string;
  /** Numbers match whole ("3000" does not find "30,000"); words match as prefixes ("troop" finds "troops"). */
  numeric: boolean;
}

/** The words of a text, normalised, in order (duplicates kept). */
export function searchWords(text: string): SearchWord[] {
  return indexForm(text)
    .split(' ')
    .filter(Boolean)
    .map((w) => ({ text: w.replace('_', '.'), numeric: /^\d+(?:_\d+)?$/.test(w) }));
}

/** Every text of a record in index form, in one string: a search is a few `includes` calls per record. */
export function buildHaystack(texts: readonly string[]): string {
  return indexForm(texts.join('\n'));
}

/** The needles of a typed query: every one must be in a record's haystack (a word as a prefix, a number whole). */
export function queryNeedles(query: string): string[] {
  const words = indexForm(query).split(' ').filter(Boolean);
  return [...new Set(words.map((w) => (/^\d+(?:_\d+)?$/.test(w) ? ` ${w} ` : ` ${w}`)))];
}

export function matchesNeedles(haystack: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (!haystack.includes(needle)) return false;
  return true;
}
