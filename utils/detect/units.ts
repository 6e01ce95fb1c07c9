import type { Language } from '../model/claim';
import { HEAD_SKIP, HEAD_STOP, IRREGULAR_PLURALS } from './quantity-lexicon';
import { tokensAfter } from './context-words';
import { unitLemma } from './lexicon/unit-lemmas';

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);

/** English singular of a plural head noun ("troops" → "troop", "companies" → "company"). */
export function singular(word: string): string {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS[lower];
  if (irregular) return irregular;
  const n = lower.length;
  if (n > 3 && lower.endsWith('ies') && !VOWELS.has(lower[n - 4])) return lower.slice(0, -3) + 'y';
  if (n > 3 && lower.endsWith('es') && (lower.endsWith('sses') || lower.endsWith('shes') || lower.endsWith('ches') || lower.endsWith('xes') || lower.endsWith('zes'))) return lower.slice(0, -2);
  if (n > 2 && lower[n - 1] === 's' && lower[n - 2] !== 's' && lower[n - 2] !== 'u') return lower.slice(0, -1);
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

/** Up to three words after a figure: enough to step over "new" in "30,154 new cars". */
export function headWord(text: string, end: number, lang: Language): HeadWord | null {
  const tokens = tokensAfter(text, end, 6);
  let afterName = false;
  let words = 0;
  for (let k = 0; k < tokens.length && words < 3; k++) {
    const t = tokens[k];
    if (!t.letters) {
      if (k === 0 && t.text === '(') continue;
      return null;
    }
    let word = t.text;
    let lower = t.lower;
    // "soft-boiled": a hyphenated word is one word.
    while (tokens[k + 1]?.text === '-' && !tokens[k + 1].spaced && tokens[k + 2]?.letters && !tokens[k + 2].spaced) {
      word += '-' + tokens[k + 2].text;
      lower += '-' + tokens[k + 2].lower;
      k += 2;
    }
    words++;
    if (HEAD_STOP.has(lower)) return null;
    if (lang === 'en' && isCapital(word.charCodeAt(0))) {
      afterName = true;
      continue;
    }
    if (HEAD_SKIP.has(lower)) continue;
    if (lang === 'en') {
      // "300 armored vehicles", "120 artillery systems": a singular modifier before a plural noun; the plural is the head.
      const next = tokens[k + 1];
      if (next?.letters && next.spaced && isSingularNoun(lower) && !MEASURE_UNIT.test(lower) && /^[a-z]{3,}[^s]s$/.test(next.text) && !HEAD_STOP.has(next.lower)) {
        return { word: next.text, noun: singular(next.text), afterName };
      }
    }
    return { word, noun: lang === 'en' ? singular(word.replace(/['’]s$/, '')) : unitLemma(lower, lang), afterName };
  }
  return null;
}

/** Units that head a figure themselves ("10 percent increases" counts percent, not increases). */
const MEASURE_UNIT = /^(?:percent|pc|point|basis|per|km|kilometer|kilometre|mile|meter|metre|kg|kilogram|ton|tonne|pound|ounce|dollar|euro|ruble|rouble|hryvnia|yuan|yen|hour|minute|acre|hectare|square|cubic|degree|barrel|liter|litre|gallon|foot|feet|inch|million|billion|trillion|thousand|hundred|dozen)$/;

function isCapital(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0x410 && code <= 0x42f) || code === 0x401 || code === 0x406 || code === 0x407 || code === 0x404 || code === 0x490;
}

/** English nouns that count without a plural -s ("270 aircraft"). */
const INVARIANT = /^(?:aircraft|people|police|personnel|staff|sheep|fish|deer|cattle|livestock|offspring|crew|troops|data|media|freight|cargo|equipment|ammunition)$/i;

/** True for an English singular count noun: a figure above one before it is a label, not a count. */
export function isSingularNoun(word: string): boolean {
  return !/s$/i.test(word) && !INVARIANT.test(word) && /^[a-z]+$/.test(word);
}
