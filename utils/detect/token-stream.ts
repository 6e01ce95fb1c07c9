import { tokenize, type Token } from './tokens';

/**
 * Tokens of one text, read once and shared by the windows around its cues.
 *
 * The attribution pass reads up to ~300 characters around every cue; where
 * cues are dense ("said said said…", a run of quotes) the windows overlap and
 * the same words were tokenized many times over. This keeps the text's
 * tokens as read from the start (in one pass, as far as the windows need)
 * and hands out the ones a window would read itself. A window gets exactly
 * what `tokenize(text, from, to, max)` returns:
 *
 * - tokens never look back, so from any boundary of the full reading
 *   (a token's start or end, or a blank) the window reads the same tokens;
 *   a window opening inside a token is read directly;
 * - the window's end can cut or change only the tokens that reach past it:
 *   one that ends by then was read with every character it looked at inside
 *   the window (a word is joined over "'", "-" or "." only when a letter
 *   follows, and that letter is then part of it), so only the token that
 *   runs over the end is read again with the window's end.
 *
 * Tokens more than `KEEP_BEHIND` characters behind the last window are let
 * go, so memory stays bounded on long pages.
 */
const CHUNK = 64;
const KEEP_BEHIND = 1024;

export class TokenStream {
  private tokens: Token[] = [];
  private head = 0;
  /** Where the full reading has got to: the end of the last token, or the text's end. */
  private scanned = 0;

  constructor(private readonly text: string) {}

  tokenize(from: number, to: number, max = Infinity): Token[] {
    const text = this.text;
    if (to <= from || max <= 0) return [];
    this.forget(from);
    this.readTo(to);
    let i = this.firstAtOrAfter(from);
    // Inside a token of the full reading (or before what is still kept): read the window directly.
    const before = this.tokens[i - 1];
    if ((before && before.end > from) || (i === this.head && from < this.keptFrom())) return tokenize(text, from, to, max);
    const first = i;
    const last = Math.min(this.tokens.length, max === Infinity ? this.tokens.length : first + max);
    for (; i < last; i++) {
      const t = this.tokens[i];
      if (t.start >= to) break;
      if (t.end > to) break; // cut by the window's end: read it again
    }
    const out = this.tokens.slice(first, i);
    if (out.length < max) {
      const rest = tokenize(text, i > first ? this.tokens[i - 1].end : from, to, max - out.length);
      for (const t of rest) out.push(t);
    }
    return out;
  }

  private keptFrom(): number {
    return this.head < this.tokens.length ? this.tokens[this.head].start : this.scanned;
  }

  /** Reads on until the full reading covers `to`. */
  private readTo(to: number): void {
    const text = this.text;
    while (this.scanned < to && this.scanned < text.length) {
      const more = tokenize(text, this.scanned, text.length, CHUNK);
      if (more.length === 0) {
        this.scanned = text.length;
        break;
      }
      for (const t of more) this.tokens.push(t);
      this.scanned = more[more.length - 1].end;
    }
  }

  /** Index of the first kept token starting at or after `pos`. */
  private firstAtOrAfter(pos: number): number {
    let lo = this.head;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.tokens[mid].start < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Lets go of tokens far behind `pos` (windows only move forward, give or take a sentence). */
  private forget(pos: number): void {
    const limit = pos - KEEP_BEHIND;
    while (this.head < this.tokens.length && this.tokens[this.head].end < limit) this.head++;
    if (this.head > 4096) {
      this.tokens = this.tokens.slice(this.head);
      this.head = 0;
    }
  }
}
