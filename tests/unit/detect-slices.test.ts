import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClaims, detectSteps } from '../../utils/detect/index';
import type { DetectOptions } from '../../utils/model/claim';
import { HOSTILE_SHAPES, hostileText } from '../support/hostile-texts';
import { detectInterleaved } from '../support/sliced-detect';
import { ENGLISH_ARTICLES } from './detect/fixtures/en-articles';
import { RUSSIAN_ARTICLES } from './detect/fixtures/ru-articles';
import { UKRAINIAN_ARTICLES } from './detect/fixtures/uk-articles';

/**
 * The content script detects in slices (issue 10: no long task): the
 * stepwise detector paused after every figure and cue, while other passes
 * run in the pauses, must find exactly what the one-call detector finds.
 */
const fixtureDir = (name: string) => join(__dirname, '../fixtures', name);
const fixtureTexts = ['claims-ru', 'claims-ru-heldout'].flatMap((dir) =>
  readdirSync(fixtureDir(dir))
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name: `${dir}/${name}`, text: readFileSync(join(fixtureDir(dir), name), 'utf8') })),
);
const articles = [...ENGLISH_ARTICLES, ...RUSSIAN_ARTICLES, ...UKRAINIAN_ARTICLES].map((a) => ({ name: a.name, text: a.text, options: { lang: a.lang } }));

describe('sliced detection', () => {
  it('covers the fixture texts', () => {
    expect(fixtureTexts.length).toBeGreaterThanOrEqual(10);
    expect(articles.length).toBeGreaterThanOrEqual(5);
  });

  it('finds the same claims in every fixture text, paused after every step and interleaved', () => {
    const inputs: Array<{ name: string; text: string; options?: DetectOptions }> = [...fixtureTexts, ...articles];
    const { claims, pauses } = detectInterleaved(inputs);
    inputs.forEach((input, index) => expect(claims[index], input.name).toEqual(detectClaims(input.text, input.options)));
    // Every figure and cue is a pause: the passes really were cut into many slices.
    expect(pauses).toBeGreaterThan(inputs.length * 10);
  });

  it('finds the same claims in the hostile shapes (dense figures and cues)', () => {
    const inputs = HOSTILE_SHAPES.map((shape) => ({ text: hostileText(shape, 20_000), options: shape.lang ? { lang: shape.lang } : undefined }));
    const { claims } = detectInterleaved(inputs);
    inputs.forEach((input, index) => expect(claims[index], HOSTILE_SHAPES[index].name).toEqual(detectClaims(input.text, input.options)));
  });

  it('pauses only where asked: a budget never reached gives one step', () => {
    const steps = detectSteps(articles[0].text, undefined, () => false);
    const first = steps.next();
    expect(first.done).toBe(true);
    expect(first.value).toEqual(detectClaims(articles[0].text));
  });
});
