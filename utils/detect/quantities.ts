import type { Language, QuantityClaim } from '../model/claim';
import { NUMBER_WORDS, SCALE_ABBREVIATIONS } from './number-words';
import { cleanNumber, evaluateNumberWords, parseDigits } from './numbers';
import { LETTER, WORD_END, WORD_START, normaliseWord, trieAlternation } from './lexicon-regex';
import {
  CHANGE_OPENERS,
  CURRENCY_SYMBOLS,
  CURRENCY_WORDS,
  HEDGES_AFTER,
  HEDGES_BEFORE,
  LABEL_WORDS,
  MEASURE_WORDS,
  MONTHS,
  PERCENT_WORDS,
  RANGE_OPENERS,
  TIME_ADJECTIVES,
  TIME_COMPOUND,
  TIME_WORDS,
} from './quantity-lexicon';
import { headWord, isSingularNoun } from './units';
import { lowerOf, lowerWord, phraseBefore, phraseSet, tokensAfter, wordsBefore, type NextToken, type PhraseSet, type PreviousWord } from './left-context';

/**
 * The quantity pass. One regex finds where figures start (a digit or a number
 * word); everything after that reads a few words to either side through
 * table look-ups, so the cost per figure is small and fixed.
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

/** Digits with thousands groups; Russian and Ukrainian also group with a plain space ("3 000"). */
function digitPattern(lang: Language): string {
  const space = lang === 'en' ? '' : '| (?=\\d{3}(?!\\d))';
  return String.raw`\.\d+|\d+(?:(?:[,.\u00A0\u202F\u2009]${space})\d+)*`;
}

interface Compiled {
  scan: RegExp;
  skipAt: RegExp;
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

function compile(lang: Language): Compiled {
  const cached = compiledCache.get(lang);
  if (cached) return cached;
  const words = NUMBER_WORDS[lang];
  const word = `(?:${trieAlternation(words.keys())})`;
  const vague = trieAlternation([...words.entries()].filter(([, w]) => w.kind === 'vague' || w.kind === 'scale').map(([f]) => f));
  const fraction = lang === 'en' ? String.raw`|(?:quarter|half)[- ](?:percentage[- ])?point` : '';
  // English words are ASCII, so the cheap `\b` does; Cyrillic needs explicit look-arounds.
  const [open, close] = lang === 'en' ? ['\\b', '\\b'] : [WORD_START, WORD_END];
  const numberWords = String.raw`${open}(?:${word}(?:(?:\s+and\s+|\s+|-)${word})*(?:\s+of\s+(?:${vague}))?${fraction})${close}`;
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
    skipAt: new RegExp(NOT_A_QUANTITY, 'y'),
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

const DIGITS_ONLY = /^[\d.,]+$/;
const ACRONYM = /^[A-ZА-ЯЁІЇЄҐ]+$/;
const LATIN_ACRONYM = /^[A-Z]{2,}$/;
const POSSESSIVE = /['’]s$/;
const CLOSING_MARKS = new Set([',', '.', ';', ':', '!', '?', '"', '”', '»', ')']);
const SENTENCE_MARKS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '«', '»']);

function isCapitalCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0x410 && code <= 0x42f) || code === 0x401 || code === 0x406 || code === 0x407 || code === 0x404 || code === 0x490;
}
const GLUED_BEFORE = new RegExp(`[${LETTER}'’#№_/]`);
const LETTER_OR_DIGIT = new RegExp(`[${LETTER}0-9]`);
const DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'a', 'an']);
/** Words after a hyphen that make a compound no measure ("two-on-one", "10-to-1"). */
const COMPOUND_NOT_UNIT = new Set(['on', 'to', 'in', 'for', 'and', 'or', 'of', 'by', 'up', 'off', 'out', 'at']);
/** Abbreviated scales that are written with a full stop ("тыс.", "тис."). */
const DOTTED_SCALES = new Set(['тыс', 'тис']);

/** A word without the full stops and commas after it ("Nov." → "Nov"). */
function trimTrailing(word: string): string {
  let end = word.length;
  while (end > 0 && (word[end - 1] === '.' || word[end - 1] === ',')) end--;
  return end === word.length ? word : word.slice(0, end);
}

/** A number opening a line and closed by "." or ")" ("6. Eat more fiber"), or alone in brackets ("(5)"). */
function isListMarker(text: string, start: number, end: number): boolean {
  const next = text[end];
  if (text[start - 1] === '(' && next === ')') return true;
  if ((next === '.' || next === ')') && (text[end + 1] === ' ' || text[end + 1] === '\n')) {
    let i = start - 1;
    while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
    return i < 0 || text[i] === '\n';
  }
  return false;
}

interface Draft {
  start: number;
  end: number;
  value: number;
  high?: number;
  unit: string | null;
  currency?: string;
  hedges: string[];
  /** Figure already has a unit-defining suffix (percent, currency word, measure): no head-noun search. */
  unitFixed: boolean;
  vague: boolean;
  /** Written as bare digits with no separator ("777", "2019"). */
  plainDigits?: boolean;
  /** Written in words ("a dozen"): a leading article belongs to the figure. */
  fromWords?: boolean;
}

/**
 * Reads the left context (currency sign, hedge words), moves the start over
 * it, and returns the words still before the figure.
 */
function extendLeft(text: string, draft: Draft, words: PreviousWord[], c: Compiled): PreviousWord[] {
  let rest = words;
  const w0 = rest[0];
  // "$8.8 billion", "US$5", "€ 200": the sign is the last character of the word before the digits.
  if (w0 && w0.start + w0.raw.length >= draft.start - 1 && w0.raw.length <= 3) {
    const symbol = w0.raw.endsWith('US$') ? 'US$' : w0.raw[w0.raw.length - 1];
    const info = CURRENCY_SYMBOLS[symbol];
    if (info) {
      draft.currency = info.currency;
      draft.unit = info.unit;
      draft.unitFixed = true;
      draft.start = w0.start + w0.raw.length - symbol.length;
      if (w0.raw.length > symbol.length) return []; // "($5": nothing before the bracket is a hedge
      rest = rest.slice(1);
    }
  }
  // "up to a $250,000 fine": an article may sit between hedge and figure.
  const article = rest[0] && (rest[0].raw === 'a' || rest[0].raw === 'an') ? 1 : 0;
  const hedge = phraseBefore(article ? rest.slice(1) : rest, c.hedgesBefore);
  if (hedge) {
    const nearest = rest[article];
    draft.hedges.unshift(text.slice(hedge.start, nearest.start + nearest.raw.length));
    draft.start = hedge.start;
    return rest.slice(article + hedge.count);
  }
  if (article && draft.fromWords) {
    draft.start = rest[0].start; // "a dozen", "a million": the article belongs to the figure
    return rest.slice(1);
  }
  return rest;
}

/** A scale word or suffix right after the figure ("8.8 billion", "3 млн", "10k"). */
function readScale(after: NextToken[], c: Compiled, money = false): { scale: number; end: number } | null {
  let t = after[0];
  // "a 13.8-billion-year period": a scale word may hang on a hyphen.
  if (t && t.text === '-' && !t.spaced && after[1]?.letters && !after[1].spaced && c.scales.has(after[1].lower)) t = after[1];
  if (!t || !t.letters) return null;
  // "10k", "$5m", "$2bn"; but "4K" is a screen resolution: only a lower-case letter scales a bare figure.
  const attached = SCALE_ABBREVIATIONS[t.lower] && (money || t.text === t.lower || t.text === 'BN' || t.text === 'Bn') ? SCALE_ABBREVIATIONS[t.lower] : undefined;
  const scale = t.spaced ? c.scales.get(t.lower) : (attached ?? c.scales.get(t.lower));
  if (!scale) return null;
  const dot = after[1];
  const end = dot && dot.text === '.' && !dot.spaced && DOTTED_SCALES.has(t.lower) ? dot.end : t.end;
  return { scale, end };
}

/** Percent, currency or measure word after the figure: fixes the unit and extends the span. */
function readUnitSuffix(text: string, draft: Draft, c: Compiled): void {
  const [t0, t1] = tokensAfter(text, draft.end, 2);
  if (!t0) return;
  const pair = t1 && t1.letters ? `${t0.lower} ${t1.lower}` : '';
  const percent = (pair && c.percent.get(pair)) || c.percent.get(t0.lower);
  if (percent && (t0.text === '%' || t0.letters)) {
    draft.unit = percent;
    draft.unitFixed = true;
    draft.end = pair && c.percent.has(pair) ? t1.end : t0.end;
    return;
  }
  // "45 000 ₽": Russian and Ukrainian write the sign after the figure.
  const sign = CURRENCY_SYMBOLS[t0.text];
  if (sign && !draft.currency) {
    draft.currency = sign.currency;
    draft.unit = sign.unit;
    draft.unitFixed = true;
    draft.end = t0.end;
    return;
  }
  if (!t0.letters) return;
  const currency = c.currencies.get(t0.lower);
  if (currency && t0.spaced) {
    draft.currency = currency.currency;
    draft.unit = currency.unit;
    draft.unitFixed = true;
    draft.end = t0.end;
    return;
  }
  if (draft.unitFixed) return;
  const measure = (pair && c.measures.get(pair)) || c.measures.get(t0.lower);
  if (measure) {
    draft.unit = measure;
    draft.unitFixed = true;
  }
}

/** "10,000 to 12,000", "$40-50 billion", "between 5 and 7", "от 5 до 7": returns false when the figure is a code ("787-9"). */
function readRange(text: string, draft: Draft, words: PreviousWord[], scaled: number, c: Compiled, lang: Language): { ok: boolean; words: PreviousWord[] } {
  const next = tokensAfter(text, draft.end, 1)[0];
  if (!next || !c.rangeWords.has(next.lower)) return { ok: true, words };
  c.rangeAfter.lastIndex = draft.end;
  const range = c.rangeAfter.exec(text);
  if (!range?.groups) return { ok: true, words };
  const second = parseDigits(range.groups.num, lang);
  const numEnd = range.index + range[0].length - range.groups.num.length + second.length;
  const secondScale = readScale(tokensAfter(text, numEnd, 2), c);
  const secondValue = cleanNumber(second.value * (secondScale?.scale ?? scaled));
  const firstValue = scaled === 1 && secondScale ? cleanNumber(draft.value * secondScale.scale) : draft.value;
  const previous = words[0];
  const connector = (range.groups.word ?? range.groups.dash ?? '').toLowerCase();
  const needsOpener = connector !== 'to' && !range.groups.dash;
  const isChange = !!previous && c.changes.has(previous.raw.toLowerCase());
  const opened = !!previous && c.openers.has(previous.raw.toLowerCase());
  const glued = !!range.groups.dash && !/\s/.test(range[0]);
  if (secondValue > firstValue && (!needsOpener || opened) && !(isChange && !range.groups.dash)) {
    draft.value = firstValue;
    draft.high = secondValue;
    draft.end = secondScale?.end ?? numEnd;
    if (range.groups.cur && !draft.currency) {
      const info = CURRENCY_SYMBOLS[range.groups.cur];
      draft.currency = info.currency;
      draft.unit = info.unit;
      draft.unitFixed = true;
    }
    if (!draft.unitFixed) readUnitSuffix(text, draft, c);
    if (opened) {
      draft.start = previous.start;
      return { ok: true, words: words.slice(1) };
    }
    return { ok: true, words };
  }
  // "787-9", "3-1": a model number or a score, not a range.
  return { ok: !(glued && secondValue <= firstValue && !draft.unitFixed), words };
}

/**
 * Builds the quantity for digits found at [start, rawEnd), or null when the
 * context shows they are not a count (a date, a year, a duration, an age, a
 * model number...).
 */
function buildFromDigits(text: string, start: number, rawEnd: number, value: number, plain: boolean, c: Compiled, lang: Language): Draft | null {
  const before = start > 0 ? text[start - 1] : ' ';
  // Part of a word or code: "A350", "Covid-19", "F-16", "'90s", "#3".
  if (GLUED_BEFORE.test(before)) return null;
  if (before === '-' && start > 1 && LETTER_OR_DIGIT.test(text[start - 2])) return null;
  // "Oct. 28–29": the tail of a range whose head was no quantity.
  if ((before === '–' || before === '—' || before === '−') && start > 1 && /\d/.test(text[start - 2])) return null;
  // "6. Eat more fiber", "14) MTV Unplugged", "(5).": list numbers and citation marks.
  if (isListMarker(text, start, rawEnd)) return null;
  if ((before === '.' || before === ',') && start > 1 && /\d/.test(text[start - 2])) return null;

  const draft: Draft = { start, end: rawEnd, value, unit: null, hedges: [], unitFixed: false, vague: false, plainDigits: plain };
  const after = tokensAfter(text, rawEnd, 2);
  const scale = readScale(after, c, !!CURRENCY_SYMBOLS[before]);
  if (scale) {
    draft.value = cleanNumber(value * scale.scale);
    draft.end = scale.end;
  } else if (after[0]?.letters && !after[0].spaced && !c.percent.has(after[0].lower) && !c.measures.has(after[0].lower)) {
    return null; // glued to letters: "777x", "16x9", "3D", "21st", "1990s"
  }
  // A bare four-digit figure in the years' range is a year unless a currency sign or a percent sign goes with it.
  if (plain && !scale && Number.isInteger(value) && value >= 1000 && value <= 2100 && !CURRENCY_SYMBOLS[before]) {
    const t0 = after[0];
    if (!t0 || !(c.percent.has(t0.lower) || (t0.spaced && c.currencies.has(t0.lower)))) return null;
  }
  let words = extendLeft(text, draft, wordsBefore(text, start, 5), c);
  readUnitSuffix(text, draft, c);
  const range = readRange(text, draft, words, scale?.scale ?? 1, c, lang);
  if (!range.ok) return null;
  words = range.words;
  return finishDraft(text, draft, words, c, lang);
}

/** Checks shared by digit and word figures, then the compound, trailing hedges and head noun. */
function finishDraft(text: string, draft: Draft, words: PreviousWord[], c: Compiled, lang: Language): Draft | null {
  const w0 = words[0];
  if (w0) {
    const monthForm = lang === 'en' ? trimTrailing(w0.raw) : lowerOf(w0);
    if (c.months.has(monthForm)) return null; // "March 27", "Nov. 18"
    if (c.labels.has(lowerWord(w0.raw)) || c.labels.has(lowerOf(w0))) return null; // "No. 5", "page 12"
    const first = w0.raw.charCodeAt(0);
    if (first >= 48 && first <= 57 && DIGITS_ONLY.test(w0.raw) && !draft.hedges.length) return null; // "400 737 Max": the second figure names a model
    const capital = isCapitalCode(first);
    // "Carlineo Jr., 55, of Addison": a figure between commas after a name is an age.
    if (capital && w0.raw.endsWith(',') && draft.value < 130 && !draft.unitFixed && text[draft.end] === ',') return null;
    // "LC 500", "USB 3.2": an acronym right before a bare figure names a model.
    const acronym = capital && ACRONYM.test(w0.raw);
    if (acronym && draft.plainDigits !== undefined && !draft.unitFixed && !draft.hedges.length && LATIN_ACRONYM.test(w0.raw)) return null;
    // "Boeing 787", "Nikkei 225": a proper name right before a bare figure makes it a model or label.
    if (capital && !draft.hedges.length && !draft.currency && !CLOSING_MARKS.has(w0.raw[w0.raw.length - 1]) && !POSSESSIVE.test(w0.raw) && !acronym) {
      const w1 = words[1];
      const sentenceStart = !w1 || SENTENCE_MARKS.has(w1.raw[w1.raw.length - 1]);
      if (!sentenceStart) return null;
    }
  }
  let [t0, t1] = tokensAfter(text, draft.end, 2);
  if (t0?.letters) {
    const month = lang === 'en' ? t0.text : t0.lower;
    if (c.months.has(month) || (t0.lower === 'of' && t1 && c.months.has(lang === 'en' ? t1.text : t1.lower))) return null; // "15 November"
    // "17 years", "three weeks", "10 more days": durations, not counts.
    if (!draft.unitFixed && (c.timeWords.has(t0.lower) || (c.timeAdjectives.has(t0.lower) && t1 && c.timeWords.has(t1.lower)))) return null;
  }
  if (t0 && t0.text === '-' && !t0.spaced && t1?.letters && !t1.spaced) {
    const word = t1.text;
    if (TIME_COMPOUND.test(word) || c.timeWords.has(t1.lower)) return null; // "45-year-old", "12-month", "90-day"
    if (COMPOUND_NOT_UNIT.has(t1.lower)) return null; // "a two-on-one", "one-to-seven days"
    if (/^(?:odd|plus)$/i.test(word)) draft.hedges.push(word);
    else if (!draft.unitFixed && !/^(?:strong|member|man|person)$/i.test(word)) {
      draft.unit = word.toLowerCase(); // "55-kilometer"
      draft.unitFixed = true;
    }
    draft.end = t1.end;
    [t0, t1] = tokensAfter(text, draft.end, 2);
  }
  if (t0) {
    const pair = t1 ? `${t0.lower} ${t1.lower}` : '';
    if (pair && c.hedgesAfter.has(pair)) {
      draft.hedges.push(text.slice(t0.start, t1.end));
      draft.end = t1.end;
    } else if (t0.letters && c.hedgesAfter.has(t0.lower)) {
      draft.hedges.push(t0.text);
      draft.end = t0.end;
    } else if (t0.text === '+' && !t0.spaced) {
      draft.hedges.push('+');
      draft.end = t0.end;
    }
  }
  if (!draft.unitFixed) {
    const head = headWord(text, draft.end, lang);
    // "The 777 program", "its popular 737 Max jet": a bare figure naming one thing is a model or label.
    if (head && draft.plainDigits && lang === 'en' && !draft.hedges.length && isSingularNoun(head.word)) {
      const determiner = words.slice(0, 2).some((w) => DETERMINERS.has(w.raw.toLowerCase()));
      if (head.afterName || determiner) return null;
    }
    draft.unit = head?.noun ?? draft.unit;
  }
  return draft;
}

const WORD_TOKEN = new RegExp(`[${LETTER}'’]+`, 'g');

function buildFromWords(text: string, start: number, end: number, c: Compiled, lang: Language): Draft | null {
  const phrase = text.slice(start, end);
  const tokens = phrase.match(WORD_TOKEN) ?? [];
  const lexicon = NUMBER_WORDS[lang];
  const lowered = tokens.map(normaliseWord);
  const before = wordsBefore(text, start, 5);
  const article = before[0]?.raw.toLowerCase();
  const hasArticle = article === 'a' || article === 'an';
  const head = lowered[0];
  const next = tokensAfter(text, end, 2);

  // Fractions of a point: "a quarter-point" cut in a rate.
  const fraction = /(quarter|half)[- ](?:percentage[- ])?point/i.exec(phrase);
  if (fraction) {
    const draft: Draft = { start, end, value: fraction[1].toLowerCase() === 'quarter' ? 0.25 : 0.5, unit: 'percentage point', hedges: [], unitFixed: true, vague: false, fromWords: true };
    return finishDraft(text, draft, extendLeft(text, draft, before, c), c, lang);
  }
  // Words that are numbers only in some company: "a couple", "a handful", "tens of", "scores of".
  if ((head === 'couple' || head === 'handful' || head === 'few') && !hasArticle) return null;
  // "a few thousand" is a figure, "a few" alone is not.
  if (head === 'few' && !lowered.slice(1).some((w) => lexicon.get(w)?.kind === 'scale')) return null;
  if (head === 'tens' && !lowered.includes('of')) return null;
  if (head === 'scores' && !(next[0]?.lower === 'of' || /ed$/.test(next[0]?.lower ?? '') || phrase === phrase.toUpperCase())) return null;
  if (head === 'couple' && next[0]?.lower === 'of' && next[1] && c.timeWords.has(next[1].lower)) return null;

  const evaluated = evaluateNumberWords(tokens, lexicon);
  if (!evaluated || evaluated.value <= 1) return null; // "one", "a" alone
  const draft: Draft = { start, end, value: cleanNumber(evaluated.value), unit: null, hedges: [], unitFixed: false, vague: evaluated.vague, fromWords: true };
  // A plural scale word standing alone ("thousands", "тысячи", "мільйони") is an order of magnitude.
  const single = lowered.length === 1 ? lexicon.get(lowered[0]) : undefined;
  if (single?.kind === 'scale' && /(?:s|и|і|ы|ів|ов|ей|ям|ями|ах|ях)$/.test(lowered[0])) draft.vague = true;
  if (evaluated.factor) draft.unitFixed = true;
  const words = extendLeft(text, draft, before, c);
  readUnitSuffix(text, draft, c);
  return finishDraft(text, draft, words, c, lang);
}

/** Finds every quantity claim in `text`, in order. */
export function detectQuantities(text: string, lang: Language): QuantityClaim[] {
  const c = compile(lang);
  const claims: QuantityClaim[] = [];
  let lastEnd = 0;
  const scan = c.scan;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    let draft: Draft | null = null;
    if (m[1]) {
      const at0 = m.index;
      // Clock times, time codes, phone numbers and numeric dates are consumed whole and dropped.
      const from = text[at0 - 1] === '+' || text[at0 - 1] === '(' ? at0 - 1 : at0;
      c.skipAt.lastIndex = from;
      const skip = c.skipAt.exec(text);
      if (skip) {
        scan.lastIndex = from + skip[0].length;
        continue;
      }
      // ".45-caliber": a decimal written without its leading zero.
      const start = text[at0 - 1] === '.' && (at0 < 2 || /\s/.test(text[at0 - 2])) ? at0 - 1 : at0;
      c.digitsAt.lastIndex = start;
      const raw = c.digitsAt.exec(text)![0];
      const parsed = parseDigits(raw.startsWith('.') ? '0' + raw : raw, lang);
      const length = raw.startsWith('.') ? raw.length : parsed.length;
      scan.lastIndex = start + length;
      draft = buildFromDigits(text, start, start + length, parsed.value, parsed.plain, c, lang);
    } else if (m[2]) {
      draft = buildFromWords(text, m.index, m.index + m[0].length, c, lang);
    }
    if (!draft || draft.start < lastEnd) continue;
    // Two figures side by side ("five 787 Dreamliner"): the second names a model.
    if (claims.length && draft.start - lastEnd <= 2 && draft.start > lastEnd && !text.slice(lastEnd, draft.start).trim() && !draft.hedges.length && !draft.currency) continue;
    if (draft.end > scan.lastIndex) scan.lastIndex = draft.end;
    lastEnd = draft.end;
    const claim: QuantityClaim = {
      type: 'quantity',
      start: draft.start,
      end: draft.end,
      text: text.slice(draft.start, draft.end),
      value: draft.value,
      unit: draft.unit,
      approx: draft.vague || draft.hedges.length > 0,
      hedges: draft.hedges,
    };
    if (draft.high !== undefined) claim.high = draft.high;
    if (draft.currency) claim.currency = draft.currency;
    claims.push(claim);
  }
  return claims;
}
