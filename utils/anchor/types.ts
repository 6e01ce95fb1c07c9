import type { DiffPart } from './word-diff';

export type AnchorState = 'exact' | 'moved' | 'changed' | 'orphan';

/** A place in one text: raw offsets into it and what it covers there. */
export interface AnchorSpan {
  start: number;
  end: number;
  text: string;
}
/** `diff` only for changed (declared absent on the others, so `anchor.diff` reads on any found anchor). */
export type FoundAnchor = (AnchorSpan & { state: 'exact' | 'moved'; diff?: undefined }) | (AnchorSpan & { state: 'changed'; diff: DiffPart[] });
export type AnchorResult = FoundAnchor | { state: 'orphan' };
/** One annotation anchored over several texts: `textIndex` says which. */
export type AnnotationAnchor = (FoundAnchor & { textIndex: number }) | { state: 'orphan' };
