import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber } from '../../utils/i18n/format';
import { resolveLanguage } from '../../utils/i18n/languages';
import { translate } from '../../utils/i18n/translate';
import { buildExport } from '../../utils/export';
import { kindLabels, verdictLabels, VERDICT_LABELS } from '../../utils/model/labels';
import { makeAnnotation } from '../support/annotations';

describe('choosing the language', () => {
  it('takes the setting over the browser', () => {
    expect(resolveLanguage('uk', ['ru-RU', 'en'])).toBe('uk');
    expect(resolveLanguage('en', ['ru'])).toBe('en');
  });
  it('follows the browser on auto: the first language Claimlens speaks, regional tags included', () => {
    expect(resolveLanguage('auto', ['ru-RU', 'en-US'])).toBe('ru');
    expect(resolveLanguage('auto', ['uk_UA'])).toBe('uk');
    expect(resolveLanguage('auto', ['de-DE', 'uk', 'ru'])).toBe('uk');
    expect(resolveLanguage(undefined, ['en-GB', 'ru'])).toBe('en');
  });
  it('falls back to English for an unknown setting or language', () => {
    expect(resolveLanguage('auto', ['de', 'fr'])).toBe('en');
    expect(resolveLanguage('xx' as never, [])).toBe('en');
  });
});

describe('plural forms', () => {
  it.each([
    [1, '1 утверждение'],
    [2, '2 утверждения'],
    [4, '4 утверждения'],
    [5, '5 утверждений'],
    [11, '11 утверждений'],
    [21, '21 утверждение'],
    [22, '22 утверждения'],
    [3000, '3\u00a0000 утверждений'],
  ])('Russian: %d → %s', (count, text) => {
    expect(translate('ru', 'page.claimCount', { count })).toBe(text);
  });
  it.each([
    [1, '1 твердження'],
    [3, '3 твердження'],
    [5, '5 тверджень'],
    [21, '21 твердження'],
  ])('Ukrainian: %d → %s', (count, text) => {
    expect(translate('uk', 'page.claimCount', { count })).toBe(text);
  });
  it('English: claim / claims, numbers grouped with commas', () => {
    expect(translate('en', 'page.claimCount', { count: 1 })).toBe('1 claim');
    expect(translate('en', 'page.claimCount', { count: 3000 })).toBe('3,000 claims');
  });
  it('"of N" takes the genitive: из 1 утверждения, из 5 утверждений', () => {
    expect(translate('ru', 'page.showing', { shown: 200, count: 1 })).toBe('Показано 200 из 1 утверждения.');
    expect(translate('ru', 'page.showing', { shown: 200, count: 3000 })).toBe('Показано 200 из 3\u00a0000 утверждений.');
  });
});

describe('placeholders and formats', () => {
  it('fills placeholders and leaves a missing one visible', () => {
    expect(translate('ru', 'page.scanSite', { site: 'meduza.io' })).toBe('Проверять meduza.io');
    expect(translate('en', 'page.scanSite')).toBe('Scan {site}');
  });
  it('writes numbers and dates as each language does', () => {
    expect(formatNumber('ru', 3000)).toBe('3\u00a0000');
    expect(formatNumber('uk', 12345.5)).toBe('12\u00a0345,5');
    expect(formatNumber('en', 3000)).toBe('3,000');
    expect(formatDate('ru', '2026-11-27T10:00:00Z')).toBe('27.11.2026');
    expect(formatDate('uk', '2026-11-27T10:00:00Z')).toBe('27.11.2026');
    expect(formatDateTime('ru', new Date(2026, 10, 27, 10, 5))).toBe('27.11.2026, 10:05');
  });
});

describe('verdict and kind names', () => {
  it('come in the chosen language; English stays the default for code that is not localised', () => {
    expect(verdictLabels('ru').accurate).toBe('Правда');
    expect(verdictLabels('ru').false).toBe('Неправда');
    expect(verdictLabels('uk').misleading).toBe('Маніпуляція');
    expect(kindLabels('uk').quantity).toBe('Число');
    expect(VERDICT_LABELS['mostly-accurate']).toBe('Mostly accurate');
  });
});

describe('ClaimReview in the interface language', () => {
  it('names the verdict in that language; the rating numbers and the stored verdict ids stay', () => {
    const annotations = [makeAnnotation({ verdict: 'false' }), makeAnnotation({ verdict: 'unverifiable' })];
    const ratings = (language?: 'ru' | 'uk') =>
      JSON.parse(buildExport('claimreview', annotations, { kind: 'all' }, new Date('2026-11-27T10:00:00Z'), { language }).content).map((r: { reviewRating: object }) => r.reviewRating);
    expect(ratings()).toEqual([
      { '@type': 'Rating', ratingValue: 1, worstRating: 1, bestRating: 5, alternateName: 'False' },
      { '@type': 'Rating', alternateName: 'Unverifiable' },
    ]);
    expect(ratings('ru')).toEqual([
      { '@type': 'Rating', ratingValue: 1, worstRating: 1, bestRating: 5, alternateName: 'Неправда' },
      { '@type': 'Rating', alternateName: 'Недостаточно данных' },
    ]);
    expect(ratings('uk')[0].alternateName).toBe('Неправда');
    const json = JSON.parse(buildExport('json', annotations, { kind: 'all' }, new Date('2026-11-27T10:00:00Z')).content);
    expect(json.annotations.map((a: { verdict: string }) => a.verdict)).toEqual(['false', 'unverifiable']);
  });
});
