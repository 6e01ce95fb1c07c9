import { matchTarget } from '../anchor/match-quote';
import type { AnchorState, Annotation } from '../model/annotation';
import type { DiffPart } from '../messaging';

/** Where one stored annotation stands in the page's texts. */
export type AnchorResult =
  | { state: 'orphan' }
  | { state: Exclude<AnchorState, 'orphan'>; textIndex: number; start: number; end: number; text: string; diff?: DiffPart[] };

/** Anchors every annotation in the first text (in order) where it is found. */
export function anchorAnnotations(texts: string[], annotations: Annotation[]): AnchorResult[] {
  return annotations.map((annotation) => {
    for (const [textIndex, text] of texts.entries()) {
      const match = matchTarget(text, annotation.target);
      if (!match) continue;
      const exact = match.start === annotation.target.position.start && text.slice(match.start, match.end) === annotation.target.quote.exact;
      return { state: exact ? 'exact' : 'moved', textIndex, start: match.start, end: match.end, text: text.slice(match.start, match.end) };
    }
    return { state: 'orphan' };
  });
}
