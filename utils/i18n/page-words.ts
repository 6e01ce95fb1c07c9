import type { Verdict } from '../model/annotation';
import type { ClaimKind } from '../model/claim';
import { fillMessage, type Params } from './fill';
import type { Language } from './languages';
import { enPage, type PageMessageKey } from './messages/page-en';
import { ruPage } from './messages/page-ru';
import { ukPage } from './messages/page-uk';

/**
 * The content script's words (hover card, Annotate button, verdict and kind
 * names) from the catalogues' in-page part only: the script injected into
 * every page carries these few dozen strings, not the whole interface.
 */
const PAGE_CATALOGUES: Record<Language, Record<PageMessageKey, string>> = { en: enPage, ru: ruPage, uk: ukPage };

export function translatePage(language: Language, key: PageMessageKey, params?: Params): string {
  return fillMessage(language, PAGE_CATALOGUES[language][key] ?? enPage[key], params);
}

export function pageVerdictLabel(language: Language, verdict: Verdict): string {
  return translatePage(language, `verdict.${verdict}`);
}

export function pageKindLabel(language: Language, kind: ClaimKind): string {
  return translatePage(language, `kind.${kind}`);
}
