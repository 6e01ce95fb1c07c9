import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../utils/detect/index';
import { detectInterleaved } from '../support/sliced-detect';
import { sharedDir } from '../support/shared-dir';

/**
 * Issue 10: the content script detects in slices. On every text of
 * ../shared/claims (dev, dev-uk, seed), the stepwise detector paused after
 * every figure and cue, with the other texts' passes running in the pauses,
 * finds exactly what the one-call detector (the CLI, score.py) finds.
 */
const texts = ['dev', 'dev-uk', 'seed'].flatMap((set) => {
  const dir = sharedDir('claims', set);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name: `${set}/${name}`, text: readFileSync(join(dir, name), 'utf8') }));
});

describe('sliced detection on ../shared/claims', () => {
  it('reads every text of dev, dev-uk and seed', () => {
    expect(texts.length).toBeGreaterThanOrEqual(25);
  });

  it('finds the same claims, paused after every step and interleaved', () => {
    const { claims, pauses } = detectInterleaved(texts);
    texts.forEach((input, index) => expect(claims[index], input.name).toEqual(detectClaims(input.text)));
    expect(pauses).toBeGreaterThan(texts.length * 10);
  });
});
