import type { Message } from './catalogue';
import { formatNumber } from './format';
import type { Language } from './languages';
import { en, type MessageKey } from './messages/en';
import { ru } from './messages/ru';
import { uk } from './messages/uk';

export type { MessageKey } from './messages/en';
export type Params = Record<string, string | number>;
/** Looks up a message in one language and fills in its placeholders. */
export type Translate = (key: MessageKey, params?: Params) => string;

export const CATALOGUES: Record<Language, Record<MessageKey, Message>> = { en, ru, uk };

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * The message `key` in `language`: numbers in `params` written as the
 * language writes them ("3 000"), the plural form chosen by `params.count`.
 * A placeholder without a value is left as it is, so a mistake shows.
 */
export function translate(language: Language, key: MessageKey, params: Params = {}): string {
  const message = CATALOGUES[language][key] ?? en[key];
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(params.count ?? 0);
    let rules = pluralRules.get(language);
    if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
    text = message[rules.select(count) as keyof typeof message] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? formatNumber(language, value) : value;
  });
}

/** `t` bound to one language, for code outside React (background, content script). */
export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}
