import { describe, expect, it } from 'vitest';
import { CUES } from '../../../utils/detect/cues';
import { NUMBER_WORDS } from '../../../utils/detect/number-words';
import { perLanguage } from '../../../utils/detect/per-language';

describe('perLanguage', () => {
  it('builds a language’s table only when it is read, once', () => {
    const built: string[] = [];
    const tables = perLanguage({ en: () => (built.push('en'), new Map([['one', 1]])), ru: () => (built.push('ru'), new Map()), uk: () => (built.push('uk'), new Map()) });
    expect(built).toEqual([]);
    const first = tables.en;
    expect(tables.en).toBe(first);
    expect(first.get('one')).toBe(1);
    expect(built).toEqual(['en']);
    expect(Object.keys(tables)).toEqual(['en', 'ru', 'uk']);
    expect(built).toEqual(['en']);
  });

  it('serves the detector’s tables as before', () => {
    expect(CUES.ru.get('заявил')).toMatchObject({ lemma: 'заявить', kind: 'verb' });
    expect(CUES.en.get('said')).toMatchObject({ lemma: 'say', kind: 'verb' });
    expect(NUMBER_WORDS.uk.get('тисяч')).toMatchObject({ kind: 'scale', value: 1000 });
  });
});
