import type { Claim, Detector } from '../model/claim';
import { detectLanguage } from './language';
import { detectQuantities } from './quantities';
import { detectAttributions } from './attributions';

export { detectLanguage } from './language';

/**
 * The claim detector: a pure function of the text (no DOM, no browser API).
 * Quantities and attributions are found in separate linear passes and merged
 * in order of their start offsets.
 */
export const detectClaims: Detector = (text, options) => {
  const lang = detectLanguage(text, options?.lang);
  return mergeByStart(detectQuantities(text, lang), detectAttributions(text, lang));
};

/** Merges two claim lists that are each sorted by start (a linear merge, no sort). */
function mergeByStart(a: Claim[], b: Claim[]): Claim[] {
  const out: Claim[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i].start <= b[j].start ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
  return out;
}

