import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../utils/detect/index';

/**
 * The detector must stay linear in the text: inputs that make careless
 * regexes backtrack (long runs of dots, digits, separators, quotes, cue
 * words) must finish quickly, and doubling the input must not quadruple the time.
 */
const HOSTILE: Array<[string, string]> = [
  ['dots', '.'.repeat(200_000)],
  ['digits', '1'.repeat(200_000)],
  ['grouped digits', '1,000'.repeat(40_000)],
  ['dashes and digits', '1-'.repeat(100_000)],
  ['quotes', '"'.repeat(200_000)],
  ['cue words', 'said '.repeat(40_000)],
  ['number words', 'two hundred and '.repeat(12_000)],
  ['commas', 'a, '.repeat(60_000)],
];

function timeOf(text: string): number {
  const started = performance.now();
  detectClaims(text);
  return performance.now() - started;
}

describe('linear time on hostile inputs', () => {
  it.each(HOSTILE)('%s (200 KB) finishes within five seconds', (_name, text) => {
    expect(timeOf(text)).toBeLessThan(5000);
  });

  it('grows about linearly with the text', () => {
    const unit = 'Officials said some 3,000 troops, up from 2,500 in May, arrived. "We are ready," he added. ';
    const small = unit.repeat(500);
    const large = unit.repeat(2000);
    timeOf(small); // warm-up
    const ratio = timeOf(large) / Math.max(timeOf(small), 1);
    expect(ratio).toBeLessThan(12); // 4× the text; quadratic growth would be 16×
  });
});
