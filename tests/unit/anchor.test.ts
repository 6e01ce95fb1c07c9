import { describe, expect, it } from 'vitest';
import { anchorTarget } from '../../utils/anchor/anchor-states';
import { wordDiff, type DiffPart } from '../../utils/anchor/word-diff';
import { describeSpan } from '../../utils/anchor/selectors';

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

describe('anchorTarget on a two-sentence text', () => {
  const start = article.indexOf('3,000 troops');
  const target = describeSpan(article, start, start + 5);

  it('is exact when the text is unchanged', () => {
    expect(anchorTarget(article, target)).toEqual({ state: 'exact', start, end: start + 5, text: '3,000' });
  });

  it('has moved when text is inserted before it', () => {
    const edited = 'UPDATED: a new paragraph was added at the top of the story. ' + article;
    expect(anchorTarget(edited, target)).toEqual({ state: 'moved', start: start + 60, end: start + 65, text: '3,000' });
  });

  it('uses the context to pick the right one of two identical quotes', () => {
    const second = article.indexOf('3,000 or more');
    const secondTarget = describeSpan(article, second, second + 5);
    const shifted = 'Intro. ' + article;
    expect(anchorTarget(shifted, secondTarget)).toMatchObject({ state: 'moved', start: second + 7 });
    expect(anchorTarget(shifted, target)).toMatchObject({ state: 'moved', start: start + 7 });
  });

  it('reports a corrected figure inside the quote as changed, with a word diff', () => {
    const s = article.indexOf('some 3,000 or more');
    const t = describeSpan(article, s, s + 18);
    const edited = article.replace('some 3,000 or more', 'some 3,500 or more');
    expect(anchorTarget(edited, t)).toEqual({
      state: 'changed',
      start: s,
      end: s + 18,
      text: 'some 3,500 or more',
      diff: [
        { op: 'same', text: 'some ' },
        { op: 'removed', text: '3,000' },
        { op: 'added', text: '3,500' },
        { op: 'same', text: ' or more' },
      ],
    });
  });

  it('is an orphan when the passage is gone', () => {
    const s = article.indexOf('some 3,000 or more');
    const t = describeSpan(article, s, s + 18);
    expect(anchorTarget('An unrelated text about the weather in Seoul today, sunny and mild.', t)).toEqual({ state: 'orphan' });
  });
});

describe('wordDiff', () => {
  const rebuild = (parts: DiffPart[], keep: 'removed' | 'added') => parts.filter((p) => p.op === 'same' || p.op === keep).map((p) => p.text).join('');

  it('shows a changed figure as one word removed and one added', () => {
    expect(wordDiff('an additional 3,000', 'an additional 4,000')).toEqual([
      { op: 'same', text: 'an additional ' },
      { op: 'removed', text: '3,000' },
      { op: 'added', text: '4,000' },
    ]);
  });

  it('keeps figures with their punctuation and hyphenated words whole', () => {
    expect(wordDiff('an earlier 11,000-strong contingent', 'an earlier 12,000-strong contingent')).toEqual([
      { op: 'same', text: 'an earlier ' },
      { op: 'removed', text: '11,000-strong' },
      { op: 'added', text: '12,000-strong' },
      { op: 'same', text: ' contingent' },
    ]);
  });

  it('groups neighbouring changed words', () => {
    expect(wordDiff('3,000 troops to help', '4,000 soldiers to help')).toEqual([
      { op: 'removed', text: '3,000 troops' },
      { op: 'added', text: '4,000 soldiers' },
      { op: 'same', text: ' to help' },
    ]);
  });

  it('same + removed parts give the old text, same + added the new one', () => {
    const words = ['said', 'the', '3,000', 'troops', 'Kyiv', 'on', 'March 27', '12.5%', '“quote”', 'and'];
    let seed = 3;
    const pick = () => words[(seed = (seed * 48271) % 2147483647) % words.length];
    for (let i = 0; i < 200; i++) {
      const a = Array.from({ length: 1 + (i % 9) }, pick).join(' ');
      const b = Array.from({ length: 1 + ((i * 7) % 9) }, pick).join(i % 3 ? ' ' : ', ');
      const parts = wordDiff(a, b);
      expect(rebuild(parts, 'added'), `${a} → ${b}`).toBe(b);
      // Whitespace of unchanged parts is the new text's, so the old one is compared with spaces collapsed.
      expect(rebuild(parts, 'removed').replace(/\s+/g, ' '), `${a} → ${b}`).toBe(a.replace(/\s+/g, ' '));
    }
  });
});
