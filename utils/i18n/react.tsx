import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatDate, formatDateTime, formatNumber } from './format';
import type { Language } from './languages';
import { translator, type Translate } from './translate';

/** What a component needs to speak the chosen language. */
export interface I18n {
  language: Language;
  t: Translate;
  number(value: number, options?: Intl.NumberFormatOptions): string;
  date(value: Date | string): string;
  dateTime(value: Date | string): string;
}

export function i18nFor(language: Language): I18n {
  return {
    language,
    t: translator(language),
    number: (value, options) => formatNumber(language, value, options),
    date: (value) => formatDate(language, value),
    dateTime: (value) => formatDateTime(language, value),
  };
}

// Without a provider (component tests) the interface is English.
const I18nContext = createContext<I18n>(i18nFor('en'));

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  const value = useMemo(() => i18nFor(language), [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `const { t, number } = useT();` */
export function useT(): I18n {
  return useContext(I18nContext);
}
