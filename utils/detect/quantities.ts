import type { Language, QuantityClaim } from '../model/claim';
import { NUMBER_WORDS } from './number-words';
import { cleanNumber, evaluateNumberWords, parseDigits } from './numbers';
import { LETTER, normaliseWord, pairHeads } from './lexicon-regex';
import { CURRENCY_SYMBOLS, TIME_COMPOUND } from './quantity-lexicon';
import { headWord, isSingularNoun } from './units';
import { isCountedNoun } from './lexicon/unit-lemmas';
import { lowerOf, rawLowerOf, tokensAfter, wordsBefore, type PreviousWord } from './context-words';
import { compile, digitRunEnd, MAX_FIGURE_LENGTH, type Compiled } from './quantity-patterns';
import { DensityBudget, FIGURE_BUDGET } from './budget';
import { extendLeft, readRange, readScale, readUnitSuffix, type Draft } from './figure-parts';
import { NEVER_YIELD, runToEnd, type ShouldYield, type Steps } from '../steps';

/**
 * The quantity pass. One regex finds where figures start (a digit or a number
 * word); everything after that reads a few words to either side through
 * table look-ups, so the cost per figure is small and fixed.
 */

const DIGITS_ONLY = /^[\d.,]+$/;
const INNER_CAPITAL = /^[a-z]+[A-Z]/;
const AGE_FOLLOWERS = /^\s*(?:of|from|who|was|is|and|has|had|were|died|said)\b/;
/** Street words: a figure before a capitalised name ending in one of these is an address. */
const STREET = /^(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Square|Place|Way|Court|Highway)$/;
const ACRONYM = /^[A-ZА-ЯЁІЇЄҐ]+$/;
const LATIN_ACRONYM = /^[A-Z]{2,}$/;
const POSSESSIVE = /['’]s$/;
const CLOSING_MARKS = new Set([',', '.', ';', ':', '!', '?', '"', '”', '»', ')']);
const SENTENCE_MARKS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '«', '»']);

function isCapitalCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 0x410 && code <= 0x42f) || code === 0x401 || code === 0x406 || code === 0x407 || code === 0x404 || code === 0x490;
}
/** A letter of the three scripts (LETTER), or one of ' ’ # № _ /: digits after it belong to a word or code. */
function gluedBefore(code: number): boolean {
  return (
    (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x410 && code <= 0x44f) || code === 0x401 || code === 0x451 || code === 0x406 || code === 0x456 || code === 0x407 ||
    code === 0x457 || code === 0x404 || code === 0x454 || code === 0x490 || code === 0x491 ||
    code === 39 || code === 0x2019 || code === 35 || code === 0x2116 || code === 95 || code === 47
  );
}
const LETTER_OR_DIGIT = new RegExp(`[${LETTER}0-9]`);
const DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'this', 'that', 'a', 'an']);
/** Words after a hyphen that make a compound no measure ("two-on-one", "10-to-1"). */
const COMPOUND_NOT_UNIT = new Set(['on', 'to', 'in', 'for', 'and', 'or', 'of', 'by', 'up', 'off', 'out', 'at', 'a', 'an', 'per']);

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

/**
 * A draft with every field present from the start: drafts that gained a
 * currency or a range later had other hidden classes, and the code reading
 * them slowed down once a page (or the bench) had shown it several kinds.
 */
function newDraft(start: number, end: number, value: number, unit: string | null, unitFixed: boolean, vague: boolean): Draft {
  return { start, end, value, high: undefined, unit, currency: undefined, hedges: [], unitFixed, vague, plainDigits: undefined, fromWords: undefined };
}

/**
 * Builds the quantity for digits found at [start, rawEnd), or null when the
 * context shows they are not a count (a date, a year, a duration, an age, a
 * model number...).
 */
function buildFromDigits(text: string, start: number, rawEnd: number, value: number, plain: boolean, c: Compiled, lang: Language): Draft | null {
  const before = start > 0 ? text[start - 1] : ' ';
  // Part of a word or code: "A350", "Covid-19", "F-16", "'90s", "#3".
  if (gluedBefore(before.charCodeAt(0))) return null;
  if (before === '-' && start > 1 && LETTER_OR_DIGIT.test(text[start - 2])) return null;
  // "Oct. 28–29": the tail of a range whose head was no quantity.
  if ((before === '–' || before === '—' || before === '−') && start > 1 && /\d/.test(text[start - 2])) return null;
  // "6. Eat more fiber", "14) MTV Unplugged", "(5).": list numbers and citation marks.
  if (isListMarker(text, start, rawEnd)) return null;
  if ((before === '.' || before === ',') && start > 1 && /\d/.test(text[start - 2])) return null;

  const draft = newDraft(start, rawEnd, value, null, false, false);
  draft.plainDigits = plain;
  const after = tokensAfter(text, rawEnd, 2);
  const scale = readScale(after, c, !!CURRENCY_SYMBOLS[before]);
  if (scale) {
    draft.value = cleanNumber(value * scale.scale);
    draft.end = scale.end;
    // "2 тысячи 238": Russian and Ukrainian write the thousands, then the rest.
    const rest = lang !== 'en' && scale.scale === 1000 && Number.isInteger(value) ? /^\s+(\d{1,3})(?![\d.,%])/.exec(text.slice(scale.end, scale.end + 6)) : null;
    if (rest) {
      draft.value += Number(rest[1]);
      draft.end = scale.end + rest[0].length;
    }
  } else if (after[0]?.letters && !after[0].spaced && !c.percent.has(after[0].lower) && !c.measures.has(after[0].lower)) {
    return null; // glued to letters: "777x", "16x9", "3D", "21st", "1990s"
  }
  // A bare four-digit figure in the years' range is a year unless a currency sign or a percent sign goes with it.
  if (plain && !scale && Number.isInteger(value) && value >= 1000 && value <= 2100 && !CURRENCY_SYMBOLS[before]) {
    const t0 = after[0];
    // "із 1000 військовослужбовців": a counted noun makes it a count (Russian and Ukrainian).
    if (!t0 || !(c.percent.has(t0.lower) || (t0.spaced && c.currencies.has(t0.lower)) || (lang !== 'en' && t0.spaced && isCountedNoun(t0.lower, lang)))) return null;
  }
  const words = extendLeft(text, draft, wordsBefore(text, start, 3), c);
  readUnitSuffix(text, draft, c);
  const rest = readRange(text, draft, words, scale?.scale ?? 1, c, lang);
  if (!rest) return null;
  return finishDraft(text, draft, rest, c, lang);
}

/** Checks shared by digit and word figures, then the compound, trailing hedges and head noun. */
function finishDraft(text: string, draft: Draft, words: PreviousWord[], c: Compiled, lang: Language): Draft | null {
  const w0 = words[0];
  if (w0) {
    const monthForm = lang === 'en' ? trimTrailing(w0.raw) : lowerOf(w0);
    if (c.months.has(monthForm)) return null; // "March 27", "Nov. 18"
    if (c.labels.has(rawLowerOf(w0)) || c.labels.has(lowerOf(w0))) return null; // "No. 5", "page 12"
    const first = w0.raw.charCodeAt(0);
    if (first >= 48 && first <= 57 && DIGITS_ONLY.test(w0.raw) && !draft.hedges.length) return null; // "400 737 Max": the second figure names a model
    // "iPhone 11", "eBay 2": a word with an inner capital is a name too.
    const capital = isCapitalCode(first) || INNER_CAPITAL.test(w0.raw);
    // "Carlineo Jr., 55, of Addison": a figure between commas after a name is an age.
    // "The victim, 23, was" too: a small whole figure between commas after a word, with nothing counted.
    if (w0.raw.endsWith(',') && /[A-Za-zА-Яа-яЁёІіЇїЄєҐґ]/.test(w0.raw) && Number.isInteger(draft.value) && draft.value < 120 && !draft.unitFixed && !draft.hedges.length && text[draft.end] === ',' && (capital || AGE_FOLLOWERS.test(text.slice(draft.end + 1, draft.end + 12)))) return null;
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
  // Six tokens: the head-noun search below reads the same ones from the cache.
  let [t0, t1] = tokensAfter(text, draft.end, 6);
  // "2 a.m.", "9/11", "24/7": a time of day, a date or a rate written with a slash.
  if (t0 && ((t0.lower === 'a' || t0.lower === 'p') && t1?.text === '.' && !t1.spaced)) return null;
  if (t0 && t0.text === '/' && !t0.spaced && t1 && /^\d/.test(t1.text) && !t1.spaced) return null;
  // "10 Downing Street": an address.
  if (t0?.letters && isCapitalCode(t0.text.charCodeAt(0)) && !draft.unitFixed) {
    const next = tokensAfter(text, draft.end, 4);
    if (next.some((t) => t.letters && STREET.test(t.text))) return null;
  }
  if (t0?.letters) {
    const month = lang === 'en' ? t0.text : t0.lower;
    if (c.months.has(month) || (t0.lower === 'of' && t1 && c.months.has(lang === 'en' ? t1.text : t1.lower))) return null; // "15 November"
    // "17 years", "three weeks", "10 more days": durations, not counts.
    if (!draft.unitFixed && (c.timeWords.has(t0.lower) || (c.timeAdjectives.has(t0.lower) && t1 && c.timeWords.has(t1.lower)))) return null;
  }
  if (t0 && t0.text === '-' && !t0.spaced && t1?.letters && !t1.spaced) {
    const word = t1.text;
    if (TIME_COMPOUND.test(word) || c.timeWords.has(t1.lower)) return null; // "45-year-old", "12-month", "90-day"
    // "$6.99-a-month": the figure stands, the hyphen phrase is no unit; "a two-on-one": no figure at all.
    if (COMPOUND_NOT_UNIT.has(t1.lower) && !draft.currency && !draft.unitFixed) return null;
    if (!COMPOUND_NOT_UNIT.has(t1.lower)) {
      if (/^(?:odd|plus)$/i.test(word)) draft.hedges.push(word);
      else if (!draft.unitFixed && !/^(?:strong|member|man|person)$/i.test(word)) {
        draft.unit = word.toLowerCase(); // "55-kilometer"
        draft.unitFixed = true;
      }
      draft.end = t1.end;
      [t0, t1] = tokensAfter(text, draft.end, 2);
    }
  }
  if (t0) {
    const pair = t1 && pairHeads(c.hedgesAfter).has(t0.lower) ? `${t0.lower} ${t1.lower}` : '';
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
  const before = wordsBefore(text, start, 3);
  const article = before[0]?.raw.toLowerCase();
  const hasArticle = article === 'a' || article === 'an';
  const head = lowered[0];
  const next = tokensAfter(text, end, 2);

  // Fractions of a point: "a quarter-point" cut in a rate.
  const fraction = /(quarter|half)[- ](?:percentage[- ])?point/i.exec(phrase);
  if (fraction) {
    const draft = newDraft(start, end, fraction[1].toLowerCase() === 'quarter' ? 0.25 : 0.5, 'percentage point', true, false);
    draft.fromWords = true;
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
  // "one", "a" alone; but "одну десяту відсотка" is a tenth of a percent.
  if (!evaluated || (evaluated.value <= 1 && !(evaluated.value > 0 && evaluated.value < 1 && c.percent.has(next[0]?.lower ?? '')))) return null;
  const draft = newDraft(start, end, cleanNumber(evaluated.value), null, false, evaluated.vague);
  draft.fromWords = true;
  // A plural scale word standing alone ("thousands", "тысячи", "мільйони") is an order of magnitude.
  const single = lowered.length === 1 ? lexicon.get(lowered[0]) : undefined;
  if (single?.kind === 'scale' && /(?:s|и|і|ы|ів|ов|ей|ям|ями|ах|ях)$/.test(lowered[0])) draft.vague = true;
  if (evaluated.factor) draft.unitFixed = true;
  const words = extendLeft(text, draft, before, c);
  readUnitSuffix(text, draft, c);
  return finishDraft(text, draft, words, c, lang);
}

/**
 * Whether the digits at `at` can open a time, a date or a phone number (see
 * NOT_A_QUANTITY): one of ":-./" must follow within the first four digits.
 * A cheap test that spares the big pattern at most figures.
 */
function mayBeSkipped(text: string, at: number): boolean {
  for (let i = at + 1; i <= at + 4 && i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) continue;
    return code === 58 || code === 45 || code === 46 || code === 47 || code === 187; // 187: "»" closing a name ("«Северный поток – 2»")
  }
  return false;
}

/**
 * Where figures start, in order: the scan regex `(\d)|(number words)` as two
 * searches, so that a digit (most figures) costs a character test instead of
 * a regex match object. The word search's last answer stays good while the
 * cursor has not passed it: a match at a position never depends on where the
 * search began.
 */
class FigureStarts {
  /** Where the last word search began, and what it found (null: no word from there to the end). */
  private searchedFrom = Infinity;
  private word: RegExpExecArray | null = null;
  /** Where the last digit search began, and the first digit from there (the text's length: none). */
  private digitFrom = Infinity;
  private digit = -1;
  /** The start of the next figure and, for number words, its end; `isWord` tells which. */
  at = -1;
  end = -1;
  isWord = false;

  constructor(
    private readonly text: string,
    private readonly words: RegExp,
  ) {}

  /** Finds the first figure start at or after `from`; false when there is none. */
  next(from: number): boolean {
    const text = this.text;
    // Either search is repeated only once the cursor has passed what it found (or moved back), so each is linear.
    if (from < this.digitFrom || this.digit < from) {
      let digit = from;
      while (digit < text.length) {
        const code = text.charCodeAt(digit);
        if (code >= 48 && code <= 57) break;
        digit++;
      }
      this.digit = digit;
      this.digitFrom = from;
    }
    const digit = this.digit;
    if (from < this.searchedFrom || (this.word && this.word.index < from)) {
      this.words.lastIndex = from;
      this.word = this.words.exec(text);
      this.searchedFrom = from;
    }
    const word = this.word;
    if (digit < text.length && (!word || digit <= word.index)) {
      this.at = digit;
      this.isWord = false;
      return true;
    }
    if (!word) return false;
    this.at = word.index;
    this.end = word.index + word[0].length;
    this.isWord = true;
    return true;
  }
}

/** Finds every quantity claim in `text`, in order. */
export function detectQuantities(text: string, lang: Language): QuantityClaim[] {
  return runToEnd(quantitySteps(text, lang, NEVER_YIELD));
}

/**
 * The quantity pass as steps: pauses before a figure when `shouldYield`
 * says so (and once the language's patterns are built, the costliest first
 * step). Its state lives in the generator, so pausing changes nothing found.
 */
export function* quantitySteps(text: string, lang: Language, shouldYield: ShouldYield): Steps<QuantityClaim[]> {
  const c = compile(lang);
  if (shouldYield()) yield;
  const claims: QuantityClaim[] = [];
  let lastEnd = 0;
  const starts = new FigureStarts(text, c.numberWords);
  const budget = new DensityBudget(FIGURE_BUDGET.count, FIGURE_BUDGET.span);
  let cursor = 0;
  while (starts.next(cursor)) {
    if (shouldYield()) yield;
    const at0 = starts.at;
    cursor = starts.isWord ? starts.end : at0 + 1;
    let draft: Draft | null = null;
    if (!budget.take(at0)) {
      // Too many figures in this stretch: pass over this one whole (never read a run from its middle).
      if (!starts.isWord) {
        cursor = digitRunEnd(text, at0, lang);
      }
      continue;
    }
    if (!starts.isWord) {
      // Clock times, time codes, phone numbers and numeric dates are consumed whole and dropped.
      const from = text[at0 - 1] === '+' || text[at0 - 1] === '(' ? at0 - 1 : at0;
      if (from < at0 || mayBeSkipped(text, at0)) {
        c.skipAt.lastIndex = from;
        const skip = c.skipAt.exec(text);
        if (skip) {
          cursor = from + skip[0].length;
          continue;
        }
      }
      // ".45-caliber": a decimal written without its leading zero.
      const start = text[at0 - 1] === '.' && (at0 < 2 || /\s/.test(text[at0 - 2])) ? at0 - 1 : at0;
      const raw = text.slice(start, digitRunEnd(text, start, lang));
      if (raw.length > MAX_FIGURE_LENGTH) {
        cursor = start + raw.length; // "1,1,1,1…", "1.1.1.1…": no figure, and never read again from inside
        continue;
      }
      const parsed = parseDigits(raw.startsWith('.') ? '0' + raw : raw, lang);
      const length = raw.startsWith('.') ? raw.length : parsed.length;
      cursor = start + length;
      draft = buildFromDigits(text, start, start + length, parsed.value, parsed.plain, c, lang);
    } else {
      draft = buildFromWords(text, at0, starts.end, c, lang);
    }
    if (!draft || draft.start < lastEnd) continue;
    // A figure too large for a double ("9" × 400, "hundred hundred hundred…") is no claim: the schema wants a finite value.
    if (!Number.isFinite(draft.value) || (draft.high !== undefined && !Number.isFinite(draft.high))) continue;
    // Two figures side by side ("five 787 Dreamliner"): the second names a model.
    if (claims.length && draft.start - lastEnd <= 2 && draft.start > lastEnd && !text.slice(lastEnd, draft.start).trim() && !draft.hedges.length && !draft.currency) continue;
    if (draft.end > cursor) cursor = draft.end;
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
