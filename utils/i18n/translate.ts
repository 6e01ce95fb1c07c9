import type { Message } from './catalogue';
import { fillMessage, type Params } from './fill';
import type { Language } from './languages';
import { en, type MessageKey } from './messages/en';
import { ru } from './messages/ru';
import { uk } from './messages/uk';

export type { MessageKey } from './messages/en';
export type { Params } from './fill';
/** Looks up a message in one language and fills in its placeholders. */
export type Translate = (key: MessageKey, params?: Params) => string;

export const CATALOGUES: Record<Language, Record<MessageKey, Message>> = { en, ru, uk };

/** The message `key` in `language`, placeholders filled, plural form chosen by `params.count`. */
export function translate(language: Language, key: MessageKey, params: Params = {}): string {
  return fillMessage(language, CATALOGUES[language][key] ?? en[key], params);
}

/** `t` bound to one language, for code outside React (background, extension pages' scripts). */
export function translator(language: Language): Translate {
  return (key, params) => translate(language, key, params);
}
