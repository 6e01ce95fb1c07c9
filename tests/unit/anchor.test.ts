import { describe, expect, it } from 'vitest';
import { describeSpan } from '../../utils/anchor/selectors';
import { matchTarget } from '../../utils/anchor/match-quote';

const article =
  'North Korean leader Kim Jong Un has paraded new military drones amid reports that he has sent an additional 3,000 troops to help Russia. ' +
  'Yonhap cited the Joint Chiefs of Staff as saying that some 3,000 or more troops have been dispatched.';

describe('describeSpan', () => {
  it('keeps the quote with 32 characters of context and the position', () => {
    const start = article.indexOf('some 3,000 or more');
    const target = describeSpan(article, start, start + 18);
    expect(target.quote.exact).toBe('some 3,000 or more');
    expect(target.quote.prefix).toHaveLength(32);
    expect(article.slice(start - 32, start)).toBe(target.quote.prefix);
    expect(target.quote.suffix.startsWith(' troops have been')).toBe(true);
    expect(target.position).toEqual({ type: 'TextPositionSelector', start, end: start + 18 });
  });
});

describe('matchTarget', () => {
  const start = article.indexOf('3,000 troops');
  const target = describeSpan(article, start, start + 5);

  it('anchors at the stored position when the text is unchanged', () => {
    expect(matchTarget(article, target)).toEqual({ start, end: start + 5, score: 1 });
  });

  it('follows the quote when text is inserted before it', () => {
    const edited = 'UPDATED: a new paragraph was added at the top of the story. ' + article;
    const match = matchTarget(edited, target);
    expect(match && edited.slice(match.start, match.end)).toBe('3,000');
    expect(match!.start).toBe(start + 60);
  });

  it('uses the context to pick the right one of two identical quotes', () => {
    // "3,000" occurs twice; the stored prefix says it is the one after "an additional".
    const second = article.indexOf('3,000 or more');
    const secondTarget = describeSpan(article, second, second + 5);
    const shifted = 'Intro. ' + article;
    expect(matchTarget(shifted, secondTarget)!.start).toBe(second + 7);
    expect(matchTarget(shifted, target)!.start).toBe(start + 7);
  });

  it('tolerates a corrected figure inside the quote', () => {
    const s = article.indexOf('some 3,000 or more');
    const t = describeSpan(article, s, s + 18);
    const edited = article.replace('some 3,000 or more', 'some 3,500 or more');
    const match = matchTarget(edited, t);
    expect(match).not.toBeNull();
    expect(edited.slice(match!.start, match!.end)).toContain('3,5');
    expect(match!.score).toBeLessThan(1);
  });

  it('gives up when the passage is gone', () => {
    const s = article.indexOf('some 3,000 or more');
    const t = describeSpan(article, s, s + 18);
    expect(matchTarget('An unrelated text about the weather in Seoul today, sunny and mild.', t)).toBeNull();
  });
});
