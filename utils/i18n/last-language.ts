import { isLanguage, type Language } from './languages';

/**
 * The language the extension's pages last rendered in, kept in the
 * extension origin's localStorage (synchronous, unlike the setting in
 * extension storage): a page's first module can write in it before the
 * setting is read. The setting stays the authority; this only remembers
 * what it last resolved to (every page rendered through renderInLanguage,
 * the settings page included, writes it as it renders).
 */
const KEY = 'claimlens:last-language';

export function rememberLanguage(language: Language, storage: Storage | undefined = globalThis.localStorage): void {
  try {
    storage?.setItem(KEY, language);
  } catch {
    // No localStorage (a test, storage switched off): pages then wait for the setting, as before.
  }
}

/** The remembered language, or null (never rendered, or unreadable). */
export function lastLanguage(storage: Storage | undefined = globalThis.localStorage): Language | null {
  try {
    const value = storage?.getItem(KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null;
  }
}
