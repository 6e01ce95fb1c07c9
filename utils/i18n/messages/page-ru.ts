import type { PageMessageKey } from './page-en';

/** The in-page words (see page-en.ts). Part of `ru`. */
export const ruPage: Record<PageMessageKey, string> = {
  'verdict.unreviewed': 'Не проверено',
  'verdict.accurate': 'Правда',
  'verdict.mostly-accurate': 'В основном правда',
  'verdict.mixed': 'Полуправда',
  'verdict.misleading': 'Вводит в заблуждение',
  'verdict.false': 'Неправда',
  'verdict.unverifiable': 'Недостаточно данных',
  'kind.quantity': 'Число',
  'kind.attribution': 'Источник',
  'kind.passage': 'Ваш фрагмент',
  'card.figure': 'Число',
  'card.yourPassage': 'Ваш фрагмент',
  'card.notReviewed': 'Ещё не проверено',
  'card.kindLine': '{kind}: «{text}»',
  'card.dismissed': 'Скрыто: не утверждение',
  'card.recheck': 'Нужно перепроверить: текст изменился после вердикта «{verdict}»',
  'card.openHint': 'Нажмите, чтобы открыть в панели Claimlens',
  'card.annotateHint': 'Нажмите, чтобы разобрать в панели Claimlens',
  'card.noPageText': 'Claimlens не может разобрать это выделение: в нём нет текста страницы.',
  'selection.button': '✎ Разобрать',
  'selection.buttonLabel': 'Разобрать выделенный фрагмент в Claimlens',
};
