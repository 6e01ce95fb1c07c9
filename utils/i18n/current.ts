import { browser } from 'wxt/browser';
import { languageSettingItem, readLanguageSetting } from '../settings';
import { resolveLanguage, type Language } from './languages';

/**
 * The browser's languages: the user's preferred languages first (browser
 * settings; also what Firefox without a Russian language pack can say), then
 * the browser's own UI language (what `__MSG_…__` in the manifest follows).
 */
export function browserLanguages(): string[] {
  const ui = (() => {
    try {
      return browser.i18n?.getUILanguage?.();
    } catch {
      return undefined;
    }
  })();
  const preferred = typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language];
  return [...preferred, ui].filter((tag): tag is string => typeof tag === 'string' && tag !== '');
}

/** The language to show now: the settings' choice, else the browser's, else English. */
export async function currentLanguage(): Promise<Language> {
  return resolveLanguage(await readLanguageSetting(), browserLanguages());
}

/** Calls `onChange` with the new language whenever the setting changes; returns the unwatch function. */
export function watchLanguage(onChange: (language: Language) => void): () => void {
  return languageSettingItem.watch((setting) => onChange(resolveLanguage(setting, browserLanguages())));
}
