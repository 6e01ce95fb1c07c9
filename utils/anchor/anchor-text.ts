import { normalizeText, type NormalizedText } from './normalized-text';

/** Places looked at per search key: a bound, not a rule (a 1 MB page has ~3,000 "said"). */
export const MAX_OCCURRENCES = 20_000;
/** Searched keys are at most this long: longer quotes are found by their first KEY_LENGTH characters. */
export const KEY_LENGTH = 16;

/**
 * A text to anchor in. Its whitespace-collapsed form is built once, and only
 * if some annotation needs it; so are the places of each searched key, which
 * many annotations share ("said", a prefix). A scan with indexOf (native,
 * ~0.2 ms per MB) beats any per-character loop in JavaScript, so there is no
 * index: each distinct key costs one scan, and only when the place near the
 * old position did not settle it.
 */
export class AnchorText {
  private cached?: NormalizedText;
  private places = new Map<string, number[]>();
  constructor(readonly raw: string) {}

  get normalized(): NormalizedText {
    return (this.cached ??= normalizeText(this.raw));
  }

  /** Sorted places of `key` in the normalized text (at most MAX_OCCURRENCES). */
  occurrences(key: string): number[] {
    let found = this.places.get(key);
    if (!found) {
      const { norm } = this.normalized;
      found = [];
      for (let at = norm.indexOf(key); at !== -1 && found.length < MAX_OCCURRENCES; at = norm.indexOf(key, at + 1)) found.push(at);
      this.places.set(key, found);
    }
    return found;
  }

  /** Places of `key` within `radius` of `around`, without scanning the whole text. */
  occurrencesNear(key: string, around: number, radius: number): number[] {
    const known = this.places.get(key);
    if (known) return known.filter((at) => Math.abs(at - around) <= radius);
    const from = Math.max(0, around - radius);
    const window = this.normalized.norm.slice(from, around + radius + key.length);
    const found: number[] = [];
    for (let at = window.indexOf(key); at !== -1; at = window.indexOf(key, at + 1)) found.push(from + at);
    return found;
  }
}
