import type { Claim, DetectOptions, Detector } from '../model/claim';
import { detectLanguage } from './language';
import { quantitySteps } from './quantities';
import { attributionSteps } from './attributions';
import { NEVER_YIELD, runToEnd, type ShouldYield, type Steps } from '../steps';

export { detectLanguage } from './language';
export { NEVER_YIELD, runToEnd, type ShouldYield, type Steps } from '../steps';

/**
 * The claim detector: a pure function of the text (no DOM, no browser API).
 * Quantities and attributions are found in separate linear passes and merged
 * in order of their start offsets. It is `detectSteps` run to its end, so
 * the CLI, the scorer and the content script share one code path.
 */
export const detectClaims: Detector = (text, options) => runToEnd(detectSteps(text, options, NEVER_YIELD));

/**
 * The detector as steps over the whole text: it pauses between figures and
 * between cues whenever `shouldYield` says so, and finds exactly what
 * `detectClaims` finds (the passes keep their state while paused).
 */
export function* detectSteps(text: string, options: DetectOptions | undefined, shouldYield: ShouldYield): Steps<Claim[]> {
  const lang = detectLanguage(text, options?.lang);
  const quantities = yield* quantitySteps(text, lang, shouldYield);
  if (shouldYield()) yield;
  const attributions = yield* attributionSteps(text, lang, shouldYield);
  return mergeByStart(quantities, attributions);
}

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
