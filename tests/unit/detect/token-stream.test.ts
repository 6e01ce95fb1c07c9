import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenStream } from '../../../utils/detect/token-stream';
import { tokenize } from '../../../utils/detect/tokens';

/** The shared token reading must hand every window exactly what tokenizing the window itself gives. */
const PIECES = ['said', 'Kim', "o'", "'", '’', '-', '.', 'U.S.', 'U.S', 'a', ' ', '  ', '\n', ',', '"', '«', '3', '3,000', 'Dr.', "Edmunds'", 'x-', '-y', '\u00a0', 'заявил', 'Об'];

describe('TokenStream', () => {
  it('equals tokenize on any windows that move forward (fast-check, seeded)', () => {
    const text = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 120 }).map((p) => p.join(''));
    const windows = fc.array(fc.tuple(fc.nat(400), fc.nat(80), fc.oneof(fc.constant(Infinity), fc.integer({ min: 1, max: 25 }))), { maxLength: 30 });
    fc.assert(
      fc.property(text, windows, (t, ws) => {
        const stream = new TokenStream(t);
        let at = 0;
        for (const [step, width, max] of ws) {
          // Windows start at most a little behind the previous start, as the attribution pass's do.
          at = Math.min(t.length, Math.max(0, at + step - 200));
          const to = Math.min(t.length, at + width);
          expect(stream.tokenize(at, to, max)).toEqual(tokenize(t, at, to, max));
        }
      }),
      { seed: 11, numRuns: 1500 },
    );
  });

  it('keeps memory bounded on a long text', () => {
    const text = 'Officials said the plan was sound. '.repeat(20_000);
    const stream = new TokenStream(text);
    for (let at = 0; at + 300 < text.length; at += 350) expect(stream.tokenize(at, at + 300).length).toBeGreaterThan(0);
    expect((stream as unknown as { tokens: unknown[] }).tokens.length).toBeLessThan(10_000);
  });
});
