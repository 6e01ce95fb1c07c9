import type { Language } from '../model/claim';
import { SOURCE_LEXICON, type SourceLexicon } from './source-lexicon';
import { BOUNDARY_PUNCTUATION, CLOSING_QUOTES, OPENING_QUOTES, type Token } from './tokens';

/**
 * Finding the speaker of a reporting cue inside its sentence. All functions
 * take the sentence's tokens before (or after) the cue, so the work per cue
 * is bounded by the sentence, never the text.
 */

/** Longest speaker phrase we take: long enough for "the U.S. Attorney’s Office for the Western District of New York". */
const MAX_PHRASE = 14;
/** An appositive may run longer: "an expert at the University of York who did not work on the study". */
const MAX_APPOSITIVE = 24;

/** Index of the "(" that a ")" at `close` closes, or -1 (looks back a few tokens only). */
function matchingOpen(tokens: Token[], close: number): number {
  for (let k = close - 1; k >= 0 && close - k <= 8; k--) if (tokens[k].text === '(') return k;
  return -1;
}

export type BeforeResult =
  | { kind: 'span'; first: number; last: number }
  | { kind: 'pronoun'; index: number }
  | { kind: 'empty'; quoteBefore: boolean }
  | { kind: 'comma'; index: number }
  | { kind: 'coordinated' }
  | { kind: 'infinitive'; first: number; last: number }
  | { kind: 'skip' };

/** A finite verb inside a would-be appositive: auxiliaries and past forms. */
const AUXILIARY_OR_PAST = /^(?:is|was|were|are|has|have|had|did|does|will|would|could|can)$|^[a-z]{3,}ed$/;

const NUMBER_LIKE = new Set('two three four five six seven eight nine ten dozens hundreds thousands several many few'.split(' '));

/** Common irregular past forms: a capitalised word before one of these is a clause's subject ("Swift took … and accused"). */
export const IRREGULAR_PAST = new Set(
  'took made went came gave saw got found left became began brought held kept put ran sent stood spoke thought won lost met paid led felt knew drew flew grew threw wore chose rose fell broke ate drove hit cut let sat shot sold spent struck taught understood wrote told said built bought caught fought heard meant sought withdrew forgot overtook undertook'.split(' '),
);

const AUXILIARY = new Set(
  'is was were are has have had did does do will would could can may might must should shall been being be'.split(' '),
);

function isNegation(t: Token, lex: SourceLexicon): boolean {
  return lex.negation.has(t.lower) || /n't$/.test(t.lower);
}

/** Verb-like: an auxiliary, a past form, or a reporting cue — what follows a clause's subject. */
export function isVerbLike(t: Token | undefined, lang: Language, isCue: (t: Token) => boolean): boolean {
  if (!t || !t.word) return false;
  if (isCue(t)) return true;
  if (lang === 'en') return AUXILIARY.has(t.lower) || /n't$/.test(t.lower) || ((/[a-z]{3}ed$/.test(t.lower) || IRREGULAR_PAST.has(t.lower)) && !t.upper);
  return /(?:л|ла|ли|ло|ів|ав|ив|ув|ял|яв)$/.test(t.lower) && !t.upper;
}

/**
 * Walks back from `last` over a speaker phrase until punctuation or a word
 * that opens a clause. `throughWords` false: only punctuation stops it (an
 * appositive like "who was then serving as the President's physician").
 */
export function collectBack(tokens: Token[], last: number, lex: SourceLexicon, throughWords = false): number {
  let j = last;
  let taken = 0;
  const limit = throughWords ? MAX_APPOSITIVE : MAX_PHRASE;
  while (j >= 0 && taken < limit) {
    const t = tokens[j];
    if (!t.word) {
      if (t.text === '.' || t.text === '&' || t.text === '/') {
        j--;
        continue;
      }
      // "Home Depot (ticker: HD) reported": a bracketed aside stays inside the phrase.
      if (t.text === ')') {
        const open = matchingOpen(tokens, j);
        if (open > 0 && tokens[open - 1].word) {
          j = open - 1;
          continue;
        }
      }
      if (BOUNDARY_PUNCTUATION.has(t.text)) break;
    } else if (!throughWords && lex.boundaries.has(t.lower)) {
      // "Volker and Morrison", "both Vindman and Williams": a conjunction between names stays inside.
      // "Paganini and his team", "Trump and the first lady": a conjunction before another noun phrase.
      const next = tokens[j + 1];
      const prevWord = tokens[j - 1];
      const conjunction = t.lower === 'and' || t.lower === 'и' || t.lower === 'і' || t.lower === 'та';
      const joinsNames = conjunction && !!next && !!prevWord?.word && (next.upper || lex.determiners.has(next.lower)) && (prevWord.upper || !/(?:ed|ly)$/.test(prevWord.lower));
      if (!joinsNames) break;
    }
    j--;
    taken++;
  }
  let first = j + 1;
  // Drop sentence adverbs and conjunctions at the front ("But", "However", "Also").
  while (first <= last && tokens[first].word && (lex.between.has(tokens[first].lower) || lex.boundaries.has(tokens[first].lower)) && first < last) first++;
  return first;
}

/**
 * Looks for the speaker before a cue. `tokens` are the sentence's tokens
 * before the cue. Reports what stands there: a phrase, a pronoun, nothing
 * (speaker follows the cue), a comma (appositive or inverted), a
 * coordinated verb ("and said"), or a reason to drop the cue.
 */
export function findSourceBefore(tokens: Token[], lang: Language, pastForm: boolean, isCue: (t: Token) => boolean): BeforeResult {
  const lex = SOURCE_LEXICON[lang];
  let i = tokens.length - 1;
  if (i < 0) return { kind: 'empty', quoteBefore: false };
  const adjacent = tokens[i];
  // A determiner, preposition or possessive right before: the form is a noun or adjective ("the reported deployment", "amid reports").
  if (adjacent.word && (lex.determiners.has(adjacent.lower) || lex.prepositions.has(adjacent.lower) || /'s$|s'$/.test(adjacent.lower))) return { kind: 'skip' };
  if (adjacent.lower === 'so' || (adjacent.text === '-' && lang === 'en')) return { kind: 'skip' };

  // Step back over auxiliaries, adverbs and time phrases between speaker and cue.
  let sawPassive = false;
  let sawTo = false;
  while (i >= 0) {
    const t = tokens[i];
    if (t.word && lex.modal.has(t.lower)) return { kind: 'skip' };
    if (t.word && isNegation(t, lex)) return { kind: 'skip' };
    if (t.word && lex.passive.has(t.lower)) {
      sawPassive = true;
      i--;
      continue;
    }
    if (t.word && lang === 'en' && t.lower === 'to' && !sawTo) {
      sawTo = true;
      i--;
      continue;
    }
    const adverb = t.word && !t.upper && /ly$/.test(t.lower) && lang === 'en';
    const time = t.word && (lex.timeWords.has(t.lower) || /^\d+$/.test(t.text));
    if (t.word && (lex.between.has(t.lower) || adverb || time) && !(t.upper && !time && !lex.between.has(t.lower))) {
      i--;
      continue;
    }
    if (t.text === '.' && i > 0 && tokens[i - 1].upper && tokens[i - 1].text.length <= 4) {
      i--;
      continue;
    }
    // ", meanwhile," between speaker and cue
    if (t.text === ',' && i >= 2 && tokens[i - 1].word && lex.between.has(tokens[i - 1].lower) && tokens[i - 2].text === ',') {
      i -= 3;
      continue;
    }
    break;
  }
  if (sawPassive && pastForm) return { kind: 'skip' };
  if (i < 0) return { kind: 'empty', quoteBefore: false };
  if (sawTo) {
    // "led the French manufacturer to announce": the speaker sits between a past verb and "to".
    let first = i;
    while (first > 0 && i - first < 6 && !(tokens[first - 1].word && /ed$/.test(tokens[first - 1].lower))) first--;
    const verb = tokens[first - 1];
    const stopper = tokens.slice(Math.max(0, first - 3), i + 1).some((t) => lex.noClaimBeforeTo.has(t.lower)) || !tokens[i].word;
    if (stopper || !verb || !/ed$/.test(verb.lower) || lex.noClaimBeforeTo.has(verb.lower)) return { kind: 'skip' };
    return { kind: 'infinitive', first, last: i };
  }
  if (tokens[i].text === ')') {
    const open = matchingOpen(tokens, i);
    if (open > 0 && tokens[open - 1].word) i = open - 1;
  }
  const t = tokens[i];
  if (!t.word) {
    if (t.text === ',') return { kind: 'comma', index: i };
    return { kind: 'empty', quoteBefore: CLOSING_QUOTES.has(t.text) };
  }
  if (lex.firstPerson.has(t.lower) || lex.firstPerson.has(t.lower.split("'")[0])) return { kind: 'skip' }; // "I", "we've"
  if (lex.pronouns.has(t.lower)) return { kind: 'pronoun', index: i };
  // "with three confirmed diagnoses": a participle after a figure is an adjective.
  if (/^\d[\d,.]*$/.test(t.text) || NUMBER_LIKE.has(t.lower)) return { kind: 'skip' };
  if (lex.relatives.has(t.lower)) {
    // "the United States, which accuses him": the speaker is the antecedent.
    if (tokens[i - 1]?.text === ',') {
      const last = i - 2;
      if (last >= 0) return { kind: 'span', first: collectBack(tokens, last, lex), last };
    }
    return { kind: 'span', first: i, last: i };
  }
  if (lex.boundaries.has(t.lower)) return { kind: 'coordinated' };
  let first = collectBack(tokens, i, lex);
  if (first > i) return { kind: 'coordinated' };
  // "Officials said a scan of the microchip revealed…": another reporting verb closes the clause before the speaker.
  for (let k = i - 1; k >= first; k--) {
    const t = tokens[k];
    const pastVerb = lang !== 'en' || /(?:ed|^said|^told|^wrote)$/.test(t.lower);
    if (t.word && !t.upper && pastVerb && isCue(t) && !lex.determiners.has(tokens[k - 1]?.lower ?? '') && !lex.relatives.has(tokens[k - 1]?.lower ?? '')) {
      first = k + 1;
      break;
    }
  }
  // "A spokesperson who did not wish to be named because of agency policy said": a phrase cannot open with a
  // preposition, so the clause word before it belongs to a relative clause inside the speaker's phrase.
  if (lex.prepositions.has(tokens[first].lower) && first >= 2 && lex.boundaries.has(tokens[first - 1].lower)) {
    const wider = collectBack(tokens, first - 2, lex, true);
    if (tokens.slice(wider, first).some((t) => lex.relatives.has(t.lower))) first = wider;
  }
  return { kind: 'span', first, last: i };
}

/** The phrase before a comma that precedes the cue: "X, Y, said" → X..Y; "…, Y, said" → Y. */
export function appositive(tokens: Token[], comma: number, lang: Language): { first: number; last: number } | null {
  const lex = SOURCE_LEXICON[lang];
  const last = comma - 1;
  if (last < 0 || !tokens[last].word) return null;
  const yFirst = collectBack(tokens, last, lex, true);
  if (yFirst > last) return null;
  // "he asked about the Brotherhood, called Omar…": a clause before the comma, not an appositive.
  // "A group of physicians, alarmed that …, is urging": a participle clause between commas; the speaker is before it.
  const opener = tokens[yFirst];
  if (opener.word && !opener.upper && /(?:ed|ing)$/.test(opener.lower) && tokens[yFirst - 1]?.text === ',' && yFirst - 2 >= 0 && tokens[yFirst - 2].word) {
    const xFirst = collectBack(tokens, yFirst - 2, lex);
    if (xFirst <= yFirst - 2) return { first: xFirst, last: yFirst - 2 };
  }
  const yTokens = tokens.slice(yFirst, last + 1);
  const relativeAt = yTokens.findIndex((t) => lex.relatives.has(t.lower));
  const verbAt = yTokens.findIndex((t, k) => k > 0 && t.word && !t.upper && (AUXILIARY_OR_PAST.test(t.lower) || IRREGULAR_PAST.has(t.lower)));
  if (verbAt > 0 && !(relativeAt >= 0 && relativeAt < verbAt)) return null;
  // "Jeff Sanborn, president of Chapter & Verse, a Spokane agency, said": walk back over further comma-separated
  // phrases (up to three) while none holds a verb; an opening adverbial ("Later in the day,") is left out.
  let first = yFirst;
  for (let segments = 0; segments < 3; segments++) {
    if (tokens[first - 1]?.text !== ',' || first - 2 < 0 || !(tokens[first - 2].word || tokens[first - 2].text === '.')) break;
    const xFirst = collectBack(tokens, first - 2, lex);
    if (xFirst > first - 2) break;
    const segment = tokens.slice(xFirst, first - 1);
    const intro = lex.prepositions.has(segment[0].lower) || lex.between.has(segment[0].lower);
    if (intro || segment.some((t, k) => k > 0 && t.word && !t.upper && (AUXILIARY_OR_PAST.test(t.lower) || IRREGULAR_PAST.has(t.lower)))) break;
    first = xFirst;
  }
  return { first, last };
}

function shift(span: { first: number; last: number }, by: number): { first: number; last: number } {
  return { first: span.first + by, last: span.last + by };
}

const AFTER_STOP_EN = new Set('on in at during after before when while who which that referring adding to as according with because told said says and but for from of'.split(' '));
const AFTER_STOP_CYR = new Set('что в во на о об по после перед во время когда который которая которые із з що у на про під після коли який яка які і и а со ссылаясь сославшись посилаючись пославшись'.split(' '));
const ACCORDING_STOP = new Set('that which who when while as and but because although whether'.split(' '));

/** Media a statement goes out on: after "в своем телеграм-канале" the speaker follows. */
const CHANNEL_NOUN = /^(?:телеграм|telegram|эфир|ефір|интервью|інтерв|соцсет|соцмереж|брифинг|брифінг|твиттер|твітер|twitter|фейсбук|facebook|instagram|инстаграм|інстаграм|пресс-конференц|пресконференц|прес-конференц|видеообращ|відеозвернен)/i;

/** Steps over "в своем телеграм-канале" / "у телеграм-каналі" when a speaker follows it; else stays at `i`. */
function skipChannel(tokens: Token[], i: number, lex: SourceLexicon): number {
  if (!lex.sourcePrepositions.has(tokens[i].lower)) return i;
  for (let k = i + 1; k < tokens.length && k <= i + 4 && tokens[k].word; k++) {
    if (CHANNEL_NOUN.test(tokens[k].lower)) return tokens[k + 1]?.word ? k + 1 : i;
  }
  return i;
}

/**
 * The speaker after a cue: "said Amnesty International on Tuesday", "say
 * officials.", "заявил журналистам пресс-секретарь Кремля Дмитрий Песков".
 * With `according` the phrase may run through prepositions ("the TexAuto
 * Facts report from InfoNation"). Null when what follows is not a speaker
 * (a clause: "said it would").
 */
export function findSourceAfter(tokens: Token[], lang: Language, according: boolean, isCue: (t: Token) => boolean): { first: number; last: number } | null {
  const lex = SOURCE_LEXICON[lang];
  let i = 0;
  while (i < tokens.length && tokens[i].word && lex.addressees.has(tokens[i].lower)) i++;
  // A name in quotes: "сообщает «Интерфакс»", "повідомляє «Українська правда»". When a phrase follows the
  // quoted name, the name was the addressee ("рассказал «Известиям» источник") and the phrase is the speaker.
  if (i < tokens.length && OPENING_QUOTES.has(tokens[i].text)) {
    let close = i + 1;
    while (close < tokens.length && tokens[close].word) close++;
    if (close > i + 1 && close < tokens.length && CLOSING_QUOTES.has(tokens[close].text)) {
      if (tokens[close + 1]?.word && lang !== 'en') {
        const phrase = findSourceAfter(tokens.slice(close + 1), lang, according, isCue);
        if (phrase) return shift(phrase, close + 1);
      }
      return { first: i + 1, last: close - 1 };
    }
  }
  if (i >= tokens.length || !tokens[i].word) return null;
  // "сообщил в своем телеграм-канале губернатор …": the channel comes first, the speaker after it.
  if (lang !== 'en' && !according) i = skipChannel(tokens, i, lex);
  const first = i;
  // "сообщил В. Гладков": a capital initial, not the preposition "в".
  const initial = tokens[i].upper && tokens[i].text.length === 1 && tokens[i + 1]?.text === '.';
  if (!initial && lex.sourcePrepositions.has(tokens[i].lower) && tokens[i + 1]?.word) i++;
  else if (!initial && !according && (lex.prepositions.has(tokens[i].lower) || lex.boundaries.has(tokens[i].lower))) return null; // "said of that on-ramp", "said that"
  // "призвал не верить …", "закликав зупинити …": a negation or an infinitive opens what is reported, not who.
  if (lang !== 'en' && !according && !tokens[first].upper && (lex.negation.has(tokens[first].lower) || /(?:ть|ти|тись|ться)$/.test(tokens[first].lower))) return null;
  const stop = according ? ACCORDING_STOP : lang === 'en' ? AFTER_STOP_EN : AFTER_STOP_CYR;
  let last = -1;
  for (let taken = 0; i < tokens.length && taken < MAX_PHRASE; i++, taken++) {
    const t = tokens[i];
    if (!t.word) {
      if (t.text === '.' && tokens[i - 1]?.upper && tokens[i - 1].text.length <= 3 && tokens[i + 1]?.upper) continue; // "Dr. Sanjay Gupta"
      if (t.text === '&' || t.text === '/' || (according && (t.text === '(' || t.text === ')'))) continue;
      break;
    }
    if (i > first && stop.has(t.lower)) {
      // An inverted speaker ends at punctuation or a trailing phrase ("on Tuesday"), never at a clause ("the case highlights that").
      if (!according && (t.lower === 'that' || t.lower === 'что' || t.lower === 'що')) return null;
      break;
    }
    if (i > first && lex.addressees.has(t.lower)) break;
    // "said it would", "said Trump has decided" — but "said a report from…" names a speaker.
    // "the letter signed by seven physicians", "The We Company’s recently named executive": a participle inside the phrase.
    const participlePhrase = i > 0 && /ed$/.test(t.lower) && (tokens[i + 1]?.lower === 'by' || /ly$|'s$/.test(tokens[i - 1].lower));
    // (Russian and Ukrainian past endings are shared by nouns — "справ", "дела" — so there only a cue word ends the phrase.)
    const verbLike = lang === 'en' ? isVerbLike(t, lang, isCue) : isCue(t);
    if (!according && i > first && !participlePhrase && !lex.determiners.has(tokens[i - 1].lower) && verbLike && !t.upper) return null;
    last = i;
  }
  if (last < first) return null;
  // "заявил глава ведомства, генерал Пол Накасоне.": an appositive that ends the sentence on a name belongs to the speaker.
  if (lang !== 'en' && !according && tokens[last + 1]?.text === ',') {
    let k = last + 2;
    while (k < tokens.length && k - last < 8 && tokens[k].word && !isCue(tokens[k]) && !lex.boundaries.has(tokens[k].lower) && !lex.prepositions.has(tokens[k].lower)) k++;
    const ends = k >= tokens.length || tokens[k].text === '.';
    if (ends && k > last + 3 && tokens[k - 1].upper && tokens[k - 2].upper) last = k - 1;
  }
  // "said Tuesday at the conference": a day or a date is when, not who.
  if (tokens.slice(first, last + 1).every((t) => !t.word || lex.timeWords.has(t.lower) || lex.between.has(t.lower) || /^\d/.test(t.text))) return null;
  const head = tokens[first];
  // "said he would": a clause, not a speaker; "— заявил он.": a speaker.
  const following = tokens[last + 1];
  if (lex.pronouns.has(head.lower) && !according && (last > first || (following?.word && !stop.has(following.lower) && !lex.addressees.has(following.lower)))) return null;
  if (lex.firstPerson.has(head.lower)) return null;
  // "says veteran industry analyst Ken Doctor": a lower-case title is fine when a name ends the phrase.
  if (!according && lang === 'en' && !head.upper && !lex.determiners.has(head.lower) && last - first > 3 && !tokens[last].upper) return null;
  return { first, last };
}

/**
 * The subject of the clause a participle or a coordinated verb hangs on:
 * the nearest pronoun or capitalised phrase that a verb follows ("Kim was
 * satisfied … and said", "OrbitBeyond canceled …, citing").
 */
export function findSubject(tokens: Token[], lang: Language, isCue: (t: Token) => boolean): { first: number; last: number } | null {
  const lex = SOURCE_LEXICON[lang];
  for (let k = tokens.length - 2; k >= 0; k--) {
    const t = tokens[k];
    if (!t.word) continue;
    const functionWord = lex.boundaries.has(t.lower) || lex.between.has(t.lower) || lex.prepositions.has(t.lower) || lex.determiners.has(t.lower);
    // A capitalised word before a verb, or any noun right before another reporting verb ("the city’s police deny … and say").
    const subjectLike = lex.pronouns.has(t.lower) || (!functionWord && (t.upper || (tokens[k + 1]?.word && isCue(tokens[k + 1]))));
    if (!subjectLike || !isVerbLike(tokens[k + 1], lang, isCue)) continue;
    if (lex.firstPerson.has(t.lower)) return null;
    if (lex.pronouns.has(t.lower)) return { first: k, last: k };
    return { first: collectBack(tokens, k, lex), last: k };
  }
  return null;
}

/** The phrase that opens a sentence up to its first verb ("The group … and said"), when it is short enough to be a subject. */
export function sentenceSubject(tokens: Token[], lang: Language, isCue: (t: Token) => boolean): { first: number; last: number } | null {
  const lex = SOURCE_LEXICON[lang];
  let first = 0;
  while (first < tokens.length && tokens[first].word && (lex.between.has(tokens[first].lower) || lex.boundaries.has(tokens[first].lower))) first++;
  for (let k = first; k < tokens.length && k - first < 8; k++) {
    const t = tokens[k];
    if (!t.word) return null;
    if (k > first && isVerbLike(t, lang, isCue)) return lex.firstPerson.has(tokens[first].lower) ? null : { first, last: k - 1 };
  }
  return null;
}
