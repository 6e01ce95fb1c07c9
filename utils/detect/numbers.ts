import type { Language } from '../model/claim';
import type { NumberWord } from './number-words';
import { normaliseWord } from './lexicon-regex';

/** Separators that group thousands: comma, full stop, and the space family (plain, NBSP, narrow NBSP, thin). */
const GROUP_SEPARATOR = /[,.\u00A0\u202F\u2009 ]/;

/** True for a non-empty run of ASCII digits (a character loop: this runs at every figure). */
function allDigits(raw: string): boolean {
  if (!raw.length) return false;
  for (let i = 0; i < raw.length; i++) {
    const code = raw.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

export interface ParsedDigits {
  value: number;
  /** How many characters of the raw match belong to the number (a space-grouped run may stop early). */
  length: number;
  /** True when the number has no separators and no decimals ("2019", "3248"). */
  plain: boolean;
}

/**
 * Reads a run of digits and separators. Grouping is thousands when every
 * group after the first has exactly three digits; otherwise the last
 * separator is a decimal point. English writes decimals with a point and
 * Russian/Ukrainian with a comma, so "3,5" is 3.5 there, while "3,000" is
 * 3000 everywhere (nobody writes three decimals of zeros).
 */
export function parseDigits(raw: string, lang: Language): ParsedDigits {
  if (allDigits(raw)) return { value: Number(raw), length: raw.length, plain: true };
  const parts: string[] = [];
  const separators: string[] = [];
  let current = '';
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') current += ch;
    else {
      parts.push(current);
      separators.push(ch);
      current = '';
    }
  }
  parts.push(current);
  if (parts.length === 1) return { value: Number(raw), length: raw.length, plain: true };

  // A space never separates decimals: stop the number where a space grouping goes wrong.
  let usable = parts.length;
  for (let i = 1; i < parts.length; i++) {
    const sep = separators[i - 1];
    if (/\s|\u00A0|\u202F|\u2009/.test(sep) && (parts[0].length > 3 || parts[i].length !== 3)) {
      usable = i;
      break;
    }
  }
  const kept = parts.slice(0, usable);
  const keptSeps = separators.slice(0, usable - 1);
  const length = kept.reduce((n, p) => n + p.length, 0) + keptSeps.length;
  if (kept.length === 1) return { value: Number(kept[0]), length, plain: true };

  const last = kept[kept.length - 1];
  const lastSep = keptSeps[keptSeps.length - 1];
  const groupsOfThree = kept.slice(1).every((p) => p.length === 3) && kept[0].length <= 3 && kept[0] !== '0';
  const mixedSeparators = new Set(keptSeps).size > 1;
  let decimalAt = -1; // index in kept of the fractional part
  if (mixedSeparators) decimalAt = kept.length - 1; // "1,234.5" or "1.234,5"
  else if (!groupsOfThree) decimalAt = kept.length - 1;
  else if (lastSep === '.' && kept.length === 2 && last !== '000' && lang === 'en') decimalAt = 1; // "1.234" in English
  else if (lastSep === ',' && kept.length === 2 && lang !== 'en' && !groupsOfThree) decimalAt = 1;

  if (decimalAt === -1) return { value: Number(kept.join('')), length, plain: false };
  const whole = kept.slice(0, decimalAt).join('');
  const sepOk = GROUP_SEPARATOR.test(lastSep) && !/\s/.test(lastSep);
  if (!sepOk) return { value: Number(kept[0]), length: kept[0].length, plain: true };
  return { value: Number(`${whole || '0'}.${kept[decimalAt]}`), length, plain: false };
}

/**
 * The value of a phrase of number words ("two hundred and fifty thousand",
 * "hundreds of thousands", "три тысячи"). Returns null when the words do not
 * make a figure. `vague` is true for order-of-magnitude words.
 */
export function evaluateNumberWords(
  tokens: string[],
  lexicon: Map<string, NumberWord>,
): { value: number; vague: boolean; factor: boolean } | null {
  let total = 0;
  let current = 0;
  let vague = false;
  let factor = false;
  let seen = false;
  let afterAnd = false;
  for (const raw of tokens) {
    const form = normaliseWord(raw);
    const word = lexicon.get(form);
    if (!word) {
      afterAnd = form === 'and' || form === 'и' || form === 'і'; // connectors: "and", "of", "a"
      continue;
    }
    // "billions and billions": a repeated order of magnitude stresses, it does not multiply.
    if (word.kind === 'vague' && afterAnd && seen) continue;
    afterAnd = false;
    seen = true;
    if (word.kind === 'factor') {
      factor = true;
      current += word.value;
    } else if (word.kind === 'count') {
      current += word.value;
    } else if (word.kind === 'vague') {
      vague = true;
      // "hundreds of thousands": the later word multiplies the earlier one.
      if (total || current) current = (total + current) * word.value;
      else current = word.value;
      total = 0;
    } else if (word.value === 100 || word.value === 12) {
      current = (current || 1) * word.value;
    } else {
      total += (current || 1) * word.value;
      current = 0;
    }
  }
  if (!seen) return null;
  return { value: total + current, vague, factor };
}

/** Rounds away float noise from scaling ("8.8" × 1e9) without touching real precision. */
export function cleanNumber(value: number): number {
  return Number.isInteger(value) ? value : Number(value.toPrecision(12));
}
