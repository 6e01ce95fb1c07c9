import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../utils/detect/index';
import type { AttributionClaim, Claim, QuantityClaim } from '../../../utils/model/claim';
import { ENGLISH_ARTICLES } from './fixtures/en-articles';
import { RUSSIAN_ARTICLES } from './fixtures/ru-articles';
import { UKRAINIAN_ARTICLES } from './fixtures/uk-articles';
import type { ExpectedClaim, FixtureArticle } from './fixtures/types';

/**
 * Pairs expected claims with detected ones in text order: each expected
 * claim takes the first unused detection of its type at or after the
 * previous match with exactly the expected span text.
 */
function pair(article: FixtureArticle, claims: Claim[]): Array<[ExpectedClaim, Claim | undefined]> {
  const cursor = { quantity: 0, attribution: 0 };
  return article.claims.map((expected) => {
    const found = claims.find((c) => c.type === expected.type && c.start >= cursor[expected.type] && c.text === expected.text);
    if (found) cursor[expected.type] = found.end;
    return [expected, found];
  });
}

const ARTICLES: FixtureArticle[] = [...ENGLISH_ARTICLES, ...RUSSIAN_ARTICLES, ...UKRAINIAN_ARTICLES];

describe('fixture articles: every claim found with its value and speaker, nothing else', () => {
  it.each(['ru', 'uk'] as const)('has at least 30 claims in %s', (lang) => {
    const count = ARTICLES.filter((x) => x.lang === lang).reduce((n, x) => n + x.claims.length, 0);
    expect(count).toBeGreaterThanOrEqual(30);
  });

  describe.each(ARTICLES.map((x) => [x.name, x] as const))('%s', (_name, article) => {
    const claims = detectClaims(article.text, { lang: article.lang });

    it.each(pair(article, claims).map(([e, c], i) => [i, e.type, e.text.replace(/\$/g, 'US＄'), e, c] as const))('#%i %s "%s"', (_i, _type, _text, expected, claim) => {
      expect(claim, `no ${expected.type} "${expected.text}"`).toBeDefined();
      if (expected.type === 'quantity') {
        const found = claim as QuantityClaim;
        expect(found.value).toBeCloseTo(expected.value, 9);
        if (expected.unit !== undefined) expect(found.unit).toBe(expected.unit);
        if (expected.approx !== undefined) expect(found.approx).toBe(expected.approx);
        if (expected.high !== undefined) expect(found.high).toBeCloseTo(expected.high, 9);
        if (expected.currency !== undefined) expect(found.currency).toBe(expected.currency);
      } else {
        const found = claim as AttributionClaim;
        expect(found.cue).toBe(expected.cue);
        expect(found.source?.text).toBe(expected.source);
        if (expected.resolved !== undefined) expect(found.resolved).toBe(expected.resolved);
        if (expected.sourceType !== undefined) expect(found.sourceType).toBe(expected.sourceType);
      }
    });

    it('finds no claim beyond the expected ones', () => {
      const matched = new Set(pair(article, claims).map(([, c]) => c));
      const extra = claims.filter((c) => !matched.has(c)).map((c) => `${c.type} "${c.text}"`);
      expect(extra).toEqual([]);
    });

    it('keeps offsets true to the text and sorted', () => {
      for (const c of claims) expect(article.text.slice(c.start, c.end)).toBe(c.text);
      for (let i = 1; i < claims.length; i++) expect(claims[i].start).toBeGreaterThanOrEqual(claims[i - 1].start);
    });

    it.each((article.notQuantities ?? []).map((s) => [s] as const))('"%s" is no quantity', (snippet) => {
      const at = article.text.indexOf(snippet);
      expect(at).toBeGreaterThanOrEqual(0);
      const inside = claims.filter((c) => c.type === 'quantity' && c.start < at + snippet.length && at < c.end);
      expect(inside).toEqual([]);
    });
  });
});
