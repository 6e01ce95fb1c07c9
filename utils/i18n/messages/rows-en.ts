import type { Message, SlavicPlural } from '../catalogue';

/**
 * The words of the library's first rows, which the page's first module draws
 * before the rest of the page is loaded (utils/library/first-rows.ts): its own
 * small catalogue, so that module carries these few strings, not the whole
 * interface. Part of `en`.
 */
export const enRows = {
  'claim.notAClaim': 'Not a claim',
  'orphans.delete': 'Delete',
  'library.listLabel': 'Annotations',
  'library.pageTitle': 'Claimlens library',
  'library.state.exact': 'Found as saved',
  'library.state.moved': 'Moved in the page',
  'library.state.changed': 'Changed: re-check',
  'library.state.orphan': 'Orphan: passage gone',
  'library.state.unchecked': 'Not checked yet',
  'library.reading': 'Reading annotations…',
  'row.select': 'Select “{quote}”',
  'row.verdictFor': 'Verdict for “{quote}”',
  'row.nowSays': 'The page now says:',
  'row.speaker': 'Speaker: {speaker}',
  'row.note': 'Note:',
  'row.evidence': { one: '{count} evidence link', other: '{count} evidence links' },
  'row.updated': 'updated {date}',
  'row.created': 'created {date}',
  'row.open': 'Open at claim',
  'row.openLabel': 'Open at claim “{quote}”',
  'row.deleteLabel': 'Delete “{quote}”',
} satisfies Record<string, Message>;

export type RowMessageKey = keyof typeof enRows;

/** A Russian or Ukrainian part: every key, every plural form. */
export type SlavicRows = { [K in RowMessageKey]: (typeof enRows)[K] extends string ? string : SlavicPlural };
