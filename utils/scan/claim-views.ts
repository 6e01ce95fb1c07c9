import { matchTarget } from '../anchor/match-quote';
import { describeSpan } from '../anchor/selectors';
import type { Annotation } from '../model/annotation';
import type { Claim } from '../model/claim';
import type { ClaimView } from '../messaging';
import { sentenceAround } from './sentence';

export interface AnchoredViews {
  views: ClaimView[];
  /** Ids of the annotations that found their passage in this text. */
  anchoredIds: Set<string>;
}

export function claimKey(chunk: number, claim: Pick<Claim, 'type' | 'start' | 'end'>): string {
  return `${chunk}:${claim.type}:${claim.start}-${claim.end}`;
}

/**
 * Joins what the detector found in one chunk of page text with the
 * annotations stored for the page. An annotation whose quote is found again
 * is attached to the detected claim at that place; when the detector no
 * longer finds a claim there (the detector changed, the text was edited) the
 * stored claim is shown at its new place, so no annotation disappears.
 */
export function buildClaimViews(chunk: number, text: string, claims: Claim[], annotations: Annotation[], alreadyAnchored = new Set<string>()): AnchoredViews {
  const views: ClaimView[] = claims.map((claim) => ({
    key: claimKey(chunk, claim),
    claim,
    sentence: sentenceAround(text, claim.start, claim.end),
    target: describeSpan(text, claim.start, claim.end),
  }));
  const anchoredIds = new Set<string>();
  for (const annotation of annotations) {
    if (alreadyAnchored.has(annotation.id)) continue;
    const match = matchTarget(text, annotation.target);
    if (!match) continue;
    anchoredIds.add(annotation.id);
    const same = views.find((v) => v.claim.type === annotation.claim.type && !v.annotationId && v.claim.start < match.end && match.start < v.claim.end);
    if (same) {
      same.annotationId = annotation.id;
      same.verdict = annotation.verdict;
      continue;
    }
    const claim = { ...annotation.claim, start: match.start, end: match.end, text: text.slice(match.start, match.end) } as Claim;
    views.push({
      key: claimKey(chunk, claim),
      claim,
      sentence: sentenceAround(text, match.start, match.end),
      target: describeSpan(text, match.start, match.end),
      annotationId: annotation.id,
      verdict: annotation.verdict,
    });
  }
  views.sort((a, b) => a.claim.start - b.claim.start);
  return { views, anchoredIds };
}
