import type { PageMessageKey } from './page-en';

/** The in-page words (see page-en.ts). Part of `uk`. */
export const ukPage: Record<PageMessageKey, string> = {
  'verdict.unreviewed': 'Не перевірено',
  'verdict.accurate': 'Правда',
  'verdict.mostly-accurate': 'Здебільшого правда',
  'verdict.mixed': 'Напівправда',
  'verdict.misleading': 'Маніпуляція',
  'verdict.false': 'Неправда',
  'verdict.unverifiable': 'Недостатньо даних',
  'kind.quantity': 'Число',
  'kind.attribution': 'Джерело',
  'kind.passage': 'Ваш фрагмент',
  'card.figure': 'Число',
  'card.yourPassage': 'Ваш фрагмент',
  'card.notReviewed': 'Ще не перевірено',
  'card.kindLine': '{kind}: «{text}»',
  'card.dismissed': 'Приховано: не твердження',
  'card.recheck': 'Потрібно перевірити знову: текст змінився після вердикту «{verdict}»',
  'card.openHint': 'Натисніть, щоб відкрити в панелі Claimlens',
  'card.annotateHint': 'Натисніть, щоб розібрати в панелі Claimlens',
  'card.noPageText': 'Claimlens не може розібрати це виділення: у ньому немає тексту сторінки.',
  'selection.button': '✎ Розібрати',
  'selection.buttonLabel': 'Розібрати виділений фрагмент у Claimlens',
};
