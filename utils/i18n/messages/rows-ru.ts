import type { SlavicRows } from './rows-en';

/** The library's first rows' words (see rows-en.ts). Part of `ru`. */
export const ruRows: SlavicRows = {
  'claim.notAClaim': 'Не утверждение',
  'orphans.delete': 'Удалить',
  'library.listLabel': 'Разборы',
  'library.pageTitle': 'Библиотека Claimlens',
  'library.state.exact': 'На месте',
  'library.state.moved': 'Перемещено на странице',
  'library.state.changed': 'Изменилось: перепроверить',
  'library.state.orphan': 'Потеряно: фрагмента больше нет',
  'library.state.unchecked': 'Ещё не проверялось',
  'library.reading': 'Читаем разборы…',
  'row.select': 'Выбрать «{quote}»',
  'row.verdictFor': 'Вердикт для «{quote}»',
  'row.nowSays': 'Сейчас на странице:',
  'row.speaker': 'Кто сказал: {speaker}',
  'row.note': 'Заметка:',
  'row.evidence': { one: '{count} ссылка на источник', few: '{count} ссылки на источники', many: '{count} ссылок на источники', other: '{count} ссылки на источники' },
  'row.updated': 'изменено {date}',
  'row.created': 'создано {date}',
  'row.open': 'Открыть на странице',
  'row.openLabel': 'Открыть «{quote}» на странице',
  'row.deleteLabel': 'Удалить «{quote}»',
};
