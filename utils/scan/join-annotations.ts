import { anchorAnnotations, type AnchorResult } from './anchoring';
import { describeSpan } from '../anchor/selectors';
import type { AnchorView, ClaimView } from '../messaging';
import type { Annotation } from '../model/annotation';
import type { Claim } from '../model/claim';
import { Sentences, sentenceAround } from './sentence';
import { NEVER_YIELD, runToEnd, type ShouldYield, type Steps } from '../steps';

/** One piece of page text and the views of what the detector found in it (see detectionViews). */
export interface TextChunk {
  /** Stable for the chunk's life: claim keys are built from it. */
  id: number;
  text: string;
  detections: ClaimView[];
}

export interface JoinResult {
  /** Per chunk, its claims in reading order: detections, with annotations attached, and annotated passages. */
  views: ClaimView[][];
  /** Every annotation's anchoring state, orphans included. */
  anchors: AnchorView[];
}

export function claimKey(chunk: number, claim: Pick<Claim, 'type' | 'start' | 'end'>): string {
  return `${chunk}:${claim.type}:${claim.start}-${claim.end}`;
}

/**
 * The views of a chunk's detections: key, sentence and selectors. Built once
 * per chunk (the sentence and selectors cost a little per claim), then
 * copied by every join.
 */
export function detectionViews(chunkId: number, text: string, detected: Claim[]): ClaimView[] {
  return runToEnd(detectionViewSteps(chunkId, text, detected, NEVER_YIELD));
}

/** `detectionViews` as steps: pauses between claims when `shouldYield` says so (a page of 100,000 claims). */
export function* detectionViewSteps(chunkId: number, text: string, detected: Claim[], shouldYield: ShouldYield): Steps<ClaimView[]> {
  const sentences = new Sentences(text);
  const views: ClaimView[] = new Array(detected.length);
  for (let i = 0; i < detected.length; i++) {
    if (shouldYield()) yield;
    const claim = detected[i];
    views[i] = {
      key: claimKey(chunkId, claim),
      claim,
      sentence: sentences.around(claim.start, claim.end),
      target: describeSpan(text, claim.start, claim.end),
    };
  }
  return views;
}

/**
 * Joins what the detector found with the annotations stored for the page.
 * Each annotation is anchored in exactly one state (exact, moved, changed,
 * orphan; see utils/anchor). Where it lands on a detection of its kind it is
 * attached to it; otherwise (a passage, or a claim the detector no longer
 * finds) it is shown on its own. An orphan is never shown on other words.
 */
export function joinAnnotations(chunks: TextChunk[], annotations: Annotation[]): JoinResult {
  // Copies: attaching an annotation must not change the chunk's own detection views.
  const views: ClaimView[][] = chunks.map((chunk) => chunk.detections.map((view) => ({ ...view })));
  const results = anchorAnnotations(chunks.map((c) => c.text), annotations);
  const anchors: AnchorView[] = [];
  annotations.forEach((annotation, i) => {
    const result = results[i];
    if (result.state === 'orphan') {
      anchors.push({ annotationId: annotation.id, state: 'orphan' });
      return;
    }
    const view = attach(views[result.textIndex], chunks[result.textIndex].text, result, annotation, chunks[result.textIndex].id);
    anchors.push({ annotationId: annotation.id, state: result.state, key: view.key, text: result.text, ...(result.diff ? { diff: result.diff } : {}) });
  });
  for (const list of views) list.sort((a, b) => a.claim.start - b.claim.start || a.claim.end - b.claim.end);
  return { views, anchors };
}

function attach(list: ClaimView[], text: string, result: Extract<AnchorResult, { start: number }>, annotation: Annotation, chunk: number): ClaimView {
  const { start, end } = result;
  const stored = annotation.claim;
  const review = {
    annotationId: annotation.id,
    verdict: annotation.verdict,
    anchorState: result.state,
    ...(annotation.dismissed ? { dismissed: true } : {}),
  };
  if (stored.type !== 'passage') {
    const same = list.find((v) => v.claim.type === stored.type && !v.annotationId && v.claim.start < end && start < v.claim.end);
    if (same) {
      Object.assign(same, review);
      // A claim the user corrected (speaker, value, unit) shows their version, at the detection's place.
      if (annotation.claimEditedAt) same.claim = { ...same.claim, ...stored, start: same.claim.start, end: same.claim.end, text: same.claim.text } as Claim;
      return same;
    }
  }
  const claim = { ...stored, start, end, text: text.slice(start, end) } as Claim;
  let key = claimKey(chunk, claim);
  while (list.some((v) => v.key === key)) key += "'";
  const view: ClaimView = { key, claim, sentence: sentenceAround(text, start, end), target: describeSpan(text, start, end), ...review };
  list.push(view);
  return view;
}
