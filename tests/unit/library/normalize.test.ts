import { describe, expect, it } from 'vitest';
import { buildHaystack, foldCase, matchesNeedles, normalizeNumber, queryNeedles, searchWords } from '../../../utils/library/normalize';

const finds = (text: string, query: string) => matchesNeedles(buildHaystack([text]), queryNeedles(query));

describe('library search normalisation', () => {
  it('writes every grouped number one way', () => {
    for (const written of ['3,000', '3 000', '3\u00a0000', '3\u202f000', '3.000', "3'000"]) expect(normalizeNumber(written)).toBe('3000');
    expect(normalizeNumber('1,5')).toBe('1.5');
    expect(normalizeNumber('12,000,000.75')).toBe('12000000.75');
    expect(searchWords('some 3,000 or more').map((w) => w.text)).toEqual(['some', '3000', 'or', 'more']);
  });

  it('finds "3,000" for 3000 and every other way of writing it, and the other way round', () => {
    for (const text of ['some 3,000 troops', 'около 3 000 военных', 'etwa 3.000 Soldaten', 'some 3\u00a0000 troops'])
      for (const query of ['3000', '3,000', '3 000', '3.000']) expect(finds(text, query), `${query} in ${text}`).toBe(true);
  });

  it('matches numbers whole: 3000 does not find 30,000 or 300', () => {
    expect(finds('an 30,000-strong force', '3000')).toBe(false);
    expect(finds('300 troops', '3000')).toBe(false);
    expect(finds('an 30,000-strong force', '30000')).toBe(true);
  });

  it('keeps years and decimals apart from thousands', () => {
    expect(searchWords('in 2019 100 people').map((w) => w.text)).toEqual(['in', '2019', '100', 'people']);
    expect(finds('inflation of 1,5%', '1.5')).toBe(true);
    expect(finds('visited in 2019, 2023', '2023')).toBe(true);
  });

  it('folds case and accents, Cyrillic included', () => {
    expect(foldCase('ЗАЯВИЛ Ёлкин Café')).toBe('заявил елкин cafe');
    expect(finds('Песков заявил', 'ЗАЯВИЛ')).toBe(true);
    expect(finds('Зеленський сказав', 'зеленськ')).toBe(true);
    expect(finds('Résumé of the CAFÉ', 'cafe resume')).toBe(true);
  });

  it('matches words as prefixes, every word of the query required, in any order', () => {
    expect(finds('North Korean troops', 'troop korea')).toBe(true);
    expect(finds('North Korean troops', 'troop japan')).toBe(false);
    expect(finds('North Korean troops', 'roops')).toBe(false);
    expect(finds('anything', '')).toBe(true);
  });

  it('splits URLs into searchable parts', () => {
    expect(finds('https://www.yna.co.kr/view/AEN1', 'yna.co.kr')).toBe(true);
    expect(finds('https://www.yna.co.kr/view/AEN1', 'aen1')).toBe(true);
  });
});

describe('numbers next to letters', () => {
  it('stand apart from units and words written against them', () => {
    expect(searchWords('$3,000m and 12km').map((w) => w.text)).toEqual(['3000', 'm', 'and', '12', 'km']);
    expect(finds('a $3,000m budget', '3000')).toBe(true);
    expect(finds('a $3,000m budget', '3,000m')).toBe(true);
  });
});
