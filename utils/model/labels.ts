import { translate } from '../i18n/translate';
import type { Language } from '../i18n/languages';
import { VERDICTS, type Verdict } from './annotation';
import type { ClaimKind } from './claim';

/**
 * The words for verdicts and claim kinds, in the panel and in the page's
 * hover card alike, in the chosen language (utils/i18n/messages). Stored and
 * exported data keep the machine values (`mostly-accurate`); only these
 * labels are translated.
 */
export function verdictLabels(language: Language): Record<Verdict, string> {
  return Object.fromEntries(VERDICTS.map((v) => [v, translate(language, `verdict.${v}`)])) as Record<Verdict, string>;
}

export function kindLabels(language: Language): Record<ClaimKind, string> {
  return { quantity: translate(language, 'kind.quantity'), attribution: translate(language, 'kind.attribution'), passage: translate(language, 'kind.passage') };
}

/** The English words (files and code that are not localised). */
export const VERDICT_LABELS: Record<Verdict, string> = verdictLabels('en');
export const KIND_LABELS: Record<ClaimKind, string> = kindLabels('en');
