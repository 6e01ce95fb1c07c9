import { expect } from 'vitest';
import { extractArticle, extractArticleSteps, type ArticleText } from '../../utils/extract/article';

/** Extracts with a pause after every step (the tiniest budget); returns the result and how often it paused. */
export function extractPausing(doc: Document): { article: ArticleText; pauses: number } {
  const steps = extractArticleSteps(doc, { isHidden: null }, () => true);
  let pauses = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { article: step.value, pauses };
    pauses++;
  }
}

/** The sliced extraction gives what the one-call extraction gives: the same text, the same text nodes, the same root. */
export function expectSameExtraction(doc: Document, label: string): number {
  const plain = extractArticle(doc, { isHidden: null });
  const { article, pauses } = extractPausing(doc);
  expect(article.text, label).toBe(plain.text);
  expect(article.root, label).toBe(plain.root);
  expect(article.headline, label).toBe(plain.headline);
  expect(article.isArticle, label).toBe(plain.isArticle);
  expect(article.segments.length, label).toBe(plain.segments.length);
  article.segments.forEach((segment, i) => {
    const other = plain.segments[i];
    expect(segment.node === other.node && segment.start === other.start && segment.end === other.end && segment.nodeOffset === other.nodeOffset, `${label}: segment ${i}`).toBe(true);
  });
  return pauses;
}
