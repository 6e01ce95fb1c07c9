import { describe, expect, it } from 'vitest';
import { evaluateNumberWords, parseDigits } from '../../../utils/detect/numbers';
import { NUMBER_WORDS } from '../../../utils/detect/number-words';
import type { Language } from '../../../utils/model/claim';

describe('parseDigits', () => {
  it.each([
    ['3,000', 'en', 3000],
    ['3.000', 'en', 3000],
    ['1.234.567', 'en', 1234567],
    ['3\u202F000', 'en', 3000],
    ['3\u00A0000', 'en', 3000],
    ['8.8', 'en', 8.8],
    ['1.234', 'en', 1.234],
    ['1,234.5', 'en', 1234.5],
    ['3 000', 'ru', 3000],
    ['3,5', 'ru', 3.5],
    ['1.234,5', 'ru', 1234.5],
    ['12,8', 'uk', 12.8],
    ['2019', 'en', 2019],
  ] as const)('%s (%s) = %d', (raw, lang, value) => {
    expect(parseDigits(raw, lang as Language).value).toBeCloseTo(value, 9);
  });

  it('stops a space-grouped run where the grouping breaks ("2019 100")', () => {
    expect(parseDigits('2019 100', 'ru')).toEqual({ value: 2019, length: 4, plain: true });
  });
});

describe('evaluateNumberWords', () => {
  it.each([
    ['en', 'two hundred and fifty thousand', 250000, false],
    ['en', 'twenty-five', 25, false],
    ['en', 'hundreds of thousands', 100000, true],
    ['en', 'a dozen', 12, false],
    ['en', 'three million', 3e6, false],
    ['ru', 'три тысячи', 3000, false],
    ['ru', 'двадцать пять', 25, false],
    ['ru', 'сотни тысяч', 100000, true],
    ['uk', "п'ять тисяч", 5000, false],
    ['uk', 'кілька тисяч', 3000, true],
    ['en', 'billions and billions', 1e9, true],
  ] as const)('[%s] %s = %d', (lang, phrase, value, vague) => {
    const result = evaluateNumberWords(phrase.split(/[\s-]+/), NUMBER_WORDS[lang as Language]);
    expect(result?.value).toBe(value);
    expect(result?.vague).toBe(vague);
  });

  it('returns null for words that are no figure', () => {
    expect(evaluateNumberWords(['and', 'of'], NUMBER_WORDS.en)).toBeNull();
  });
});
