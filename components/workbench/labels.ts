import type { Verdict } from '../../utils/model/annotation';
import type { ClaimKind } from '../../utils/model/claim';

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
