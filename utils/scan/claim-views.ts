import { AnchorText, anchorTarget, type AnchorResult, type AnnotationAnchor } from '../anchor/anchor-states';
import { describeSpan } from '../anchor/selectors';
import type { Annotation } from '../model/annotation';
import type { Claim } from '../model/claim';
import type { ClaimView } from '../messaging';
import { sentenceAround } from './sentence';

export interface AnchoredViews {
  views: ClaimView[];
  /** Ids of the annotations shown in this text: found exact or moved (never changed or orphan). */
  anchoredIds: Set<string>;
  /**
   * The anchor state in this text of every annotation looked at (those in
   * `alreadyAnchored` are not). A changed annotation is not attached to any
   * view: its verdict was given on other words, so it is reported here, with
   * its new span and word diff, and is not in `anchoredIds`.
   */
  anchors: Map<string, AnchorResult>;
}

export function claimKey(chunk: number, claim: Pick<Claim, 'type' | 'start' | 'end'>): string {
  return `${chunk}:${claim.type}:${claim.start}-${claim.end}`;
}

/**
 * Joins what the detector found in one chunk of page text with the
 * annotations stored for the page. An annotation whose quote is found again
 * (exact or moved, see utils/anchor/anchor-states.ts) is attached to the
 * detected claim at that place; when the detector no longer finds a claim
 * there the stored claim is shown at its new place, so no annotation
 * disappears. An annotation whose passage changed or is gone is shown
 * nowhere as a match.
 *
 * `precomputed`: results of anchorAnnotations over all the page's texts
 * (chunk = text index), by annotation id. An annotation found there is not anchored again
 * here, and one placed in another text is left out of this one; one missing
 * from it is anchored here.
 */
export function buildClaimViews(
  chunk: number,
  text: string,
  claims: Claim[],
  annotations: Annotation[],
  alreadyAnchored = new Set<string>(),
  precomputed?: Map<string, AnnotationAnchor>,
): AnchoredViews {
  const views: ClaimView[] = claims.map((claim) => ({
    key: claimKey(chunk, claim),
    claim,
    sentence: sentenceAround(text, claim.start, claim.end),
    target: describeSpan(text, claim.start, claim.end),
  }));
  const anchoredIds = new Set<string>();
  const anchors = new Map<string, AnchorResult>();
  const anchorText = new AnchorText(text);
  for (const annotation of annotations) {
    if (alreadyAnchored.has(annotation.id)) continue;
    const batch = precomputed?.get(annotation.id);
    const anchor = batch ? fromBatch(batch, chunk) : anchorTarget(anchorText, annotation.target);
    if (!anchor) continue;
    anchors.set(annotation.id, anchor);
    if (anchor.state !== 'exact' && anchor.state !== 'moved') continue;
    anchoredIds.add(annotation.id);
    const { start, end } = anchor;
    const same = views.find((v) => v.claim.type === annotation.claim.type && !v.annotationId && v.claim.start < end && start < v.claim.end);
    if (same) {
      same.annotationId = annotation.id;
      same.verdict = annotation.verdict;
      continue;
    }
    const claim = { ...annotation.claim, start, end, text: anchor.text } as Claim;
    const key = claimKey(chunk, claim);
    views.push({
      // Two annotations may share a place; keys stay unique.
      key: views.some((v) => v.key === key) ? `${key}:${annotation.id}` : key,
      claim,
      sentence: sentenceAround(text, start, end),
      target: describeSpan(text, start, end),
      annotationId: annotation.id,
      verdict: annotation.verdict,
    });
  }
  views.sort((a, b) => a.claim.start - b.claim.start);
  return { views, anchoredIds, anchors };
}

/** This chunk's share of a batch result: its place here, orphan, or nothing when placed in another text. */
function fromBatch(anchor: AnnotationAnchor, chunk: number): AnchorResult | null {
  if (anchor.state === 'orphan') return anchor;
  if (anchor.textIndex !== chunk) return null;
  const { textIndex: _, ...found } = anchor;
  return found;
}
