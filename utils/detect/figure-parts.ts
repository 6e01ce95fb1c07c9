import type { Language } from '../model/claim';
import { SCALE_ABBREVIATIONS } from './number-words';
import { cleanNumber, parseDigits } from './numbers';
import { CURRENCY_SYMBOLS } from './quantity-lexicon';
import type { Compiled } from './quantity-patterns';
import { pairHeads } from './lexicon-regex';
import { phraseBefore, rawLowerOf, tokensAfter, wordsBefore, type NextToken, type PreviousWord } from './context-words';

/**
 * The parts of a figure around its digits or words: the currency sign and
 * hedge before it, the scale, unit and range after it. Each reader looks at a
 * few words only, through table look-ups.
 */

/** Words around "3-1" that make it a score. */
const SCORE_BEFORE = new Set(['won', 'lost', 'beat', 'defeated', 'drew', 'trailed', 'led', 'leads', 'trails', 'wins', 'loses', 'by']);
const SCORE_AFTER = new Set(['win', 'victory', 'loss', 'defeat', 'draw', 'lead', 'scoreline', 'score', 'triumph', 'rout']);

/** Currency codes written before a figure ("Rs 500", "USD 40"). */
const CURRENCY_CODES: Record<string, { currency: string; unit: string }> = {
  rs: { currency: 'INR', unit: 'rupee' }, inr: { currency: 'INR', unit: 'rupee' }, usd: { currency: 'USD', unit: 'dollar' },
  eur: { currency: 'EUR', unit: 'euro' }, gbp: { currency: 'GBP', unit: 'pound' }, rub: { currency: 'RUB', unit: 'ruble' },
  uah: { currency: 'UAH', unit: 'hryvnia' }, chf: { currency: 'CHF', unit: 'franc' }, cny: { currency: 'CNY', unit: 'yuan' },
};

function isArticle(w: PreviousWord | undefined): boolean {
  return !!w && (w.raw === 'a' || w.raw === 'an' || w.raw === 'A' || w.raw === 'An');
}

/** Abbreviated scales that are written with a full stop ("тыс.", "тис."). */
const DOTTED_SCALES = new Set(['тыс', 'тис']);

export interface Draft {
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
export function extendLeft(text: string, draft: Draft, words: PreviousWord[], c: Compiled): PreviousWord[] {
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
  // "Rs 500", "USD 40": a currency code before the figure.
  const code = rest[0] && /^[A-Z][A-Za-z]{1,2}\.?$/.test(rest[0].raw) ? CURRENCY_CODES[rest[0].raw.replace('.', '').toLowerCase()] : undefined;
  if (code && !draft.currency) {
    draft.currency = code.currency;
    draft.unit = code.unit;
    draft.unitFixed = true;
    draft.start = rest[0].start;
    rest = rest.slice(1);
  }
  // Three words were read; a hedge may be longer ("no more than a"): read on only when one may end here.
  const maybeHedge = rest.length > 0 && (c.hedgesBefore.lastWords.has(rawLowerOf(rest[0])) || isArticle(rest[0]));
  if (maybeHedge && words.length === 3) rest = wordsBefore(text, rest[0].start + rest[0].raw.length, 6);
  if (draft.fromWords && isArticle(rest[0])) {
    draft.start = rest[0].start; // "a dozen", "a million": the article belongs to the figure
    rest = rest.slice(1);
    // "half a million": half of the figure that follows.
    if (rest[0] && rawLowerOf(rest[0]) === 'half') {
      draft.value = cleanNumber(draft.value / 2);
      draft.start = rest[0].start;
      rest = rest.slice(1);
    }
    if (rest.length < 4) rest = wordsBefore(text, draft.start, 5);
  }
  // "up to a $250,000 fine": an article may sit between hedge and figure.
  const article = isArticle(rest[0]) ? 1 : 0;
  const hedge = phraseBefore(article ? rest.slice(1) : rest, c.hedgesBefore);
  if (hedge) {
    const nearest = rest[article];
    draft.hedges.unshift(text.slice(hedge.start, nearest.start + nearest.raw.length));
    draft.start = hedge.start;
    return rest.slice(article + hedge.count);
  }
  return rest;
}

/** A scale word or suffix right after the figure ("8.8 billion", "3 млн", "10k"). */
export function readScale(after: NextToken[], c: Compiled, money = false): { scale: number; end: number } | null {
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
export function readUnitSuffix(text: string, draft: Draft, c: Compiled): void {
  const [t0, t1] = tokensAfter(text, draft.end, 2);
  if (!t0) return;
  const pair = t1 && t1.letters && (pairHeads(c.percent).has(t0.lower) || (!draft.unitFixed && pairHeads(c.measures).has(t0.lower))) ? `${t0.lower} ${t1.lower}` : '';
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

/**
 * "10,000 to 12,000", "$40-50 billion", "between 5 and 7", "от 5 до 7": returns the words still before the
 * figure, or null when the figure is a code ("787-9") or a score (no object per figure: this runs at each).
 */
export function readRange(text: string, draft: Draft, words: PreviousWord[], scaled: number, c: Compiled, lang: Language): PreviousWord[] | null {
  const next = tokensAfter(text, draft.end, 1)[0];
  if (!next || !c.rangeWords.has(next.lower)) return words;
  c.rangeAfter.lastIndex = draft.end;
  const range = c.rangeAfter.exec(text);
  if (!range?.groups) return words;
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
  // "lost 1-3", "a 2-0 win": a score, not a range.
  if (glued && !draft.unitFixed && (SCORE_BEFORE.has(previous?.raw.toLowerCase() ?? '') || SCORE_AFTER.has(tokensAfter(text, numEnd, 1)[0]?.lower ?? ''))) return null;
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
      return words.slice(1);
    }
    return words;
  }
  // "787-9", "3-1": a model number or a score, not a range.
  return glued && secondValue <= firstValue && !draft.unitFixed ? null : words;
}
