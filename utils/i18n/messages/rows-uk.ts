import type { SlavicRows } from './rows-en';

/** The library's first rows' words (see rows-en.ts). Part of `uk`. */
export const ukRows: SlavicRows = {
  'claim.notAClaim': 'Не твердження',
  'orphans.delete': 'Видалити',
  'library.listLabel': 'Розбори',
  'library.pageTitle': 'Бібліотека Claimlens',
  'library.state.exact': 'На місці',
  'library.state.moved': 'Переміщено на сторінці',
  'library.state.changed': 'Змінилося: перевірити знову',
  'library.state.orphan': 'Втрачено: фрагмента більше немає',
  'library.state.unchecked': 'Ще не перевірялося',
  'library.reading': 'Читаємо розбори…',
  'row.select': 'Вибрати «{quote}»',
  'row.verdictFor': 'Вердикт для «{quote}»',
  'row.nowSays': 'Зараз на сторінці:',
  'row.speaker': 'Хто сказав: {speaker}',
  'row.note': 'Нотатка:',
  'row.evidence': { one: '{count} посилання на джерело', few: '{count} посилання на джерела', many: '{count} посилань на джерела', other: '{count} посилання на джерела' },
  'row.updated': 'змінено {date}',
  'row.created': 'створено {date}',
  'row.open': 'Відкрити на сторінці',
  'row.openLabel': 'Відкрити «{quote}» на сторінці',
  'row.deleteLabel': 'Видалити «{quote}»',
};
