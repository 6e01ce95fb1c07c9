import type { Language, SourceType } from '../model/claim';
import { ANONYMOUS_MARKERS, OFFICIAL_HEADS, ORGANISATION_HEADS, PLACE_NAMES, SOURCE_LEXICON, TITLE_WORDS, VAGUE_HEADS } from './source-lexicon';

const WORDS = /[A-Za-zÀ-ÿА-Яа-яЁёІіЇїЄєҐґ0-9][A-Za-zÀ-ÿА-Яа-яЁёІіЇїЄєҐґ0-9.'’ʼ-]*/g;
const CAPITAL = /^[A-ZА-ЯЁІЇЄҐ]/;
const ACRONYM = /^(?:[A-ZА-ЯЁІЇЄҐ]{2,}|(?:[A-Z]\.){2,})$/;

function words(text: string): string[] {
  return text.match(WORDS) ?? [];
}

function bare(word: string): string {
  return word.toLowerCase().replace(/['’]s?$/, '');
}

/**
 * The person's name inside a speaker phrase, titles stripped: "Russia’s
 * Deputy Foreign Minister Andrei Rudenko" → "Andrei Rudenko", "Chris Tang,
 * Hong Kong’s new police commissioner" → "Chris Tang". Null when the phrase
 * names no one (a run of two or more capitalised words is a name).
 */
export function personName(source: string): string | null {
  for (const segment of source.split(/,|\(/)) {
    const list = words(segment);
    let run: string[] = [];
    for (const word of list) {
      const lower = bare(word);
      if (CAPITAL.test(word) && !ACRONYM.test(word) && !/['’]s$/.test(word) && !TITLE_WORDS.has(lower) && !ORGANISATION_HEADS.has(lower) && !PLACE_NAMES.has(lower)) run.push(word);
      else if (run.length && /^(?:jr\.?|sr\.?)$/i.test(word)) run.push(word);
      else run = [];
    }
    if (run.length >= 2) return run.join(' ');
  }
  return null;
}

/** What kind of speaker a phrase names (see SourceTypeSchema). */
export function classifySource(source: string, lang: Language, knownNames: Map<string, string>): SourceType {
  const lex = SOURCE_LEXICON[lang];
  const list = words(source);
  if (list.length === 0) return 'unknown';
  const lowers = list.map(bare);
  if (list.length === 1 && (lex.pronouns.has(lowers[0]) || lex.relatives.has(lowers[0]))) return 'pronoun';
  if (ANONYMOUS_MARKERS.test(source)) return 'anonymous';
  const named = personName(source);
  const headIndex = lowers.findIndex((w) => ['of', 'from', 'at', 'in', 'for', 'who', 'which'].includes(w));
  const head = lowers[(headIndex > 0 ? headIndex : lowers.length) - 1];
  if (named) {
    return lowers.some((w) => ORGANISATION_HEADS.has(w)) && !lowers.some((w) => OFFICIAL_HEADS.has(w)) && !knownNames.has(named.split(' ').pop()!.toLowerCase()) && list.length === named.split(' ').length
      ? 'organisation'
      : 'person';
  }
  if (VAGUE_HEADS.has(head)) return 'vague';
  if (OFFICIAL_HEADS.has(head) || lowers.some((w) => OFFICIAL_HEADS.has(w) && !ORGANISATION_HEADS.has(head))) return 'official';
  if (ORGANISATION_HEADS.has(head) || list.some((w) => ACRONYM.test(w)) || lowers.some((w) => PLACE_NAMES.has(w))) return 'organisation';
  if (list.length === 1 && CAPITAL.test(list[0])) return knownNames.has(lowers[0]) ? 'person' : 'unknown';
  if (lowers.some((w) => ORGANISATION_HEADS.has(w))) return 'organisation';
  return 'unknown';
}
