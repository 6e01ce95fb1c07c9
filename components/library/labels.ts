import { useT, type I18n } from '../../utils/i18n/react';
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

type LibraryLabels = ReturnType<typeof makeLabels>;

function makeLabels({ language, t, number, dateTime }: I18n) {
  return {
    verdicts: verdictLabels(language),
    kinds: kindLabels(language),
    states: stateLabels(t),
    sorts: sortLabels(t),
    count: (n: number) => number(n),
    date: (iso: string) => (Number.isNaN(new Date(iso).getTime()) ? iso : dateTime(iso)),
  };
}

// One set per language (the provider keeps one I18n per language), shared by every row instead of built in each.
const built = new WeakMap<I18n, LibraryLabels>();

/** The library's words in the interface's language: verdicts, kinds, anchor states, sorts; numbers and dates as the language writes them. */
export function useLibraryLabels(): LibraryLabels {
  const i18n = useT();
  let labels = built.get(i18n);
  if (!labels) built.set(i18n, (labels = makeLabels(i18n)));
  return labels;
}
