import { breakLevel, isNeverText } from './dom-rules';
import type { Scan } from './scan';
import { TextBuilder } from './text-builder';
import { walkSteps } from './walk';
import { NEVER_YIELD, runToEnd, type ShouldYield, type Steps } from '../steps';

/**
 * Writes the readable text of `parts` (in document order) into `out`,
 * leaving out what the scan pruned or the cleanup dropped. Block elements
 * become line or paragraph breaks.
 */
export function collectParts(parts: Node[], result: Scan, out: TextBuilder): void {
  runToEnd(collectPartsSteps(parts, result, out, NEVER_YIELD));
}

/** `collectParts` as steps: the walk pauses between elements when `shouldYield` says so. */
export function* collectPartsSteps(parts: Node[], result: Scan, out: TextBuilder, shouldYield: ShouldYield): Steps<void> {
  const { stats } = result;
  for (const part of parts) {
    if (part.nodeType === 3) {
      out.addText(part as Text);
      continue;
    }
    if (part.nodeType === 1 && isNeverText(part as Element)) continue;
    out.breakLine(2);
    yield* walkSteps(part, {
      enter(el) {
        const s = stats.get(el);
        if (!s || s.pruned || s.dropped) return false;
        const level = breakLevel(s.info.tag);
        if (level) out.breakLine(level);
        return true;
      },
      exit(el) {
        // Also for pruned or dropped blocks: the text around them still belongs to separate blocks.
        const level = breakLevel(stats.get(el)?.info.tag ?? el.localName);
        if (level) out.breakLine(level);
      },
      text(node) {
        out.addText(node);
      },
    }, shouldYield);
    out.breakLine(2);
  }
}
