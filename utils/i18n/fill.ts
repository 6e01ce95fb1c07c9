import type { Message } from './catalogue';
import { formatNumber } from './format';
import type { Language } from './languages';

export type Params = Record<string, string | number>;

const pluralRules = new Map<Language, Intl.PluralRules>();

/**
 * A message made text: the plural form chosen by `params.count`
 * (Intl.PluralRules), numbers written as the language writes them ("3 000").
 * A placeholder without a value is left as it is, so a mistake shows.
 */
export function fillMessage(language: Language, message: Message, params: Params = {}): string {
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
