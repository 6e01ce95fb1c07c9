import type { Language } from '../model/claim';
import { HEAD_SKIP, HEAD_STOP, IRREGULAR_PLURALS } from './quantity-lexicon';
import { LETTER } from './lexicon-regex';

/** Up to three words after a figure: enough to step over "new" in "30,154 new cars". */
const NEXT_WORDS = new RegExp(`[\\s(]*([${LETTER}][${LETTER}'’-]*)(?:\\s+([${LETTER}][${LETTER}'’-]*))?(?:\\s+([${LETTER}][${LETTER}'’-]*))?`, 'y');
const UPPER = /^[A-ZА-ЯЁІЇЄҐ]/;

/** English singular of a plural head noun ("troops" → "troop", "companies" → "company"). */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS[lower]) return IRREGULAR_PLURALS[lower];
  if (/[^aeiou]ies$/.test(lower)) return lower.slice(0, -3) + 'y';
  if (/(?:ss|sh|ch|x|z)es$/.test(lower)) return lower.slice(0, -2);
  if (/[^su]s$/.test(lower)) return lower.slice(0, -1);
  return lower;
}

/**
 * The head noun counted by a figure that ends at `end`: the first content
 * word after it, skipping a few adjectives and proper names ("30 Boeing
 * jets" → jet). Null when a function word follows ("rose 30 to 126").
 */
export function headNoun(text: string, end: number, lang: Language): string | null {
  return headWord(text, end, lang)?.noun ?? null;
}

export interface HeadWord {
  /** The word as written ("jets"). */
  word: string;
  /** Its unit form ("jet"). */
  noun: string;
  /** A capitalised word stood between the figure and the noun ("737 Max jet"). */
  afterName: boolean;
}

export function headWord(text: string, end: number, lang: Language): HeadWord | null {
  NEXT_WORDS.lastIndex = end;
  const match = NEXT_WORDS.exec(text);
  if (!match || match[0].includes('\n')) return null;
  let afterName = false;
  for (const word of [match[1], match[2], match[3]]) {
    if (!word) return null;
    const lower = word.toLowerCase();
    if (HEAD_STOP.has(lower)) return null;
    if (UPPER.test(word) && lang === 'en') {
      afterName = true;
      continue;
    }
    if (HEAD_SKIP.has(lower)) continue;
    return { word, noun: lang === 'en' ? singular(word.replace(/['’]s$/, '')) : lower, afterName };
  }
  return null;
}

/** English nouns that count without a plural -s ("270 aircraft"). */
const INVARIANT = /^(?:aircraft|people|police|personnel|staff|sheep|fish|deer|cattle|livestock|offspring|crew|troops|data|media|freight|cargo|equipment|ammunition)$/i;

/** True for an English singular count noun: a figure above one before it is a label, not a count. */
export function isSingularNoun(word: string): boolean {
  return !/s$/i.test(word) && !INVARIANT.test(word) && /^[a-z]+$/.test(word);
}
