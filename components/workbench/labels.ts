import { useMemo } from 'react';
import { useT } from '../../utils/i18n/react';
import { kindLabels, verdictLabels } from '../../utils/model/labels';

// One source for the words, shared with the in-page widgets.
export { KIND_LABELS, VERDICT_LABELS } from '../../utils/model/labels';

/** Verdict and kind names in the interface's language. */
export function useLabels() {
  const { language } = useT();
  return useMemo(() => ({ verdicts: verdictLabels(language), kinds: kindLabels(language) }), [language]);
}
