import type { Language, SourceType } from '../model/claim';
import { ANONYMOUS_MARKERS, OFFICIAL_HEADS, ORGANISATION_HEADS, PLACE_NAMES, SOURCE_LEXICON, TITLE_WORDS, VAGUE_HEADS } from './source-lexicon';
import type { Token } from './tokens';

const ACRONYM = /^(?:[A-ZА-ЯЁІЇЄҐ]{2,}|(?:[A-Z]\.){2,})$/;
const HEAD_ENDERS = new Set(['of', 'from', 'at', 'in', 'for', 'who', 'which']);
/** Capitalised at a sentence start but never part of a name. */
const NOT_NAMES = new Set(['a', 'an', 'the', 'and', 'of', 'one', 'two', 'some', 'many', 'several', 'both']);

/** Stems (one or two letters off) of a table's Russian and Ukrainian entries, for case forms. */
const stemCache = new WeakMap<Set<string>, Set<string>>();
function stems(table: Set<string>): Set<string> {
  let set = stemCache.get(table);
  if (!set) {
    set = new Set();
    for (const entry of table) {
      if (!/[а-яёіїєґ]$/.test(entry) || entry.length < 5) continue;
      set.add(entry.slice(0, -1));
      set.add(entry.slice(0, -2));
    }
    stemCache.set(table, set);
  }
  return set;
}

/** A head-noun table look-up that also accepts a Russian or Ukrainian case form ("министра" → "министр", "ведомстве" → "ведомство"). */
function hasForm(table: Set<string>, word: string): boolean {
  if (table.has(word)) return true;
  if (word.length < 5 || !/[а-яёіїєґ]$/.test(word)) return false;
  // This runs for every word of every source phrase, and the same words come back: each is cut and looked up once.
  let known = caseFormCache.get(table);
  if (!known) caseFormCache.set(table, (known = new Map()));
  let found = known.get(word);
  if (found === undefined) {
    const one = word.slice(0, -1);
    const two = word.slice(0, -2);
    const stemSet = stems(table);
    found = table.has(one) || table.has(two) || stemSet.has(one) || stemSet.has(two);
    if (known.size >= CASE_FORM_CACHE_SIZE) known.clear();
    known.set(word, found);
  }
  return found;
}
const caseFormCache = new WeakMap<Set<string>, Map<string, boolean>>();
const CASE_FORM_CACHE_SIZE = 4096;

/** Lower case without a possessive ending ("korea’s" → "korea"). */
function bare(token: Token): string {
  const l = token.lower;
  return l.endsWith("'s") ? l.slice(0, -2) : l.endsWith("'") ? l.slice(0, -1) : l;
}

/**
 * The person's name inside a speaker phrase, titles stripped: "Russia’s
 * Deputy Foreign Minister Andrei Rudenko" → "Andrei Rudenko", "Chris Tang,
 * Hong Kong’s new police commissioner" → "Chris Tang". Null when the phrase
 * names no one (a run of two or more capitalised words is a name).
 */
export function personName(tokens: Token[]): string | null {
  // Within a comma-separated part the last run of capitals is the name ("Ukrainian analyst Oleh Saakyan");
  // the first part that has one wins ("Chris Tang, Hong Kong’s new police commissioner").
  let run: Token[] = [];
  let best: Token[] = [];
  for (const t of tokens) {
    if (!t.word) {
      if (t.text === ',' || t.text === '(') {
        if (best.length >= 2) break;
        run = [];
      }
      continue;
    }
    const lower = bare(t);
    const nameLike = t.upper && !NOT_NAMES.has(t.lower) && !ACRONYM.test(t.text) && !t.lower.endsWith("'s") && !TITLE_WORDS.has(lower) && !ORGANISATION_HEADS.has(lower) && !PLACE_NAMES.has(lower);
    if (nameLike || (run.length && (lower === 'jr' || lower === 'sr' || lower === 'jr.' || lower === 'sr.'))) {
      run.push(t);
      if (run.length >= 2) best = run.slice();
    } else run = [];
  }
  run = best;
  if (run.length < 2) return null;
  // Russian and Ukrainian: "Кремля Дмитрий Песков" → first name and surname, with a patronymic when there is one.
  if (run.length > 2 && CYRILLIC.test(run[0].text)) {
    const patronymic = PATRONYMIC.test(run[run.length - 2].text);
    run = run.slice(patronymic ? -3 : -2);
  }
  return run.map((t) => t.text).join(' ');
}

const CYRILLIC = /[А-Яа-яЁёІіЇїЄєҐґ]/;
const PATRONYMIC = /(?:ович|евич|ьевич|ич|овна|евна|ична|івна|ївна)$/;

/** A known surname in another case ("Пескова" for "Песков"): the same stem with at most two letters more. */
export function knownSurname(word: string, knownNames: Map<string, string>): string | undefined {
  const lower = word.toLowerCase();
  for (let cut = 0; cut <= 2 && cut < lower.length - 2; cut++) {
    const name = knownNames.get(lower.slice(0, lower.length - cut));
    if (name) return name;
  }
  return undefined;
}

/** What kind of speaker a phrase names (see SourceTypeSchema). */
export function classifySource(tokens: Token[], text: string, lang: Language, named: string | null, knownNames: Map<string, string>): SourceType {
  const lex = SOURCE_LEXICON[lang];
  const words = tokens.filter((t) => t.word);
  if (words.length === 0) return 'unknown';
  const lowers = words.map(bare);
  if (words.length === 1 && (lex.pronouns.has(lowers[0]) || lex.relatives.has(lowers[0]))) return 'pronoun';
  if (ANONYMOUS_MARKERS.test(text)) return 'anonymous';
  let headIndex = lowers.findIndex((w) => HEAD_ENDERS.has(w));
  if (headIndex <= 0) headIndex = lowers.length;
  const head = lowers[headIndex - 1];
  const official = lowers.some((w) => hasForm(OFFICIAL_HEADS, w));
  const organisation = lowers.some((w) => hasForm(ORGANISATION_HEADS, w));
  // "the World Health Organization", "the Joint Chiefs of Staff": English puts no article before a person's name.
  if (named && !(lowers[0] === 'the' && !official)) {
    const organisationOnly = words.length === named.split(' ').length && organisation;
    return organisationOnly && !official ? 'organisation' : 'person';
  }
  if (hasForm(VAGUE_HEADS, head)) return 'vague';
  if (hasForm(OFFICIAL_HEADS, head) || (official && !hasForm(ORGANISATION_HEADS, head))) return 'official';
  if (hasForm(ORGANISATION_HEADS, head) || words.some((t) => ACRONYM.test(t.text)) || lowers.some((w) => PLACE_NAMES.has(w))) return 'organisation';
  if (words.length === 1 && words[0].upper) return knownSurname(words[0].text, knownNames) ? 'person' : 'unknown';
  if (organisation) return 'organisation';
  return 'unknown';
}
