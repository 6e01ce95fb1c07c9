import type { Language } from '../model/claim';

/**
 * A table per language, each built the first time its language is read and
 * kept. The detector's tables (every Russian and Ukrainian verb form, the
 * noun case forms, the number words) cost milliseconds to build; the scanner
 * is evaluated in one task of the page's main thread (issue 10), and a page
 * in one language never needs the other two. Read as a plain record
 * (`CUES[lang]`), so call sites do not change.
 */
export function perLanguage<T>(builders: Record<Language, () => T>): Record<Language, T> {
  const tables = {} as Record<Language, T>;
  for (const lang of Object.keys(builders) as Language[]) {
    Object.defineProperty(tables, lang, {
      enumerable: true,
      configurable: true,
      get() {
        const table = builders[lang]();
        Object.defineProperty(tables, lang, { value: table, enumerable: true, configurable: false, writable: false });
        return table;
      },
    });
  }
  return tables;
}
