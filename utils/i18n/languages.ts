/** The interface's languages. English is the key set and the fallback. */
export const LANGUAGES = ['en', 'ru', 'uk'] as const;
export type Language = (typeof LANGUAGES)[number];

/** What the user chose in the settings: a language, or the browser's ('auto'). */
export const LANGUAGE_SETTINGS = ['auto', ...LANGUAGES] as const;
export type LanguageSetting = (typeof LANGUAGE_SETTINGS)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The language to show: the user's choice, else the first of the browser's
 * languages (its UI language first, then the preferred list) that Claimlens
 * speaks ("ru-RU" → ru, "uk" → uk), else English.
 */
export function resolveLanguage(setting: LanguageSetting | null | undefined, browserLanguages: readonly (string | null | undefined)[]): Language {
  if (setting && setting !== 'auto' && isLanguage(setting)) return setting;
  for (const tag of browserLanguages) {
    const primary = tag?.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** Each language's name in itself, as language menus show them. */
export const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский', uk: 'Українська' };
