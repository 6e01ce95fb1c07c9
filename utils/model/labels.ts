import type { Verdict } from './annotation';
import type { ClaimKind } from './claim';

/** The words for verdicts and claim kinds, in the panel and in the page's hover card alike. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  unreviewed: 'Unreviewed',
  accurate: 'Accurate',
  'mostly-accurate': 'Mostly accurate',
  mixed: 'Mixed',
  misleading: 'Misleading',
  false: 'False',
  unverifiable: 'Unverifiable',
};

export const KIND_LABELS: Record<ClaimKind, string> = {
  quantity: 'Quantity',
  attribution: 'Attribution',
  passage: 'Passage you selected',
};
