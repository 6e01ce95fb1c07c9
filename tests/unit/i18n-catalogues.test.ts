import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { placeholdersOf, type Message } from '../../utils/i18n/catalogue';
import { LANGUAGES } from '../../utils/i18n/languages';
import { localeMessages } from '../../utils/i18n/manifest-messages';
import { en, type MessageKey } from '../../utils/i18n/messages/en';
import { CATALOGUES } from '../../utils/i18n/translate';

const keys = Object.keys(en) as MessageKey[];
const forms = (m: Message): string[] => (typeof m === 'string' ? [m] : Object.values(m).filter((v): v is string => v !== undefined));
/** Texts that are the same in every language: the brand, key names. */
const SAME_EVERYWHERE = new Set<MessageKey>(['ext.name', 'keys.enter', 'claim.actionLabel']);

describe.each(['ru', 'uk'] as const)('the %s catalogue', (language) => {
  const catalogue = CATALOGUES[language];

  it('has exactly the English keys', () => {
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
  });

  it('uses the same placeholders as English in every form', () => {
    for (const key of keys) {
      const expected = placeholdersOf(forms(en[key]).join(' '));
      for (const text of forms(catalogue[key])) expect(placeholdersOf(text), `${language} ${key}: ${text}`).toEqual(expected);
    }
  });

  it('gives one, few, many and other for every counted message', () => {
    for (const key of keys) {
      if (typeof en[key] === 'string') expect(typeof catalogue[key], key).toBe('string');
      else expect(Object.keys(catalogue[key]).sort(), key).toEqual(['few', 'many', 'one', 'other']);
    }
  });

  it('translates every text: none empty, none left in English, all in Cyrillic', () => {
    for (const key of keys) {
      for (const text of forms(catalogue[key])) {
        expect(text.trim(), key).not.toBe('');
        if (SAME_EVERYWHERE.has(key)) continue;
        expect(forms(en[key]), `${language} ${key} is English`).not.toContain(text);
        // Words in Latin letters are allowed only for the brand, browsers and key names.
        const latin = text.replace(/\{\w+\}/g, '').match(/[A-Za-z](?:[A-Za-z0-9:]*[A-Za-z0-9])?/g) ?? [];
        expect(latin.filter((w) => !/^(Claimlens|Firefox|about:addons|http|https|Esc|Enter|j|k|ClaimReview|schema|org|JSON|W3C|ratingValue|id|Google|s)$/.test(w)), `${language} ${key}: ${text}`).toEqual([]);
      }
    }
  });

  it('uses the language’s quotation marks («…»), not English ones', () => {
    for (const key of keys) for (const text of forms(catalogue[key])) expect(text, key).not.toMatch(/[“”]/);
  });

  it('writes public/_locales/' + language + '/messages.json as the catalogue says (npm run locales)', () => {
    const file = JSON.parse(readFileSync(new URL(`../../public/_locales/${language}/messages.json`, import.meta.url), 'utf8'));
    expect(file).toEqual(localeMessages(language));
  });
});

describe('the manifest strings', () => {
  it('are in public/_locales for every language, English as the default locale', () => {
    for (const language of LANGUAGES) {
      const file = JSON.parse(readFileSync(new URL(`../../public/_locales/${language}/messages.json`, import.meta.url), 'utf8'));
      expect(file).toEqual(localeMessages(language));
      // Chrome refuses a description over 132 characters, and a name over 75.
      expect(file.extDescription.message.length).toBeLessThanOrEqual(132);
      expect(file.extName.message.length).toBeLessThanOrEqual(75);
    }
  });
});
