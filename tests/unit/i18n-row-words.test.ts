import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../utils/i18n/languages';
import { enPage } from '../../utils/i18n/messages/page-en';
import { enRows } from '../../utils/i18n/messages/rows-en';
import { translateRow, type RowWordKey } from '../../utils/i18n/row-words';
import { CATALOGUES, translate } from '../../utils/i18n/translate';

const keys = [...Object.keys(enPage), ...Object.keys(enRows)] as RowWordKey[];
const params = { quote: 'Q', speaker: 'S', date: 'D' };

describe("the library's first-row words", () => {
  it.each(LANGUAGES)('are the full catalogue’s, in %s, plural forms included', (language) => {
    for (const key of keys) {
      expect(CATALOGUES[language][key], key).toBeDefined();
      for (const count of [1, 2, 5, 21]) expect(translateRow(language, key, { ...params, count }), key).toBe(translate(language, key, { ...params, count }));
    }
  });

  it('fill placeholders and choose the plural form by count', () => {
    expect(translateRow('en', 'row.evidence', { count: 1 })).toBe('1 evidence link');
    expect(translateRow('ru', 'row.evidence', { count: 5 })).toBe('5 ссылок на источники');
    expect(translateRow('uk', 'row.select', { quote: 'x' })).toBe('Вибрати «x»');
  });
});
