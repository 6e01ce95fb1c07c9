import { useMemo } from 'react';
import { useT } from '../../utils/i18n/react';
import type { Translate } from '../../utils/i18n/translate';
import type { LibraryState } from '../../utils/library/entry';
import type { LibrarySort } from '../../utils/library/query';
import { kindLabels, verdictLabels } from '../../utils/model/labels';

export { KIND_LABELS, VERDICT_LABELS } from '../../utils/model/labels';

const stateLabels = (t: Translate): Record<LibraryState, string> => ({
  exact: t('library.state.exact'),
  moved: t('library.state.moved'),
  changed: t('library.state.changed'),
  orphan: t('library.state.orphan'),
  unchecked: t('library.state.unchecked'),
});

const sortLabels = (t: Translate): Record<LibrarySort, string> => ({
  updated: t('library.sort.updated'),
  created: t('library.sort.created'),
  site: t('library.sort.site'),
  verdict: t('library.sort.verdict'),
});

/** The library's words in the interface's language: verdicts, kinds, anchor states, sorts; numbers and dates as the language writes them. */
export function useLibraryLabels() {
  const i18n = useT();
  const { language, t } = i18n;
  return useMemo(
    () => ({
      verdicts: verdictLabels(language),
      kinds: kindLabels(language),
      states: stateLabels(t),
      sorts: sortLabels(t),
      count: (n: number) => i18n.number(n),
      date: (iso: string) => (Number.isNaN(new Date(iso).getTime()) ? iso : i18n.dateTime(iso)),
    }),
    [language], // eslint-disable-line react-hooks/exhaustive-deps -- everything here follows the language
  );
}
