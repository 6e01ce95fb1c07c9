import type { Language, QuantityClaim } from '../model/claim';
import { NUMBER_WORDS, SCALE_ABBREVIATIONS } from './number-words';
import { cleanNumber, evaluateNumberWords, parseDigits } from './numbers';
import { LETTER, WORD_END, WORD_START, alternation, normaliseWord } from './lexicon-regex';
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
  TIME_COMPOUND,
  TIME_WORDS,
} from './quantity-lexicon';
import { headWord, isSingularNoun } from './units';

/** How far back the left context reaches: longer than any hedge plus a currency sign. */
const LEFT_WINDOW = 48;

/** Things that look like numbers and never are claims: clock times and video time codes, phone numbers, numeric dates. */
const NOT_A_QUANTITY = [
  String.raw`(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:])`,
  String.raw`\+\d{1,3}[ \-]?\(?\d{2,4}\)?[ \-]?\d{2,4}[ \-]?\d{2,4}(?:[ \-]?\d{2,4})?`,
  String.raw`\(\d{3}\) ?\d{3}-\d{4}`,
  String.raw`(?<!\d)\d{3}-\d{3}-\d{4}(?!\d)`,
  String.raw`(?<![\d.])\d{1,4}[./]\d{1,2}[./]\d{2,4}(?!\d)`,
  String.raw`(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)`,
].join('|');

/** Digits with thousands groups; Russian and Ukrainian also group with a plain space ("3 000"). */
function digitPattern(lang: Language): string {
  const space = lang === 'en' ? '' : '| (?=\\d{3}(?!\\d))';
  return String.raw`(?<=\s)\.\d+|\d+(?:(?:[,.\u00A0\u202F\u2009]${space})\d+)*`;
}

interface Compiled {
  scan: RegExp;
  digitsAt: RegExp;
  scaleAfter: RegExp;
  attachedScale: RegExp;
  percentAfter: RegExp;
  currencyAfter: RegExp;
  measureAfter: RegExp;
  rangeAfter: RegExp;
  compoundAfter: RegExp;
  hedgeAfter: RegExp;
  hedgeBefore: RegExp;
  currencyBefore: RegExp;
  openerBefore: RegExp;
  changeBefore: RegExp;
  monthBefore: RegExp;
  monthAfter: RegExp;
  timeAfter: RegExp;
  labelBefore: RegExp;
  percentUnits: Map<string, string>;
  currencyUnits: Map<string, { currency: string; unit: string }>;
  measureUnits: Map<string, string>;
}

const compiledCache = new Map<Language, Compiled>();

function wordsRegex(forms: Iterable<string>, prefix: string, suffix: string, flags: string): RegExp {
  return new RegExp(`${prefix}(?:${alternation(forms)})${suffix}`, flags);
}

function splitForms(table: Array<[string, ...unknown[]]>): string[] {
  return table.flatMap(([forms]) => (forms === '%' ? ['%'] : forms.split(' ').length > 1 && /percent|пункт/.test(forms) ? [forms] : forms.split(' ')));
}

function compile(lang: Language): Compiled {
  const cached = compiledCache.get(lang);
  if (cached) return cached;
  const words = NUMBER_WORDS[lang];
  const wordForms = [...words.keys()];
  const scaleForms = [...words.entries()].filter(([, w]) => w.kind === 'scale').map(([f]) => f);
  const vagueForms = [...words.entries()].filter(([, w]) => w.kind === 'vague' || w.kind === 'scale').map(([f]) => f);
  const word = `(?:${alternation(wordForms)})`;
  const extra = lang === 'en' ? String.raw`|(?:an?\s+)?(?:quarter|half)[- ](?:percentage[- ])?point` : '';
  const numberWords = String.raw`${WORD_START}(?:(?:an?\s+)?${word}(?:(?:\s+and\s+|\s+|-)${word})*(?:\s+of\s+(?:${alternation(vagueForms)}))?${extra})${WORD_END}`;
  const digits = digitPattern(lang);

  const percentUnits = new Map<string, string>();
  for (const [forms, unit] of PERCENT_WORDS) {
    const list = forms === '%' || / (?:points?|пункт\S*)$|per cent/.test(forms) ? [forms] : forms.split(' ');
    for (const f of list) percentUnits.set(normaliseWord(f), unit);
  }
  const currencyUnits = new Map<string, { currency: string; unit: string }>();
  for (const [forms, currency, unit] of CURRENCY_WORDS) for (const f of forms.split(' ')) currencyUnits.set(f, { currency, unit });
  const measureUnits = new Map<string, string>();
  for (const [forms, unit] of MEASURE_WORDS) {
    const list = forms.startsWith('metric') || forms.startsWith('square') ? forms.match(/\S+ \S+/g) ?? [] : forms.split(' ');
    for (const f of list) measureUnits.set(f, unit);
  }
  const scaleAbbrev = Object.keys(SCALE_ABBREVIATIONS);
  const currencySymbol = String.raw`(?:US\$|\$|€|£|₽|₴|¥)`;
  const monthForms = MONTHS[lang];
  const monthFlags = lang === 'en' ? '' : 'i';

  const compiled: Compiled = {
    scan: new RegExp(`(?<skip>${NOT_A_QUANTITY})|(?<digits>${digits})|(?<words>${numberWords})`, 'gi'),
    digitsAt: new RegExp(digits, 'y'),
    scaleAfter: wordsRegex([...scaleForms, 'mln', 'bn', 'mn', 'tn'], String.raw`\s*-?\s*`, String.raw`\.?${WORD_END}`, 'iy'),
    attachedScale: wordsRegex(scaleAbbrev, '', `(?![${LETTER}])`, 'y'),
    percentAfter: wordsRegex([...percentUnits.keys()], String.raw`\s*-?\s*`, `(?![${LETTER}])`, 'iy'),
    currencyAfter: wordsRegex([...currencyUnits.keys()], String.raw`\s+`, String.raw`\.?${WORD_END}`, 'iy'),
    measureAfter: wordsRegex([...measureUnits.keys()], String.raw`\s*-?\s*`, WORD_END, 'iy'),
    rangeAfter: new RegExp(String.raw`\s*(?:(?<dash>[-–—])|\s(?<word>to|and|до|и|і|та)\s)\s*(?<cur>${currencySymbol})?\s*(?<num>${digits})`, 'iy'),
    compoundAfter: new RegExp(`-(?<word>[${LETTER}]+)`, 'y'),
    hedgeAfter: wordsRegex(HEDGES_AFTER[lang], String.raw`(?:\s+|-)`, WORD_END, 'iy'),
    hedgeBefore: wordsRegex(HEDGES_BEFORE[lang], `(?:^|(?<=[^${LETTER}]))(?<hedge>`, String.raw`)\s+(?:an?\s+)?$`, 'i'),
    currencyBefore: new RegExp(`(?<cur>${currencySymbol})\\s?$`),
    openerBefore: wordsRegex(RANGE_OPENERS[lang], `${WORD_START}`, String.raw`\s+$`, 'i'),
    changeBefore: wordsRegex(CHANGE_OPENERS[lang], `${WORD_START}`, String.raw`\s+$`, 'i'),
    monthBefore: wordsRegex(monthForms, `${WORD_START}`, String.raw`\.?,?\s*$`, monthFlags),
    monthAfter: wordsRegex(monthForms, String.raw`\s*(?:of\s+)?`, WORD_END, `y${monthFlags}`),
    timeAfter: wordsRegex(TIME_WORDS[lang], String.raw`(?:\s+|-)(?:(?:more|fewer|straight|consecutive|additional|further|long|full|whole|business|working|calendar|last|next|other|лишних|полных|повних)\s+)?`, String.raw`\.?${WORD_END}`, 'iy'),
    labelBefore: wordsRegex(LABEL_WORDS[lang], `${WORD_START}`, String.raw`\s*$`, 'i'),
    percentUnits,
    currencyUnits,
    measureUnits,
  };
  compiledCache.set(lang, compiled);
  return compiled;
}

function at(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

const UPPER_START = /^[A-ZА-ЯЁІЇЄҐ]/;
/** A proper name or brand right before a figure makes it a model or label ("Boeing 787", "Nikkei 225"). */
const NAME_BEFORE = new RegExp(`(?<word>[${LETTER}][${LETTER}.'’-]*)\\s+$`);
const SENTENCE_END_BEFORE = /(?:^|[.!?:;"“”«»(\n]\s*)$/;
const DETERMINER_BEFORE = /(?:^|\s)(?:the|its|his|her|their|our|this|that|a|an)\s+(?:[a-z]+\s+)?$/i;
const AGE_BEFORE = new RegExp(`[A-ZА-ЯЁІЇЄҐ][${LETTER}.'’-]*,\\s*$`);

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
}

/** Reads the left context (currency sign, hedge words) and moves the start over it. */
function extendLeft(text: string, draft: Draft, c: Compiled): void {
  let left = text.slice(Math.max(0, draft.start - LEFT_WINDOW), draft.start);
  const cur = c.currencyBefore.exec(left);
  if (cur?.groups) {
    const info = CURRENCY_SYMBOLS[cur.groups.cur];
    draft.currency = info.currency;
    draft.unit = info.unit;
    draft.unitFixed = true;
    draft.start -= cur[0].length;
    left = left.slice(0, left.length - cur[0].length);
  }
  const hedge = c.hedgeBefore.exec(left);
  if (hedge?.groups) {
    draft.hedges.unshift(hedge.groups.hedge);
    draft.start -= hedge[0].length - (hedge.index === 0 ? 0 : 0);
    draft.start = draft.start; // span now opens at the hedge
  }
}

/** A figure's value multiplied by the scale word after it ("8.8 billion", "3 млн"). */
function readScale(text: string, pos: number, c: Compiled, lang: Language): { scale: number; end: number } | null {
  const attached = at(c.attachedScale, text, pos);
  if (attached) return { scale: SCALE_ABBREVIATIONS[attached[0].toLowerCase()], end: pos + attached[0].length };
  const word = at(c.scaleAfter, text, pos);
  if (!word) return null;
  const form = normaliseWord(word[0].replace(/^[\s-]+/, '').replace(/\.$/, ''));
  const entry = NUMBER_WORDS[lang].get(form);
  const scale = entry?.value ?? SCALE_ABBREVIATIONS[form];
  return scale ? { scale, end: pos + word[0].length } : null;
}

/** Percent, currency or measure word after the figure: fixes the unit and extends the span. */
function readUnitSuffix(text: string, draft: Draft, c: Compiled): void {
  const pct = at(c.percentAfter, text, draft.end);
  if (pct) {
    draft.unit = c.percentUnits.get(normaliseWord(pct[0].replace(/^[\s-]+/, ''))) ?? 'percent';
    draft.unitFixed = true;
    draft.end += pct[0].length;
    return;
  }
  const cur = at(c.currencyAfter, text, draft.end);
  if (cur) {
    const info = c.currencyUnits.get(cur[0].trim().replace(/\.$/, '').toLowerCase());
    if (info) {
      draft.currency = info.currency;
      draft.unit = info.unit;
      draft.unitFixed = true;
      draft.end += cur[0].length;
      return;
    }
  }
  if (draft.unitFixed) return;
  const measure = at(c.measureAfter, text, draft.end);
  if (measure) {
    const unit = c.measureUnits.get(normaliseWord(measure[0].replace(/^[\s-]+/, '')));
    if (unit) {
      draft.unit = unit;
      draft.unitFixed = true;
    }
  }
}

/**
 * Builds the quantity for a figure found at [start, end) with value `value`,
 * or null when the context shows it is not a count (a date, a time, a
 * duration, an age, a model number...).
 */
function buildFromDigits(text: string, start: number, rawEnd: number, value: number, plain: boolean, c: Compiled, lang: Language): Draft | null {
  const before = start > 0 ? text[start - 1] : ' ';
  // Part of a word or code: "A350", "Covid-19", "F-16", "'90s", "#3".
  if (new RegExp(`[${LETTER}'’#№_/]`).test(before)) return null;
  if (before === '-' && start > 1 && new RegExp(`[${LETTER}0-9]`).test(text[start - 2])) return null;
  if ((before === '.' || before === ',') && start > 1 && /\d/.test(text[start - 2])) return null;

  const draft: Draft = { start, end: rawEnd, value, unit: null, hedges: [], unitFixed: false, vague: false, plainDigits: plain };
  let scaled = false;
  const scale = readScale(text, draft.end, c, lang);
  if (scale) {
    draft.value = cleanNumber(value * scale.scale);
    draft.end = scale.end;
    scaled = true;
  }
  const after = text[draft.end] ?? ' ';
  // Glued to letters that are not a scale or unit: "777x", "16x9", "3D", "21st", "1990s".
  if (new RegExp(`[${LETTER}]`).test(after) && !at(c.percentAfter, text, draft.end) && !at(c.measureAfter, text, draft.end)) return null;

  extendLeft(text, draft, c);
  readUnitSuffix(text, draft, c);

  // Range: "10,000 to 12,000", "$40-50 billion", "30-60 per cent", "від 5 до 7".
  const range = at(c.rangeAfter, text, draft.end);
  if (range?.groups) {
    const second = parseDigits(range.groups.num, lang);
    const numEnd = range.index + range[0].length - range.groups.num.length + second.length;
    const secondScale = readScale(text, numEnd, c, lang);
    const secondValue = cleanNumber(second.value * (secondScale?.scale ?? (scaled ? scale!.scale : 1)));
    const firstValue = !scaled && secondScale ? cleanNumber(value * secondScale.scale) : draft.value;
    const leftText = text.slice(Math.max(0, draft.start - LEFT_WINDOW), draft.start);
    const connector = (range.groups.word ?? range.groups.dash ?? '').toLowerCase();
    const needsOpener = connector === 'and' || connector === 'до' || connector === 'и' || connector === 'і' || connector === 'та';
    const isChange = c.changeBefore.test(leftText);
    const opened = c.openerBefore.test(leftText);
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
        const opener = c.openerBefore.exec(leftText)!;
        draft.start -= opener[0].length;
      }
    } else if (glued && secondValue <= firstValue && !draft.unitFixed) {
      return null; // "787-9", "3-1": a model number or a score, not a range
    }
  }
  if (plain && !scaled && !draft.currency && !draft.unitFixed && Number.isInteger(value) && value >= 1000 && value <= 2100) return null; // a year
  return finishDraft(text, draft, c, lang);
}

/** Checks shared by digit and word figures, then the compound, trailing hedges and head noun. */
function finishDraft(text: string, draft: Draft, c: Compiled, lang: Language): Draft | null {
  const left = text.slice(Math.max(0, draft.start - LEFT_WINDOW), draft.start);
  if (c.monthBefore.test(left) || at(c.monthAfter, text, draft.end)) return null;
  if (!draft.unitFixed && at(c.timeAfter, text, draft.end)) return null;
  if (c.labelBefore.test(left)) return null;
  if (/\d[\s\u00A0]+$/.test(left) && !draft.hedges.length) return null; // "400 737 Max": the second figure is a model
  if (AGE_BEFORE.test(left) && /^\s*,/.test(text.slice(draft.end, draft.end + 3)) && draft.value < 130 && !draft.unitFixed) return null;
  if (!draft.hedges.length && !draft.currency) {
    const name = NAME_BEFORE.exec(left);
    if (name?.groups && UPPER_START.test(name.groups.word) && !/['’]s$/.test(name.groups.word)) {
      const beforeName = left.slice(0, name.index);
      if (!SENTENCE_END_BEFORE.test(beforeName) && !/^[A-ZА-ЯЁІЇЄҐ]+$/.test(name.groups.word)) return null;
    }
  }
  const compound = at(c.compoundAfter, text, draft.end);
  if (compound?.groups) {
    const word = compound.groups.word;
    if (TIME_COMPOUND.test(word)) return null; // "45-year-old", "12-month", "90-day"
    if (/^(?:odd|plus)$/i.test(word)) draft.hedges.push(word);
    else if (!draft.unitFixed) {
      draft.unit = /^(?:strong|member|man|person)$/i.test(word) ? null : lang === 'en' ? word.toLowerCase() : word.toLowerCase();
      if (draft.unit) draft.unitFixed = true;
    }
    draft.end += compound[0].length;
  }
  const hedge = at(c.hedgeAfter, text, draft.end);
  if (hedge) {
    draft.hedges.push(hedge[0].replace(/^[\s-]+/, ''));
    draft.end += hedge[0].length;
  } else if (text[draft.end] === '+') {
    draft.hedges.push('+');
    draft.end += 1;
  }
  if (!draft.unitFixed) {
    const head = headWord(text, draft.end, lang);
    // "The 777 program", "its popular 737 Max jet": a bare figure naming one thing is a model or label.
    if (head && draft.plainDigits && lang === 'en' && !draft.hedges.length && isSingularNoun(head.word)) {
      if (head.afterName || DETERMINER_BEFORE.test(left)) return null;
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
  const hasArticle = lowered[0] === 'a' || lowered[0] === 'an';
  const head = lowered[hasArticle ? 1 : 0];
  const next = text.slice(end, end + 40);

  // Fractions of a point: "a quarter-point" cut in a rate.
  const fraction = /(quarter|half)[- ](?:percentage[- ])?point/i.exec(phrase);
  if (fraction) {
    return finishDraft(text, { start, end, value: fraction[1].toLowerCase() === 'quarter' ? 0.25 : 0.5, unit: 'percentage point', hedges: [], unitFixed: true, vague: false }, c, lang);
  }
  // Words that are numbers only in some company: "a couple", "a handful", "tens of", "scores of".
  if ((head === 'couple' || head === 'handful') && !hasArticle) return null;
  if (head === 'tens' && !/\bof\b/i.test(phrase)) return null;
  if (head === 'scores' && !(/^\s+of\s/i.test(next) || /^\s+\w+ed\b/.test(next) || phrase === phrase.toUpperCase())) return null;
  if (head === 'couple' && /^\s+of\s+(?:days|weeks|months|years|hours|minutes|times)/i.test(next)) return null;

  const evaluated = evaluateNumberWords(tokens, lexicon);
  if (!evaluated || evaluated.value <= 1) return null; // "one", "a" alone
  const draft: Draft = { start, end, value: cleanNumber(evaluated.value), unit: null, hedges: [], unitFixed: false, vague: evaluated.vague };
  // A plural scale word standing alone ("thousands", "тысячи", "мільйони") is an order of magnitude.
  const single = lowered.length === 1 ? lexicon.get(lowered[0]) : undefined;
  if (single?.kind === 'scale' && /(?:s|и|ы|ів|ов|ей|ям|ями|ах|ях)$/.test(lowered[0])) draft.vague = true;
  if (evaluated.factor) draft.unitFixed = true;
  extendLeft(text, draft, c);
  readUnitSuffix(text, draft, c);
  return finishDraft(text, draft, c, lang);
}

/** Finds every quantity claim in `text`, in order. */
export function detectQuantities(text: string, lang: Language): QuantityClaim[] {
  const c = compile(lang);
  const claims: QuantityClaim[] = [];
  let lastEnd = 0;
  const scan = c.scan;
  scan.lastIndex = 0;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const groups = m.groups!;
    if (groups.skip) continue;
    let draft: Draft | null = null;
    if (groups.digits) {
      const parsed = parseDigits(groups.digits.replace(/^\./, '0.'), lang);
      const lead = groups.digits.startsWith('.') ? 0 : 0;
      const length = groups.digits.startsWith('.') ? groups.digits.length : parsed.length;
      if (length < groups.digits.length) scan.lastIndex = m.index + length;
      draft = buildFromDigits(text, m.index + lead, m.index + length, parsed.value, parsed.plain, c, lang);
    } else if (groups.words) {
      draft = buildFromWords(text, m.index, m.index + m[0].length, c, lang);
    }
    if (!draft || draft.start < lastEnd) continue;
    // Two figures side by side ("five 787 Dreamliner"): the second names a model.
    if (claims.length && /^\s+$/.test(text.slice(lastEnd, draft.start)) && !draft.hedges.length && !draft.currency) continue;
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
