import { detectSteps } from '../../utils/detect/index';
import type { Claim, DetectOptions } from '../../utils/model/claim';

/**
 * Runs the stepwise detector on several texts at once, pausing after every
 * step (the tiniest budget) and taking the passes in turn, so that each pass
 * is paused while the others use the shared, cached regexes and lexicons.
 * Returns each text's claims.
 */
export function detectInterleaved(inputs: Array<{ text: string; options?: DetectOptions }>): { claims: Claim[][]; pauses: number } {
  const passes = inputs.map(({ text, options }) => detectSteps(text, options, () => true));
  const claims: Claim[][] = new Array(inputs.length);
  let open = passes.length;
  let pauses = 0;
  while (open > 0) {
    passes.forEach((pass, index) => {
      if (claims[index]) return;
      const step = pass.next();
      if (step.done) {
        claims[index] = step.value;
        open--;
      } else pauses++;
    });
  }
  return { claims, pauses };
}
