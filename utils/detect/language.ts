import type { Language } from '../model/claim';

/** How much text to sample: the script of an article shows in its first few thousand characters. */
const SAMPLE_LENGTH = 4000;

const CYRILLIC = /[А-Яа-яЁёІіЇїЄєҐґ]/g;
const LATIN = /[A-Za-z]/g;
/** Letters only Ukrainian uses, and letters only Russian uses. */
const UKRAINIAN_ONLY = /[ІіЇїЄєҐґ]/g;
const RUSSIAN_ONLY = /[ЫыЭэЪъЁё]/g;

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}

/**
 * The language to read a text in: the declared language when it is one we
 * know ("ru-RU" → ru), else guessed from the script and the letters that tell
 * Ukrainian from Russian.
 */
export function detectLanguage(text: string, lang?: string): Language {
  const declared = lang?.trim().toLowerCase().slice(0, 2);
  if (declared === 'en' || declared === 'ru' || declared === 'uk') return declared;
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  const cyrillic = count(sample, CYRILLIC);
  if (cyrillic === 0 || cyrillic < count(sample, LATIN)) return 'en';
  return count(sample, UKRAINIAN_ONLY) > count(sample, RUSSIAN_ONLY) ? 'uk' : 'ru';
}
