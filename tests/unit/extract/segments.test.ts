// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { extractArticle, offsetsForRange, rangeForOffsets, type ArticleText } from '../../../utils/extract/article';
import { GENERIC_NEWS, parseHtml, RFERL_LIKE } from './fixtures';

function expectOneToOne(article: ArticleText): void {
  let previousEnd = 0;
  for (const s of article.segments) {
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(article.text.slice(s.start, s.end)).toBe(s.node.data.slice(s.nodeOffset, s.nodeOffset + (s.end - s.start)));
    // What lies between segments is a separator: whitespace only.
    expect(article.text.slice(previousEnd, s.start)).toMatch(/^\s*$/);
    previousEnd = s.end;
  }
  expect(previousEnd).toBe(article.text.length);
}

describe('segments map the text 1:1 onto page text nodes', () => {
  it.each([
    ['RFE/RL-like page', RFERL_LIKE],
    ['generic news page', GENERIC_NEWS],
  ])('%s', (_name, html) => {
    const article = extractArticle(parseHtml(html));
    expect(article.segments.length).toBeGreaterThan(5);
    expectOneToOne(article);
  });

  it('collapses whitespace runs inside a text node by cutting segments, never by editing text', () => {
    const doc = parseHtml('<article><p>Prices   rose\n      by 5%\tin\u00a0May, officials said in a statement on Friday morning.</p></article>');
    const article = extractArticle(doc);
    expect(article.text).toBe('Prices rose by 5% in May, officials said in a statement on Friday morning.');
    // 'Prices' | 'rose' | 'by 5%' | 'in' | 'May, ...': runs of one plain space stay inside a segment.
    expect(article.segments.map((s) => s.node.data.slice(s.nodeOffset, s.nodeOffset + s.end - s.start)).slice(0, 4)).toEqual(['Prices', 'rose', 'by 5%', 'in']);
    expectOneToOne(article);
  });
});

describe('rangeForOffsets / offsetsForRange', () => {
  const article = extractArticle(parseHtml(RFERL_LIKE));
  const { text } = article;

  it('builds a Range over text that crosses inline elements', () => {
    const phrase = 'some 3,000 troops and volunteers';
    const start = text.indexOf(phrase);
    const range = rangeForOffsets(article, start, start + phrase.length)!;
    expect(range.toString()).toBe(phrase);
    expect(range.startContainer).not.toBe(range.endContainer);
    const money = 'about $4.5 million, according';
    const m = text.indexOf(money);
    expect(rangeForOffsets(article, m, m + money.length)!.toString()).toBe(money);
  });

  it('gives every sentence of one paragraph back exactly', () => {
    for (const sentence of ['“We saw ships come too close to the rocks,”', 'who has worked on the island for 20 years.', 'Local fishermen welcomed the news.']) {
      const start = text.indexOf(sentence);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(rangeForOffsets(article, start, start + sentence.length)!.toString()).toBe(sentence);
    }
  });

  it('round-trips offsets through a Range', () => {
    for (const s of article.segments) {
      for (const [a, b] of [[s.start, s.end], [s.start + 1, s.end], [s.start, s.start + 1]]) {
        if (a >= b) continue;
        const range = rangeForOffsets(article, a, b)!;
        expect(offsetsForRange(article, range)).toEqual({ start: a, end: b });
      }
    }
    // Spans over several segments and paragraphs.
    const start = text.indexOf('Officials said');
    const end = text.indexOf('The first keepers') + 'The first keepers'.length;
    expect(offsetsForRange(article, rangeForOffsets(article, start, end)!)).toEqual({ start, end });
  });

  it('snaps ends that fall on separators to the nearest text', () => {
    const paragraphEnd = text.indexOf('\n\n');
    const range = rangeForOffsets(article, paragraphEnd - 8, paragraphEnd + 2)!;
    expect(range.toString()).toBe(text.slice(paragraphEnd - 8, paragraphEnd));
    expect(rangeForOffsets(article, paragraphEnd, paragraphEnd + 2)).toBeNull();
    expect(rangeForOffsets(article, 5, 5)).toBeNull();
    expect(rangeForOffsets(article, text.length, text.length + 10)).toBeNull();
  });

  it('maps a Range placed on elements (e.g. a user selection of a paragraph) to its text', () => {
    const doc = article.root!.ownerDocument;
    const paragraph = [...doc.querySelectorAll('p')].find((p) => p.textContent!.startsWith('Officials said'))!;
    const range = doc.createRange();
    range.selectNodeContents(paragraph);
    const offsets = offsetsForRange(article, range)!;
    expect(text.slice(offsets.start, offsets.end)).toBe(paragraph.textContent);
  });

  it('returns null for a Range outside the article text', () => {
    const doc = article.root!.ownerDocument;
    const footer = doc.querySelector('footer')!;
    const range = doc.createRange();
    range.selectNodeContents(footer);
    expect(offsetsForRange(article, range)).toBeNull();
  });

  it('finds segments by binary search on long pages', () => {
    const body = Array.from({ length: 3000 }, (_, i) => `<p>Paragraph ${i} says that <b>${i * 7}</b> people, more or less, attended meeting number ${i}.</p>`).join('');
    const long = extractArticle(parseHtml(`<article>${body}</article>`));
    expect(long.segments.length).toBe(9000);
    const phrase = '20993 people, more or less, attended meeting number 2999.';
    const start = long.text.indexOf(phrase);
    // Count the segments looked at, not the time (a loaded machine makes timings flaky): a binary search reads O(log n).
    let reads = 0;
    const counted = {
      ...long,
      segments: new Proxy(long.segments, {
        get(target, key, receiver) {
          if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
          return Reflect.get(target, key, receiver);
        },
      }),
    };
    const range = rangeForOffsets(counted, start, start + phrase.length)!;
    const back = offsetsForRange(counted, range);
    expect(reads).toBeLessThan(200); // a linear scan would read thousands of the 9,000
    expect(range.toString()).toBe(phrase);
    expect(back).toEqual({ start, end: start + phrase.length });
  });
});
