import type { Language } from '../model/claim';
import { NUMBER_WORDS, SCALE_ABBREVIATIONS } from './number-words';
import { WORD_END, WORD_START, normaliseWord, trieAlternation } from './lexicon-regex';
import {
  CHANGE_OPENERS,
  CURRENCY_WORDS,
  HEDGES_AFTER,
  HEDGES_BEFORE,
  LABEL_WORDS,
  MEASURE_WORDS,
  MONTHS,
  PERCENT_WORDS,
  RANGE_OPENERS,
  TIME_ADJECTIVES,
  TIME_WORDS,
} from './quantity-lexicon';
import { phraseSet, type PhraseSet } from './context-words';

/**
 * The quantity pass's precompiled patterns and look-up tables, built once per
 * language from the lexicons: the scan regex that finds where figures start,
 * and the maps the readers around a figure consult.
 */

/** Things that look like numbers and never are claims: clock times and video time codes, phone numbers, numeric dates. */
const NOT_A_QUANTITY = [
  String.raw`(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])`,
  String.raw`\+\d{1,3}[ \-]?\(?\d{2,4}\)?[ \-]?\d{2,4}[ \-]?\d{2,4}(?:[ \-]?\d{2,4})?`,
  String.raw`\(\d{3}\) ?\d{3}-\d{4}`,
  String.raw`(?<![\d-])\d{1,4}(?:-\d{2,4}){2,}(?![\d-])`,
  String.raw`(?<![\d.])\d{1,4}[./]\d{1,2}[./]\d{2,4}(?!\d)`,
  String.raw`(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)`,
].join('|');

/**
 * Russian and Ukrainian write decimals with a comma, so "о 11.30" is a clock
 * time unless a unit follows it; a number closing a «name» belongs to it.
 */
const NOT_A_SLAVIC_QUANTITY = [
  String.raw`(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.,]|\s*(?:%|відс|проц|млн|млрд|тис|тыс|мільй|милли|мільяр|миллиар|дол|грн|руб|євро|евро|км|кг))`,
  // "«Северный поток – 2»": a small number closing a quoted name after a dash is part of the name.
  String.raw`(?<=[–—-]\s?)\d{1,2}(?=»)`,
].join('|');

/**
 * Digits with thousands groups; Russian and Ukrainian also group with a plain
 * space ("3 000"). A space-like separator only ever groups three digits, so
 * the pattern stops before any other one: a run such as "1\u00A01\u00A01…"
 * is then read figure by figure instead of whole at each of its digits.
 */
function digitPattern(lang: Language): string {
  const spaces = lang === 'en' ? '\\u00A0\\u202F\\u2009' : ' \\u00A0\\u202F\\u2009';
  return String.raw`\.\d+|\d+(?:(?:[,.]|[${spaces}](?=\d{3}(?!\d)))\d+)*`;
}

function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/**
 * Where the figure that `digitsAt` would match at `at` ends, without a
 * regex match object (this runs at every figure): `.45`, or digits grouped
 * by `,` `.` and, before exactly three digits, a space-like separator.
 */
export function digitRunEnd(text: string, at: number, lang: Language): number {
  let i = at;
  if (text.charCodeAt(i) === 46) {
    if (!isDigitAt(text, i + 1)) return at;
    i++;
    while (isDigitAt(text, i)) i++;
    return i;
  }
  if (!isDigitAt(text, i)) return at;
  while (isDigitAt(text, i)) i++;
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c === 44 || c === 46) && isDigitAt(text, i + 1)) i++;
    else if ((c === 0xa0 || c === 0x202f || c === 0x2009 || (c === 32 && lang !== 'en')) && isDigitAt(text, i + 1) && isDigitAt(text, i + 2) && isDigitAt(text, i + 3) && !isDigitAt(text, i + 4)) i++;
    else return i;
    while (isDigitAt(text, i)) i++;
  }
}

/** A run of digits and separators longer than this is a code, a list or noise, never one figure; it is skipped whole. */
export const MAX_FIGURE_LENGTH = 32;

export interface Compiled {
  scan: RegExp;
  /** The scan's number-word alternative alone (group 2 of `scan` as group 1): the quantity pass finds digits by hand. */
  numberWords: RegExp;
  skipAt: RegExp;
  /** The digits of a figure (the reference for digitRunEnd, which the scan uses). */
  digitsAt: RegExp;
  rangeAfter: RegExp;
  scales: Map<string, number>;
  percent: Map<string, string>;
  currencies: Map<string, { currency: string; unit: string }>;
  measures: Map<string, string>;
  timeWords: Set<string>;
  timeAdjectives: Set<string>;
  hedgesBefore: PhraseSet;
  hedgesAfter: Set<string>;
  openers: Set<string>;
  changes: Set<string>;
  months: Set<string>;
  labels: Set<string>;
  rangeWords: Set<string>;
}

const compiledCache = new Map<Language, Compiled>();

export function compile(lang: Language): Compiled {
  const cached = compiledCache.get(lang);
  if (cached) return cached;
  const words = NUMBER_WORDS[lang];
  const word = `(?:${trieAlternation(words.keys())})`;
  const vague = trieAlternation([...words.entries()].filter(([, w]) => w.kind === 'vague' || w.kind === 'scale').map(([f]) => f));
  const fraction = lang === 'en' ? String.raw`|(?:quarter|half)[- ](?:percentage[- ])?point` : '';
  // English words are ASCII, so the cheap `\b` does; Cyrillic needs explicit look-arounds.
  const [open, close] = lang === 'en' ? ['\\b', '\\b'] : [WORD_START, WORD_END];
  // "два з половиною мільйони", "двух с половиной миллионов": "with a half" joins the words of one figure.
  const half = lang === 'en' ? '' : String.raw`\s+(?:с|з|із)\s+(?=половин)|`;
  const numberWords = String.raw`${open}(?:${word}(?:(?:\s+and\s+|${half}\s+|-)${word})*(?:\s+of\s+(?:${vague}))?${fraction})${close}`;
  const digits = digitPattern(lang);

  const scales = new Map<string, number>();
  for (const [form, w] of words) if (w.kind === 'scale') scales.set(form, w.value);
  for (const form of ['mln', 'bn', 'mn', 'tn']) scales.set(form, SCALE_ABBREVIATIONS[form]);
  const percent = new Map<string, string>();
  for (const [forms, unit] of PERCENT_WORDS) {
    const list = forms === '%' || / (?:points?|пункт\S*)$|per cent/.test(forms) ? [forms] : forms.split(' ');
    for (const f of list) percent.set(f, unit);
  }
  const currencies = new Map<string, { currency: string; unit: string }>();
  for (const [forms, currency, unit] of CURRENCY_WORDS) for (const f of forms.split(' ')) currencies.set(f, { currency, unit });
  const measures = new Map<string, string>();
  for (const [forms, unit] of MEASURE_WORDS) {
    const list = /^(?:metric|square) /.test(forms) ? (forms.match(/\S+ \S+/g) ?? []) : forms.split(' ');
    for (const f of list) measures.set(f, unit);
  }
  const compiled: Compiled = {
    // Group 1: a digit; group 2: number words. Numbered groups: named ones cost an object per match.
    scan: new RegExp(`(\\d)|(${numberWords})`, 'gi'),
    numberWords: new RegExp(`(${numberWords})`, 'gi'),
    skipAt: new RegExp(lang === 'en' ? NOT_A_QUANTITY : `${NOT_A_QUANTITY}|${NOT_A_SLAVIC_QUANTITY}`, 'y'),
    digitsAt: new RegExp(digits, 'y'),
    rangeAfter: new RegExp(String.raw`\s*(?:(?<dash>[-–—−])|\s(?<word>to|and|до|и|і|та)\s)\s*(?<cur>US\$|\$|€|£|₽|₴|¥)?\s*(?<num>${digits})`, 'iy'),
    scales,
    percent,
    currencies,
    measures,
    timeWords: new Set(TIME_WORDS[lang]),
    timeAdjectives: new Set(TIME_ADJECTIVES),
    hedgesBefore: phraseSet(HEDGES_BEFORE[lang].map(normaliseWord)),
    hedgesAfter: new Set(HEDGES_AFTER[lang]),
    openers: new Set(RANGE_OPENERS[lang]),
    changes: new Set(CHANGE_OPENERS[lang]),
    months: new Set(MONTHS[lang].map((m) => (lang === 'en' ? m : m.toLowerCase()))),
    labels: new Set(LABEL_WORDS[lang]),
    rangeWords: new Set(['to', 'and', 'до', 'и', 'і', 'та', '-', '–', '—', '−']),
  };
  compiledCache.set(lang, compiled);
  return compiled;
}
