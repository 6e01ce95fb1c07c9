import type { Message } from './catalogue';
import { fillMessage, type Params } from './fill';
import type { Language } from './languages';
import { enPage, type PageMessageKey } from './messages/page-en';
import { ruPage } from './messages/page-ru';
import { ukPage } from './messages/page-uk';
import { enRows, type RowMessageKey } from './messages/rows-en';
import { ruRows } from './messages/rows-ru';
import { ukRows } from './messages/rows-uk';

/**
 * The words of the library's first rows (utils/library/first-rows.ts) from the
 * catalogues' small parts only: the in-page words (verdict and kind names) and
 * the rows' own. The page's first module carries these few dozen strings, not
 * the whole interface, so the browser starts it as soon as it would a blank page's.
 * Both parts are spread into the full catalogues: one text per key.
 */
export type RowWordKey = PageMessageKey | RowMessageKey;

const ROW_CATALOGUES: Record<Language, Record<RowWordKey, Message>> = {
  en: { ...enPage, ...enRows },
  ru: { ...ruPage, ...ruRows },
  uk: { ...ukPage, ...ukRows },
};

/** The message `key` in `language`, as `translate` gives it. */
export function translateRow(language: Language, key: RowWordKey, params?: Params): string {
  return fillMessage(language, ROW_CATALOGUES[language][key], params);
}
