import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../utils/detect/index';

describe('detectLanguage', () => {
  it.each([
    ['The minister said prices would rise.', undefined, 'en'],
    ['Министр заявил, что цены вырастут. Это объявили вчера.', undefined, 'ru'],
    ['Міністр заявив, що ціни зростуть. Це оголосили вчора.', undefined, 'uk'],
    ['Цены выросли на 5%, сообщили в ЦБ.', undefined, 'ru'],
    ['Ціни зросли на 5%, повідомили в НБУ.', undefined, 'uk'],
    ['Some English text', 'ru-RU', 'ru'],
    ['Якийсь текст', 'uk', 'uk'],
    ['Какой-то текст', 'fr', 'ru'],
    ['', undefined, 'en'],
  ] as const)('%s (lang=%s) → %s', (text, lang, expected) => {
    expect(detectLanguage(text, lang)).toBe(expected);
  });

  it('reads Cyrillic text without a declared language by its letters', () => {
    expect(detectLanguage('Ёлка, объём, съезд')).toBe('ru');
    expect(detectLanguage('Їжак, єнот, ґанок')).toBe('uk');
  });
});
