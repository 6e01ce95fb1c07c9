import { anchorTarget } from './anchor-states';
import type { Target } from '../model/annotation';

export interface QuoteMatch {
  start: number;
  end: number;
  /** 1: the anchor is exact or moved (the only places this returns). */
  score: number;
}

/**
 * @deprecated Use anchorTarget / anchorAnnotations (./anchor-states), which
 * also say whether the passage is exact, moved or changed. Kept so callers of
 * the former approximate matcher keep building: it returns the place of an
 * exact or moved anchor only, and null for a changed or orphan one, so a
 * verdict is never put on changed words through it.
 */
export function matchTarget(text: string, target: Target): QuoteMatch | null {
  const anchor = anchorTarget(text, target);
  return anchor.state === 'exact' || anchor.state === 'moved' ? { start: anchor.start, end: anchor.end, score: 1 } : null;
}
