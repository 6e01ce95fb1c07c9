import type { Message } from '../catalogue';

/** The words the content script shows in the page (hover card, Annotate button): its own small catalogue, so the content script bundles only these. Part of `en`. */
export const enPage = {
  'verdict.unreviewed': 'Unreviewed',
  'verdict.accurate': 'Accurate',
  'verdict.mostly-accurate': 'Mostly accurate',
  'verdict.mixed': 'Mixed',
  'verdict.misleading': 'Misleading',
  'verdict.false': 'False',
  'verdict.unverifiable': 'Unverifiable',
  'kind.quantity': 'Quantity',
  'kind.attribution': 'Attribution',
  'kind.passage': 'Passage you selected',
  'card.figure': 'Figure',
  'card.yourPassage': 'Your passage',
  'card.notReviewed': 'Not reviewed yet',
  'card.kindLine': '{kind}: “{text}”',
  'card.dismissed': 'Dismissed: not a claim',
  'card.recheck': 'Needs re-check: the text changed since it was marked {verdict}',
  'card.openHint': 'Click to open it in the Claimlens panel',
  'card.annotateHint': 'Click to annotate it in the Claimlens panel',
  'card.noPageText': 'Claimlens cannot annotate this selection: it holds no page text.',
  'selection.button': '✎ Annotate',
  'selection.buttonLabel': 'Annotate the selected passage with Claimlens',
} satisfies Record<string, Message>;

export type PageMessageKey = keyof typeof enPage;
