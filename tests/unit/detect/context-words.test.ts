import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_WORD, tokensAfter, wordsBefore } from '../../../utils/detect/context-words';

/** wordsBefore without its memory of unspaced runs: the plain bounded reading it must always agree with. */
function reference(text: string, pos: number, max: number) {
  const blank = (c: number) => c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009;
  const words: Array<{ raw: string; start: number }> = [];
  let i = pos - 1;
  while (words.length < max && i >= 0) {
    const gapEnd = i;
    while (i >= 0 && blank(text.charCodeAt(i))) i--;
    if (i < 0 || gapEnd - i > 64) break;
    if (text[i] === '\n' || text[i] === '\r') break;
    const end = i + 1;
    const floor = end - MAX_WORD;
    while (i >= floor && i >= 0 && !blank(text.charCodeAt(i)) && text[i] !== '\n' && text[i] !== '\r') i--;
    if (i >= 0 && i < floor) break;
    words.push({ raw: text.slice(i + 1, end), start: i + 1 });
  }
  return words;
}

describe('reading around a figure', () => {
  it('wordsBefore agrees with the plain reading at any positions, in any order (fast-check, seeded)', () => {
    const chars = fc.constantFrom('1', '$', 'a', '\u200d', ' ', '\u00a0', '\n', '-', 'x'.repeat(30), '1$'.repeat(20));
    fc.assert(
      fc.property(fc.array(chars, { minLength: 1, maxLength: 40 }), fc.array(fc.tuple(fc.nat(2000), fc.integer({ min: 1, max: 6 })), { maxLength: 40 }), (parts, reads) => {
        const text = parts.join('');
        for (const [at, max] of reads) {
          const pos = at % (text.length + 1);
          expect(wordsBefore(text, pos, max).map(({ raw, start }) => ({ raw, start }))).toEqual(reference(text, pos, max));
        }
      }),
      { seed: 11, numRuns: 2000 },
    );
  });

  it('tokensAfter gives the same tokens however far it was asked to read before', () => {
    const text = 'some 3,000 troops, up from 2,500\u00a0in May — “we are ready”';
    for (let pos = 0; pos < text.length; pos++) {
      const once = [...tokensAfter(text, pos, 6)];
      tokensAfter(text, pos + 1, 1); // move the reading elsewhere
      for (const max of [1, 2, 4, 6]) tokensAfter(text, pos, max);
      expect(tokensAfter(text, pos, 6)).toEqual(once);
    }
  });
});
