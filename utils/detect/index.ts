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
  const claims: Claim[] = [...detectQuantities(text, lang), ...detectAttributions(text, lang)];
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
};
