import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../utils/detect/index';
import { ClaimSchema } from '../../../utils/model/claim';

/** Pieces that stress the edges of the detector: cues at text edges, brackets, quotes, figures, three scripts. */
const PIECES = [
  'said', 'says', 'told', 'according to', 'cited', 'as saying', 'added', 'saying', 'called', 'reported', 'he', 'she',
  'The', 'ministry', 'Officials', 'Kim Jong Un', 'and', 'but', 'who', 'which', 'that', 'with', 'of', 'by',
  ',', '.', ':', ';', '(', ')', '"', '“', '”', '«', '»', '—', '-', '–', "'", '’', '\n', '\n\n', ' ',
  '3,000', '3 000', '1.5', '$', '€', '%', 'million', 'bn', 'k', 'some', 'about', 'more than', 'or more', 'up to',
  'two', 'hundreds', 'thousands of', 'a dozen', '2019', 'March', '10:30', '0:02:23', '45-year-old', '55-kilometer',
  'заявил', 'по словам', 'Песков', 'около', 'тыс.', 'млн', 'рублей', 'он', '—', 'заявив', 'за словами', 'він', 'тисяч',
  'понад', 'гривень', 'Об этом', 'Про це', 'в', 'у',
];

/** A small deterministic generator, so that a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('robustness', () => {
  it('never throws and always returns valid, ordered claims with true offsets (2,000 random texts)', () => {
    const next = random(42);
    for (let n = 0; n < 2000; n++) {
      const length = 1 + Math.floor(next() * 40);
      let text = '';
      for (let k = 0; k < length; k++) text += PIECES[Math.floor(next() * PIECES.length)] + (next() < 0.7 ? ' ' : '');
      const claims = detectClaims(text);
      for (let i = 0; i < claims.length; i++) {
        const c = claims[i];
        expect(ClaimSchema.safeParse(c).success, `schema: ${JSON.stringify(text)}`).toBe(true);
        expect(text.slice(c.start, c.end)).toBe(c.text);
        if (i > 0) expect(c.start).toBeGreaterThanOrEqual(claims[i - 1].start);
        if (c.type === 'attribution' && c.source) expect(text.slice(c.source.start, c.source.end)).toBe(c.source.text);
      }
    }
  });

  it.each(['', ' ', '\n', 'said', '3', '"', 'according to', 'по словам', '—заявил'])('handles the tiny text %j', (text) => {
    expect(() => detectClaims(text)).not.toThrow();
  });
});
