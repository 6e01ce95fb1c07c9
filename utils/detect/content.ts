import type { Span } from '../model/claim';
import type { CueEntry } from './cues';
import { CLOSING_QUOTES, OPENING_QUOTES, type Token } from './tokens';

/**
 * Whether a reporting cue carries reported content, and where that content
 * is: the quote a "…," she said closes, or the clause after the cue. A cue
 * with nothing reported ("he said nothing", "testified before the committee")
 * is no claim.
 */

/** Words after a cue that show it carries content: a clause, a quote, or the end of a quoted sentence. */
export const CONTENT_OPENERS = new Set(['that', 'что', 'що', ':', ',', '.', '“', '"', '‘', '«', '„', '—', '–', 'for', 'on', 'of']);
const NO_CONTENT = new Set(['nothing', 'little', 'ничего', 'нічого']);
/** Reporting verbs in idioms that report nothing: "tells the truth", "reported for RFE/RL" (worked as a reporter), "заявила о себе" (made her name). */
/** Where a statement is made: "said in a statement", "wrote in his book", "told … in an interview". */
const CHANNELS = new Set(['statement', 'statements', 'interview', 'email', 'e-mail', 'letter', 'post', 'tweet', 'release', 'briefing', 'conference', 'video', 'message', 'paper', 'report', 'study', 'book', 'blog', 'column', 'op-ed', 'memo', 'filing', 'podcast', 'broadcast', 'speech', 'address', 'testimony', 'twitter', 'facebook', 'instagram', 'x']);

/** "in a statement", "in the new paper", "on Twitter" right after the cue. */
function channelAfter(after: Token[]): boolean {
  return (after[0]?.lower === 'in' || after[0]?.lower === 'on') && after.slice(1, 5).some((t) => CHANNELS.has(t.lower));
}

export const IDIOMS = /^\s+(?:the\s+truth|lies\b|jokes\b|stories\b|for\s+(?!the\s+first)\S+\s+(?:from|since|in)\b|(?:о|об|про)\s+себе(?![а-яіїєґ]))/i;

/** How far back a quote's opening mark is looked for. */
const MAX_QUOTE = 800;

function opensQuote(text: string, j: number): boolean {
  const ch = text[j];
  return OPENING_QUOTES.has(ch) && (ch !== '"' || j === 0 || /[\s(\[:]/.test(text[j - 1]));
}

/**
 * Where quotes open in a text, found once: every cue after a closing mark
 * looked up to 800 characters back for its opening one, which made a page
 * of `x” said x” said …` scan each stretch a hundred times.
 */
export class QuoteOpenings {
  private positions: number[] | undefined;

  constructor(private readonly text: string) {}

  /** The nearest opening mark in [from, before), or -1. */
  lastBefore(before: number, from: number): number {
    const positions = (this.positions ??= this.find());
    let lo = 0;
    let hi = positions.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (positions[mid] < before) lo = mid + 1;
      else hi = mid;
    }
    const j = lo > 0 ? positions[lo - 1] : -1;
    return j >= from ? j : -1;
  }

  private find(): number[] {
    const out: number[] = [];
    for (let j = 0; j < this.text.length; j++) if (opensQuote(this.text, j)) out.push(j);
    return out;
  }
}

/** The quote a "…," she said closes: from its opening mark to its closing one. */
export function quoteBefore(text: string, before: number, floor: number, openings?: QuoteOpenings): Span | undefined {
  let i = before - 1;
  while (i > floor && /[\s,.\u2014\u2013-]/.test(text[i])) i--;
  if (!CLOSING_QUOTES.has(text[i])) return undefined;
  const close = i;
  const from = Math.max(0, close - MAX_QUOTE);
  let j = -1;
  if (openings) j = openings.lastBefore(close, from);
  else for (let k = close - 1; k >= from && j < 0; k--) if (opensQuote(text, k)) j = k;
  return j >= 0 ? { start: j, end: close + 1, text: text.slice(j, close + 1) } : undefined;
}

export function contentAfter(text: string, tokens: Token[], sentenceEnd: number): Span | undefined {
  let k = 0;
  while (k < tokens.length && (tokens[k].text === ',' || tokens[k].text === ':' || tokens[k].lower === 'that' || tokens[k].lower === 'что' || tokens[k].lower === 'що')) k++;
  if (k >= tokens.length) return undefined;
  const start = tokens[k].start;
  let end = sentenceEnd;
  while (end > start && /[\s.]/.test(text[end - 1])) end--;
  return end > start ? { start, end, text: text.slice(start, end) } : undefined;
}

/** True when a strict cue ("added", "wrote", "believes") visibly carries content. */
export function carriesContent(entry: CueEntry, after: Token[], quoted: boolean, asClause: boolean): boolean {
  if (NO_CONTENT.has(after[0]?.lower ?? '')) return false;
  if (!entry.strict) return true;
  if (quoted || asClause || after.length === 0 || channelAfter(after)) return true;
  if (CONTENT_OPENERS.has(after[0].lower) || CONTENT_OPENERS.has(after[0].text)) return true;
  // "estimated this year that…": a short adverbial before the clause.
  if (after.slice(1, 5).some((t) => t.lower === 'that' || t.lower === 'что' || t.lower === 'що')) return true;
  if (entry.lemma === 'charge' || entry.lemma === 'accuse') return after.slice(0, 8).some((t) => t.lower === 'with' || t.lower === 'of');
  return false;
}

/** A reported clause before the speaker: "…was minor, say officials." */
export function clauseBefore(text: string, sourceStart: number, sentenceStart: number): boolean {
  let i = sourceStart - 1;
  while (i > sentenceStart && /\s/.test(text[i])) i--;
  // Longer than an opening adverbial ("Later in the day,"): a clause that was reported.
  return i > sentenceStart + 25 && text[i] === ',';
}

/**
 * A verb followed straight by a preposition ("testified before the House
 * Committee", "said on Tuesday") carries content only when a clause, quote
 * or colon comes later in the sentence.
 */
export function visibleContent(after: Token[], prepositions: Set<string>, entry: CueEntry): boolean {
  if (!after.length || !prepositions.has(after[0].lower)) return true;
  // "said in a statement", "wrote in a blog post": the channel of a report; its content is the quote around it.
  if (channelAfter(after)) return true;
  // "заявили о перехвате", "повідомили про атаку": what was declared follows "о"/"про".
  if (after[0].lower === 'о' || after[0].lower === 'об' || after[0].lower === 'про') return true;
  if (after[0].lower === 'for' && (entry.lemma === 'ask' || entry.lemma === 'call')) return true; // "asked for an inquiry": a demand
  return after.some((t) => t.lower === 'that' || t.lower === 'что' || t.lower === 'що' || t.text === ':' || OPENING_QUOTES.has(t.text) || CLOSING_QUOTES.has(t.text) || t.text === ',');
}

/** "called it the “end of an era”", "called Omar a “terrorist”": naming someone something, not a name. */
export function callsSomething(after: Token[]): boolean {
  if (after[0]?.lower === 'for' || after[0]?.lower === 'on') return true;
  for (let k = 1; k < Math.min(after.length, 7); k++) {
    const t = after[k];
    if (OPENING_QUOTES.has(t.text) || t.lower === 'a' || t.lower === 'an' || t.lower === 'the') return true;
    if (!t.word) return false;
  }
  return false;
}
