import type { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { currentLanguage, watchLanguage } from './current';
import { rememberLanguage } from './last-language';
import type { Language } from './languages';
import { I18nProvider } from './react';
import { translate, type MessageKey } from './translate';

/**
 * Renders an extension page in the chosen language, and again in the new
 * one when the setting changes. Sets `<html lang>` (screen readers, hyphens,
 * fonts) and, when given, the window's title. With `first`, renders in that
 * language at once (the library: the language its first rows were shown in),
 * and again only if the setting says otherwise.
 */
export async function renderInLanguage(container: HTMLElement, app: ReactNode, titleKey?: MessageKey, first?: Language | null): Promise<void> {
  const root = createRoot(container);
  const show = (language: Language) => {
    document.documentElement.lang = language;
    rememberLanguage(language); // for a first module that shows text before the setting is read (utils/library/first-rows.ts)
    if (titleKey) document.title = translate(language, titleKey);
    root.render(<I18nProvider language={language}>{app}</I18nProvider>);
  };
  if (first) show(first);
  const chosen = await currentLanguage().catch(() => 'en' as const);
  if (chosen !== first) show(chosen);
  watchLanguage(show);
}
