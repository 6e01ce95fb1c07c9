import type { AttributionClaim, Language, Span } from '../model/claim';
import { CUES } from './cues';
import { CUE_BUDGET, DensityBudget } from './budget';
import { WORD_END, LETTER, normaliseWord, trieAlternationSteps } from './lexicon-regex';
import { lowerWord } from './context-words';
import { GROUP_SPEAKERS, OFFICIAL_HEADS, ORGANISATION_HEADS, SOURCE_LEXICON, VAGUE_HEADS } from './source-lexicon';
import { classifySource, knownSurname, personName } from './source-types';
import { sentenceIndex, sentenceStarts } from './sentences';
import { appositive, collectBack, findSourceAfter, findSourceBefore, findSubject, sentenceSubject } from './sources';
import { BOUNDARY_PUNCTUATION, type Token } from './tokens';
import { TokenStream } from './token-stream';
import { NEVER_YIELD, runToEnd, type ShouldYield, type Steps } from '../steps';
import { CONTENT_OPENERS, IDIOMS, QuoteOpenings, callsSomething, carriesContent, clauseBefore, contentAfter, quoteBefore, visibleContent } from './content';

/** No sentence window reaches further than this from its cue: keeps run-on "sentences" (lists, captions) cheap. */
const WINDOW_BEFORE = 240;
/** Most speakers sit within this many characters of their cue; the window grows when it holds too few clause marks. */
const NEAR_WINDOW = 90;
const WINDOW_AFTER = 200;
/** Tokens read after a cue: enough for an inverted speaker, a "called X a …", an "as saying". */
const TOKENS_AFTER = 20;
const FEW_TOKENS_AFTER = 6;

const cueRegexCache = new Map<Language, RegExp>();

/**
 * The cue regex of a language, built once per language as steps: the
 * prefix tree of the cues (800 Russian forms), then the regex, compiled by
 * a first search, each in its own step when `shouldYield` says so.
 */
function* cueRegexSteps(lang: Language, shouldYield: ShouldYield): Steps<RegExp> {
  let re = cueRegexCache.get(lang);
  if (!re) {
    const cues = yield* trieAlternationSteps(CUES[lang].keys(), shouldYield);
    if (shouldYield()) yield;
    // English cues are ASCII: `\b` plus a hyphen check ("so-called") is cheaper than a look-behind at every position.
    const open = lang === 'en' ? '\\b' : `(?<![${LETTER}0-9\\-])`;
    const close = lang === 'en' ? '\\b' : WORD_END;
    re = new RegExp(`${open}(?:${cues})${close}`, 'gi');
    // The engine compiles a regex at its first search: do it here, apart from the first real one.
    re.exec('');
    cueRegexCache.set(lang, re);
  }
  return re;
}

const DATIVE_PRONOUNS = new Set('мне нам тебе вам ему ей им мені тобі йому їй їм'.split(' '));

/** Head nouns that make a lower-case phrase a speaker ("правозахисники", "міністерство"). */
const NAMED_HEADS = [GROUP_SPEAKERS, OFFICIAL_HEADS, ORGANISATION_HEADS, VAGUE_HEADS];

/** "говорит правду" (tells the truth), "говорит по-русски" (speaks Russian): the verb reports nothing. */
const SLAVIC_IDIOMS = /^\s+(?:правду|неправду|по-(?:русски|английски|украински|російськи|англійськи|українськи))(?![а-яіїєґ])/i;

/** "честно говоря", "иначе говоря", "чесно кажучи": a gerund after one of these is a discourse marker, nobody is quoted. */
const DISCOURSE_ADVERBS = new Set('честно откровенно иначе собственно грубо мягко строго вообще проще короче чесно відверто інакше власне грубо мʼяко м\'яко строго взагалі простіше коротше'.split(' '));

/** Possessive pronouns inside "по его словам" / "за його словами". */
const INNER_PRONOUNS = new Set(['его', 'ее', 'её', 'их', 'його', 'її', 'їхніми', 'їх']);

/** "Об этом", "Про це", "Также": words before a Russian or Ukrainian cue whose speaker then follows it. */
const ANAPHORIC_LEADS = new Set('об этом это так также тоже ранее позже как про це цьому так також теж раніше пізніше як'.split(' '));

const SOURCE_NOUN = /\b(?:sources?|officials?|reports?|data|statement|media|agency|ministry|spokes\w+|people|person|analysts?|experts?|documents?|figures|survey|study|poll|police|newspaper|report)\b/i;

/** A speaker found for a cue: its span and the tokens it was read from. */
interface Found {
  span: Span;
  tokens: Token[];
}

function found(text: string, tokens: Token[], first: number, last: number): Found {
  return { span: spanOf(text, tokens, first, last), tokens: tokens.slice(first, last + 1) };
}

function spanOf(text: string, tokens: Token[], first: number, last: number): Span {
  const start = tokens[first].start;
  let end = tokens[last].end;
  // A phrase never ends on a comma or an opening bracket.
  while (end > start && /[\s,(]/.test(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}

/** A window never opens inside a word ("oup of physicians"): move it to the next space. */
function wordStart(text: string, at: number): number {
  if (at === 0 || /\s/.test(text[at - 1])) return at;
  let i = at;
  while (i < text.length && !/\s/.test(text[i]) && i - at < 40) i++;
  return i;
}

/**
 * What "according to X" vouches for: the clause before it ("Prices rose,
 * according to the ministry"), or the one after its speaker ("According to
 * the ministry, prices rose").
 */
function accordingContent(text: string, sentenceStart: number, cueStart: number, source: Span | undefined, sentenceEnd: number): Span | undefined {
  let start = sentenceStart;
  let end = cueStart;
  if (text.slice(sentenceStart, cueStart).trim() === '') {
    start = source ? source.end : cueStart;
    end = sentenceEnd;
  }
  while (start < end && /[\s,:;—–-]/.test(text[start])) start++;
  while (end > start && /[\s,.;:—–-]/.test(text[end - 1])) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

/** "with forecasters warning that…": the phrase between "with" and the participle is its speaker. */
function withAbsolute(before: Token[]): { first: number; last: number } | null {
  const last = before.length - 1;
  if (last < 1 || !before[last].word) return null;
  for (let k = last - 1; k >= 0 && last - k <= 7; k--) {
    const t = before[k];
    if (!t.word) return null;
    if (t.lower === 'with') return k < last ? { first: k + 1, last } : null;
  }
  return null;
}

/** Punctuation that can close a speaker's phrase or an appositive, counted to decide whether a window reaches far enough. */
function clauseMarks(tokens: Token[]): number {
  let n = 0;
  for (const t of tokens) if (!t.word && t.text !== '.' && BOUNDARY_PUNCTUATION.has(t.text)) n++;
  return n;
}

/** Finds every attribution claim in `text`, in order. */
export function detectAttributions(text: string, lang: Language): AttributionClaim[] {
  return runToEnd(attributionSteps(text, lang, NEVER_YIELD));
}

/**
 * The attribution pass as steps: pauses before a cue when `shouldYield` says
 * so. Everything a cue reads from earlier ones (known names, the last
 * speaker, the sentence's source) lives in the generator, so pausing changes
 * nothing found.
 */
export function* attributionSteps(text: string, lang: Language, shouldYield: ShouldYield): Steps<AttributionClaim[]> {
  const lexicon = CUES[lang];
  const lex = SOURCE_LEXICON[lang];
  const isCue = (t: Token) => lexicon.has(t.lower);
  const starts = sentenceStarts(text);
  const claims: AttributionClaim[] = [];
  const knownNames = new Map<string, string>();
  let lastPerson: string | undefined;
  let lastOrganisation: string | undefined;
  let lastSentence = -1;
  let lastSentenceSource: Found | undefined;
  let coveredUntil = 0;

  if (shouldYield()) yield;
  const re = yield* cueRegexSteps(lang, shouldYield);
  if (shouldYield()) yield;
  const budget = new DensityBudget(CUE_BUDGET.count, CUE_BUDGET.span);
  const stream = new TokenStream(text); // the windows around nearby cues overlap: read each word once
  const openings = new QuoteOpenings(text);
  // The cue regex is shared by every pass: while this one is paused another may use it, so the search resumes from `next`.
  let next = 0;
  let m: RegExpExecArray | null;
  for (;;) {
    re.lastIndex = next;
    m = re.exec(text);
    if (!m) break;
    next = re.lastIndex;
    if (shouldYield()) yield;
    const cueStart = m.index;
    const cueEnd = cueStart + m[0].length;
    if (cueStart < coveredUntil || text.charCodeAt(cueStart - 1) === 45) continue;
    if (!budget.take(cueStart)) continue; // "said said said…": more cues than any real text packs in
    const form = m[0].includes(' ') || m[0].includes('\n') ? normaliseWord(m[0]) : lowerWord(m[0]);
    const entry = lexicon.get(form);
    if (!entry) continue;
    const s = sentenceIndex(starts, cueStart);
    const sentenceStart = Math.max(starts[s], cueStart - WINDOW_BEFORE);
    const sentenceEnd = Math.min(s + 1 < starts.length ? starts[s + 1] : text.length, cueEnd + WINDOW_AFTER);
    if (s !== lastSentence) {
      lastSentence = s;
      lastSentenceSource = undefined;
    }
    let before = stream.tokenize(wordStart(text, Math.max(sentenceStart, cueStart - NEAR_WINDOW)), cueStart);
    if (before.length && before[0].start > sentenceStart + 1 && clauseMarks(before) < 2) before = stream.tokenize(wordStart(text, sentenceStart), cueStart);
    const prev = before[before.length - 1];
    // A plain "X said …" needs a few tokens after the cue; inverted speakers, cites, strict cues and
    // Russian/Ukrainian word order need more.
    let after = stream.tokenize(cueEnd, sentenceEnd, FEW_TOKENS_AFTER);
    const needsMore = lang !== 'en' || entry.kind !== 'verb' || entry.strict || entry.noun || !prev?.word || lex.relatives.has(prev.lower) || lex.prepositions.has(after[0]?.lower ?? '');
    if (needsMore && after.length === FEW_TOKENS_AFTER) after = stream.tokenize(cueEnd, sentenceEnd, TOKENS_AFTER);
    if (form === 'saying' && prev?.lower === 'as') continue; // "cited … as saying" is one cue
    // "That said, …" and "— say, Costco —": discourse markers, not reports.
    if ((form === 'said' && prev?.lower === 'that' && after[0]?.text === ',') || (form === 'say' && after[0]?.text === ',' && prev && !prev.word)) continue;

    let kind = entry.kind;
    // "are alleging", "was adding": a progressive is a finite verb, its subject stands before it.
    if (kind === 'participle' && prev && lex.passive.has(prev.lower)) kind = 'verb';
    // "into announcing", "worth noting", "without saying": a gerund, nobody is quoted.
    if (kind === 'participle' && prev && (lex.prepositions.has(prev.lower) || lex.boundaries.has(prev.lower) || prev.lower === 'worth' || (lang !== 'en' && DISCOURSE_ADVERBS.has(prev.lower)))) continue;
    // "has done or said": a verb in a list of deeds, not a report.
    if (prev?.lower === 'or' || prev?.lower === 'или' || prev?.lower === 'або') continue;
    if (IDIOMS.test(text.slice(cueEnd, cueEnd + 16)) || (lang !== 'en' && SLAVIC_IDIOMS.test(text.slice(cueEnd, cueEnd + 16)))) continue;
    if (kind === 'call') {
      if (!callsSomething(after)) continue;
      kind = 'verb';
    }

    let source: Found | undefined;
    let asClause = false;

    if (kind === 'according') {
      // "по его словам", "за її словами": the speaker is the pronoun inside the cue.
      const cueTokens = form.includes(' ') ? stream.tokenize(cueStart, cueEnd) : [];
      const inner = cueTokens.findIndex((t) => t.word && INNER_PRONOUNS.has(t.lower));
      const after2 = inner < 0 ? findSourceAfter(after, lang, true, isCue) : null;
      if (inner >= 0) source = found(text, cueTokens, inner, inner);
      else if (after2) {
        source = found(text, after, after2.first, after2.last);
        coveredUntil = source.span.end; // "according to media reports": no second cue inside the speaker
      }
    } else if (kind === 'cite' && after[0]?.lower === 'as' && after[1]?.lower === 'saying' && prev && lex.passive.has(prev.lower)) {
      // "X was quoted as saying": a passive; the speaker is the phrase before the auxiliary.
      coveredUntil = after[1].end;
      const last = before.length - 2;
      const first = last >= 0 && before[last].word ? collectBack(before, last, lex) : last + 1;
      if (first <= last) source = found(text, before, first, last);
    } else if (kind === 'cite' && after.slice(0, 16).some((t, k) => t.lower === 'as' && after[k + 1]?.lower === 'saying')) {
      const asAt = after.findIndex((t, k) => t.lower === 'as' && after[k + 1]?.lower === 'saying');
      if (asAt > 0) source = found(text, after, 0, asAt - 1);
      coveredUntil = after[asAt + 1].end;
    } else if (kind === 'participle') {
      const object = entry.lemma === 'cite' ? findSourceAfter(after, lang, true, isCue) : null;
      const absolute = withAbsolute(before);
      // "Песков, заявивший журналистам, что …": an active participle qualifies the phrase right before its comma.
      const qualified = lang === 'ru' && /вш(?:ий|ая|ие|его|ей)$/.test(form) && prev?.text === ',' && before[before.length - 2]?.word ? before.length - 2 : -1;
      if (object && SOURCE_NOUN.test(text.slice(after[object.first].start, after[object.last].end))) source = found(text, after, object.first, object.last);
      else if (qualified >= 0) source = found(text, before, collectBack(before, qualified, lex), qualified);
      else if (absolute) source = found(text, before, absolute.first, absolute.last);
      else if (lastSentenceSource) source = lastSentenceSource;
      else {
        const subject = findSubject(before, lang, isCue);
        if (subject) source = found(text, before, subject.first, subject.last);
      }
      if (!carriesContent(entry, after, false, false)) continue;
    } else {
      const pastForm = lang === 'en' && (/ed$/.test(form) || form === 'told' || form === 'said' || form === 'wrote');
      let result = findSourceBefore(before, lang, pastForm, isCue);
      // The near window cut the speaker's phrase (or its appositives) short: read the whole sentence and look again.
      const truncated = before.length > 0 && before[0].start > sentenceStart + 1;
      const reachesStart = (result.kind === 'span' && result.first === 0) || (result.kind === 'comma' && (appositive(before, result.index, lang)?.first ?? 1) === 0);
      if (truncated && reachesStart) {
        before = stream.tokenize(wordStart(text, sentenceStart), cueStart);
        result = findSourceBefore(before, lang, pastForm, isCue);
      }
      if (result.kind === 'skip') continue;
      if (entry.noun && result.kind !== 'span' && result.kind !== 'pronoun') continue;
      const canInvert = entry.invert || (lang !== 'en' && !entry.object);
      if (result.kind === 'pronoun') source = found(text, before, result.index, result.index);
      else if (result.kind === 'span' || result.kind === 'infinitive') {
        source = found(text, before, result.first, result.last);
        asClause = /^(?:as|как|як)$/.test(before[result.first - 1]?.lower ?? '');
        // Russian and Ukrainian put the speaker after the cue in "Об этом заявил X", "Про це повідомив X".
        if (lang !== 'en' && !entry.object && before.slice(result.first, result.last + 1).every((t) => !t.word || ANAPHORIC_LEADS.has(t.lower) || lex.prepositions.has(t.lower) || !t.upper)) {
          const inverted = findSourceAfter(after, lang, false, isCue);
          if (inverted) source = found(text, after, inverted.first, inverted.last);
        }
      } else if (result.kind === 'empty' || result.kind === 'comma') {
        const inverted = canInvert ? findSourceAfter(after, lang, false, isCue) : null;
        if (inverted) source = found(text, after, inverted.first, inverted.last);
        else if (result.kind === 'comma') {
          const apposed = appositive(before, result.index, lang);
          const subject = apposed ? null : findSubject(before, lang, isCue);
          if (apposed) source = found(text, before, apposed.first, apposed.last);
          else if (subject) source = found(text, before, subject.first, subject.last);
          else if (lastSentenceSource) source = lastSentenceSource;
        }
      } else if (result.kind === 'coordinated' && lang !== 'en' && !entry.object && findSourceAfter(after, lang, false, isCue)) {
        // "Как отметил глава МИД Сергей Лавров, …", "Як зазначив міністр …": the speaker follows.
        const inverted = findSourceAfter(after, lang, false, isCue)!;
        source = found(text, after, inverted.first, inverted.last);
      } else if (result.kind === 'coordinated') {
        const subject = findSubject(before, lang, isCue);
        if (subject) source = found(text, before, subject.first, subject.last);
        else if (lastSentenceSource) source = lastSentenceSource;
        else {
          // "…, and argued that…" with the subject out of reach: the sentence's first phrase, if the window holds it.
          const whole = before[0]?.start <= sentenceStart + 1 ? before : stream.tokenize(wordStart(text, sentenceStart), cueStart);
          const first = sentenceSubject(whole, lang, isCue);
          if (first) source = found(text, whole, first.first, first.last);
        }
      }
      if (entry.noun) {
        const next = after[0];
        if (!next || next.text === '.' || next.text === ',' || !(CONTENT_OPENERS.has(next.lower) || lex.pronouns.has(next.lower) || next.lower === 'the' || next.upper)) continue;
      }
    }

    const sourceStart = source && source.span.start < cueStart ? source.span.start : cueStart;
    const quote = quoteBefore(text, sourceStart, sentenceStart - 1, openings);
    // "мне часто пишут", "нам кажуть": a dative pronoun is who is addressed; whoever speaks is not named.
    if (lang !== 'en' && source && source.span.start < cueStart && DATIVE_PRONOUNS.has(source.tokens[0]?.lower ?? '')) continue;
    if (entry.object && !source && !quote) continue; // "что потребует консультации": an object verb with nobody before it
    // "…, скорее всего, потребует консультации": an object verb's speaker is a name or a pronoun, not any words before it.
    if (entry.object && source && !quote && !source.tokens.some((t) => t.upper || NAMED_HEADS.some((heads) => heads.has(t.lower))) && !lex.pronouns.has(source.tokens[0]?.lower ?? '')) continue;
    const speakerAfter = !!source && source.span.start > cueStart; // "сообщили в Минобороны": the preposition opens the speaker
    // "Афганські сили – додав Обама – ще не такі сильні": a cue set off by dashes with its speaker after it interrupts what it reports.
    const interjected = lang !== 'en' && speakerAfter && !!prev && (prev.text === '–' || prev.text === '—' || prev.text === '-');
    // "как заметил Путин, …", "як зауважив міністр, …": the cue opens an aside whose clause follows it.
    const asLead = lang !== 'en' && (prev?.lower === 'как' || prev?.lower === 'як');
    if (!carriesContent(entry, after, !!quote || interjected, asClause || asLead)) continue;
    if (kind === 'verb' && !quote && !asClause && !speakerAfter && !clauseBefore(text, sourceStart, sentenceStart) && !visibleContent(after, lex.prepositions, entry)) continue;
    // "The staff member who reported the call recalled…": a relative clause inside the real speaker's phrase.
    if (prev && /^(?:who|который|которая|которые|який|яка|які)$/.test(prev.lower) && after.slice(0, 8).some((t, k) => k > 0 && isCue(t) && after.slice(0, k).every((u) => u.word))) continue;

    const claim: AttributionClaim = {
      type: 'attribution',
      start: cueStart,
      end: cueEnd,
      text: text.slice(cueStart, cueEnd),
      cue: entry.lemma,
      sourceType: 'unknown',
    };
    if (source) {
      const span = source.span;
      claim.source = span;
      const named = personName(source.tokens);
      claim.sourceType = classifySource(source.tokens, span.text, lang, named, knownNames);
      if (claim.sourceType === 'pronoun') {
        const lower = span.text.toLowerCase();
        const resolved = /^(?:it|оно|воно)$/.test(lower) ? lastOrganisation : /^(?:he|she|his|her|он|она|его|ее|её|він|вона|його|її)$/.test(lower) ? lastPerson : undefined;
        if (resolved) claim.resolved = resolved;
      } else if (named) {
        if (claim.sourceType === 'person') {
          lastPerson = named;
          knownNames.set(named.split(' ').pop()!.toLowerCase(), named);
        }
      } else if (claim.sourceType === 'person') {
        lastPerson = knownSurname(span.text, knownNames) ?? lastPerson;
      } else if (claim.sourceType === 'organisation') lastOrganisation = span.text.replace(/^(?:the|The)\s+/, '');
      lastSentenceSource = source;
    }
    const content = quote ?? (kind === 'according' ? accordingContent(text, sentenceStart, cueStart, source?.span, sentenceEnd) : contentAfter(text, after, sentenceEnd));
    if (content) claim.content = content;
    claims.push(claim);
  }
  return claims;
}
