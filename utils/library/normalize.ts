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
// A number with thousands groups (1–3 digits first, then groups of exactly 3), or a plain one; then words.
const TOKEN = new RegExp(
  `\\d{1,3}(?:[${GROUP_SEPARATORS}]\\d{3})+(?!\\d)(?:[.,]\\d+(?!\\d))?|\\d+(?:[.,]\\d+)?|[\\p{L}\\p{N}]+`,
  'gu',
);
const GROUPED = new RegExp(`^(\\d{1,3}(?:[${GROUP_SEPARATORS}]\\d{3})+)([.,]\\d+)?$`);

/** Lower case, accents and other combining marks removed. */
export function foldCase(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A number as written → the one form it is indexed and searched by. */
export function normalizeNumber(raw: string): string {
  const grouped = GROUPED.exec(raw);
  if (grouped) return grouped[1].replace(/\D/g, '') + (grouped[2] ? `.${grouped[2].slice(1)}` : '');
  return raw.replace(',', '.');
}

export interface SearchWord {
  text: string;
  /** Numbers match whole ("3000" does not find "30,000"); words match as prefixes ("troop" finds "troops"). */
  numeric: boolean;
}

/** The words of a text, normalised, in order (duplicates kept). */
export function searchWords(text: string): SearchWord[] {
  const words: SearchWord[] = [];
  for (const match of foldCase(text).matchAll(TOKEN)) {
    const raw = match[0];
    const numeric = /^\d/.test(raw) && /^[\d.,'’\s\u00a0\u2009\u202f]+$/.test(raw);
    words.push({ text: numeric ? normalizeNumber(raw) : raw, numeric });
  }
  return words;
}

/**
 * One string holding every distinct word once, space-delimited on both
 * sides, so a search is a few `includes` calls per record (a word prefix is
 * " word", a whole number " 3000 ").
 */
export function buildHaystack(texts: Iterable<string>): string {
  const seen = new Set<string>();
  for (const text of texts) for (const word of searchWords(text)) seen.add(word.text);
  return ` ${[...seen].join(' ')} `;
}

/** The needles of a typed query: every one must be in a record's haystack. */
export function queryNeedles(query: string): string[] {
  const needles = searchWords(query).map((w) => (w.numeric ? ` ${w.text} ` : ` ${w.text}`));
  return [...new Set(needles)];
}

export function matchesNeedles(haystack: string, needles: readonly string[]): boolean {
  for (const needle of needles) if (!haystack.includes(needle)) return false;
  return true;
}
