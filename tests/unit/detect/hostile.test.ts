import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../utils/detect/index';
import { ClaimSchema, type Claim } from '../../../utils/model/claim';
import { compile, digitRunEnd } from '../../../utils/detect/quantity-patterns';
import { HOSTILE_SHAPES, hostileText } from '../../support/hostile-texts';

/**
 * Issue 11: hostile text must not freeze the tab. Each shape that was
 * quadratic (64 KB of "(1" took 18 s) must now finish far inside a generous
 * bound, and every claim must be valid (finite values, true offsets). The
 * bound is loose on purpose (a loaded 2-core machine); a quadratic regression
 * misses it by an order of magnitude.
 */
const BOUND_MS = 1500;

/**
 * Time taken, as the smaller of wall-clock and CPU time: on an oversubscribed
 * machine the wall clock also counts the time other processes held the CPU.
 */
function timed(text: string, lang?: string): { ms: number; claims: Claim[] } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const claims = detectClaims(text, { lang });
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { ms: Math.min(wall, (used.user + used.system) / 1000), claims };
}

/** Every claim passes the schema, has finite figures and true offsets, in order of start (checked by hand: thousands of claims). */
function expectValid(text: string, claims: Claim[]): void {
  const problem = (c: Claim, what: string) => `${what}: ${JSON.stringify(c).slice(0, 200)} in ${JSON.stringify(text.slice(0, 80))}`;
  const spanOk = (s: { start: number; end: number; text: string }) => s.start >= 0 && s.start <= s.end && s.end <= text.length && text.slice(s.start, s.end) === s.text;
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i];
    if (!ClaimSchema.safeParse(c).success) expect.fail(problem(c, 'schema'));
    if (!spanOk(c)) expect.fail(problem(c, 'offsets'));
    if (i > 0 && c.start < claims[i - 1].start) expect.fail(problem(c, 'order'));
    if (c.type === 'quantity') {
      if ((c.value !== null && !Number.isFinite(c.value)) || (c.high !== undefined && !Number.isFinite(c.high))) expect.fail(problem(c, 'non-finite'));
    } else if (c.type === 'attribution' && ((c.source && !spanOk(c.source)) || (c.content && !spanOk(c.content)))) expect.fail(problem(c, 'source or content offsets'));
  }
}

describe('hostile shapes', () => {
  detectClaims('Officials said some 3,000 troops arrived.'); // warm-up: compile the patterns once

  for (const shape of HOSTILE_SHAPES) {
    it(`${shape.name}: 64 KB in under 1.5 s, valid claims`, () => {
      const text = hostileText(shape, 64 * 1024);
      const { ms, claims } = timed(text, shape.lang);
      expect(ms).toBeLessThan(BOUND_MS);
      expectValid(text, claims);
    });
  }

  it('a hostile paragraph inside a real article leaves the article’s claims intact', () => {
    const article = 'Officials said some 3,000 troops arrived on Tuesday. ';
    const text = article + hostileText(HOSTILE_SHAPES[1], 32 * 1024) + '\n' + article;
    const { ms, claims } = timed(text);
    expect(ms).toBeLessThan(BOUND_MS);
    expectValid(text, claims);
    const tail = claims.filter((c) => c.start > text.length - article.length);
    expect(tail.map((c) => c.text)).toEqual(['said', 'some 3,000']);
  });

  it.each([
    ['9'.repeat(400), 'digits past a double'],
    ['9'.repeat(30) + ' million', 'a scaled figure past a double'],
    ['hundred '.repeat(400), 'multiplying number words'],
    ['hundreds of thousands of millions of billions '.repeat(40), 'vague words multiplying'],
    ['1,1'.repeat(400), 'a run of separators'],
    ['$9' + '9'.repeat(320) + ' billion', 'money past a double'],
    ['between 5 and ' + '9'.repeat(400), 'a range whose top is past a double'],
  ])('never a non-finite figure: %#, %s', (text) => {
    expectValid(text, detectClaims(text));
  });
});

/** Pieces for random texts: real words and figures of the three languages, and the hostile characters. */
const PIECES = [
  'said', 'says', 'according to', 'told', 'added', 'he', 'The ministry', 'Officials', 'заявил', 'по словам', 'заявив', 'за словами',
  'thousand', 'hundred', 'million', 'тысяч', 'тисяч', 'млн', 'some', 'about', 'more than', 'около', 'понад',
  '$', '€', '₽', '%', '(', ')', '"', '“', '”', '«', '»', ',', '.', ':', ';', '-', '–', '/', '+', "'",
  '1', '3,000', '1.5', '12', '2019', '9'.repeat(40), '1\u200d2', '1\u0301', '3\u00a0000', '3\u2009000', '3\u202f000', '3 000',
  ' ', '  ', '\n', '\u00a0', '\u200d', '\u0301', '\u2028',
];

describe('properties (fast-check, seeded)', () => {
  it('every claim of any text passes ClaimSchema, with finite figures and offsets in range', () => {
    const text = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(undefined, 'en', 'ru', 'uk'), (t, lang) => {
        expectValid(t, detectClaims(t, { lang }));
      }),
      { seed: 11, numRuns: 1500 },
    );
  });

  it('any short unit repeated to 16 KB is read in bounded time', () => {
    const alphabet = fc.constantFrom('1', '0', '$', '(', '"', ',', '.', ':', '-', '+', '%', ' ', '\u00a0', '\u2009', '\u200d', '\u0301', 'a', 'я', 's', 'said ', 'тыс');
    const unit = fc.array(alphabet, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(unit, fc.constantFrom(undefined, 'ru'), (u, lang) => {
        const text = u.repeat(Math.ceil((16 * 1024) / u.length));
        const { ms, claims } = timed(text, lang);
        expect(ms).toBeLessThan(BOUND_MS);
        expectValid(text, claims);
      }),
      { seed: 11, numRuns: 60 },
    );
  });

  it('digitRunEnd ends figures exactly where the digit pattern does', () => {
    const chars = fc.constantFrom('1', '2', '0', ',', '.', ' ', '\u00a0', '\u202f', '\u2009', 'a', '-');
    for (const lang of ['en', 'ru', 'uk'] as const) {
      const { digitsAt } = compile(lang);
      fc.assert(
        fc.property(fc.array(chars, { maxLength: 30 }), fc.nat(30), (parts, k) => {
          const text = parts.join('');
          const at = Math.min(k, text.length);
          digitsAt.lastIndex = at;
          const match = digitsAt.exec(text);
          expect(digitRunEnd(text, at, lang)).toBe(match ? at + match[0].length : at);
        }),
        { seed: 11, numRuns: 3000 },
      );
    }
  });
});
