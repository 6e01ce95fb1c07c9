import { deleteAnnotation, getAnnotation, saveAnnotation, updateAnnotation } from '../../utils/db';
import { firstReview, type Annotation, type AnnotationPatch, type Page, type Verdict } from '../../utils/model/annotation';
import { newAnnotationRecord } from '../../utils/model/new-annotation';
import type { ClaimView } from '../../utils/messaging';
import type { WorkbenchDeps } from './deps';
import type { ClaimRow } from './rows';

/**
 * What the list does to annotations outside the editor: quick verdicts,
 * dismissals, deletions, confirmations, re-attachments. Each write tells the
 * tab to re-mark without waiting for it: a big page re-marks for seconds.
 */
export function tellTab(deps: WorkbenchDeps, tabId: number | null): void {
  if (tabId !== null) void deps.notifyAnnotationsChanged(tabId).catch(() => undefined);
}

/** A new annotation on a claim of the page, with any review fields given. */
export function newAnnotation(deps: Pick<WorkbenchDeps, 'newId' | 'now'>, view: ClaimView, page: Page, fields: AnnotationPatch & { id?: string } = {}): Annotation {
  const { start: _start, end: _end, ...claim } = view.claim;
  const { id = deps.newId(), ...review } = fields;
  return newAnnotationRecord({ id, now: deps.now(), page, target: view.target, claim, sentence: view.sentence }, review);
}

/** What to call to take a change back. */
export type Undo = () => Promise<void>;

export async function setRowVerdict(deps: WorkbenchDeps, tabId: number | null, row: ClaimRow, page: Page, verdict: Verdict): Promise<void> {
  if (row.annotation) {
    const patch = { verdict, ...firstReview(row.annotation, verdict, deps.now()), ...recheckDone(deps, row) };
    await updateAnnotation(deps.db, row.annotation, patch, { base: row.annotation, now: deps.now() });
  }
  else await saveAnnotation(deps.db, newAnnotation(deps, row.view, page, { verdict }));
  tellTab(deps, tabId);
}

/** "Not a claim": stored as a dismissed annotation (created if none) so the page stops marking it on later visits. */
export async function dismissRow(deps: WorkbenchDeps, tabId: number | null, row: ClaimRow, page: Page): Promise<Undo> {
  const before = row.annotation;
  if (before) await updateAnnotation(deps.db, before, { dismissed: true }, { base: before, now: deps.now() });
  else {
    const created = await saveAnnotation(deps.db, newAnnotation(deps, row.view, page, { dismissed: true }));
    tellTab(deps, tabId);
    return async () => {
      await deleteAnnotation(deps.db, created);
      tellTab(deps, tabId);
    };
  }
  tellTab(deps, tabId);
  return async () => {
    await updateAnnotation(deps.db, before, { dismissed: false }, { now: deps.now() });
    tellTab(deps, tabId);
  };
}

export async function restoreRow(deps: WorkbenchDeps, tabId: number | null, annotation: Annotation): Promise<void> {
  await updateAnnotation(deps.db, annotation, { dismissed: false }, { base: annotation, now: deps.now() });
  tellTab(deps, tabId);
}

/** Deletes, keeping the record so Undo puts it back as it was. */
export async function removeAnnotation(deps: WorkbenchDeps, tabId: number | null, annotation: Annotation): Promise<Undo> {
  const kept = (await getAnnotation(deps.db, annotation)) ?? annotation;
  await deleteAnnotation(deps.db, annotation);
  tellTab(deps, tabId);
  return async () => {
    await saveAnnotation(deps.db, kept);
    tellTab(deps, tabId);
  };
}

/** The passage changed and the user says the verdict still holds: the current words become the annotation's target. */
export async function confirmStillHolds(deps: WorkbenchDeps, tabId: number | null, row: ClaimRow): Promise<void> {
  if (!row.annotation) return;
  await updateAnnotation(deps.db, row.annotation, recheckDone(deps, row), { base: row.annotation, now: deps.now() });
  tellTab(deps, tabId);
}

/** The fields that record a re-check of a changed passage (empty when none is needed). */
export function recheckDone(deps: Pick<WorkbenchDeps, 'now'>, row: Pick<ClaimRow, 'needsRecheck' | 'view'>): AnnotationPatch {
  if (!row.needsRecheck) return {};
  return {
    target: row.view.target,
    sentence: row.view.sentence,
    lastAnchor: { state: 'exact', text: row.view.claim.text, checkedAt: deps.now().toISOString() },
  };
}

/** Re-attaches an annotation whose passage is gone to what the user selected in the page. */
export async function reattachToSelection(deps: WorkbenchDeps, tabId: number, annotation: Annotation): Promise<'reattached' | 'no-selection'> {
  const selection = await deps.readSelection(tabId);
  if (!selection) return 'no-selection';
  const patch: AnnotationPatch = {
    target: selection.target,
    sentence: selection.sentence,
    lastAnchor: { state: 'exact', text: selection.text, checkedAt: deps.now().toISOString() },
  };
  if (annotation.claim.type === 'passage') patch.claim = { ...annotation.claim, text: selection.text };
  await updateAnnotation(deps.db, annotation, patch, { base: annotation, now: deps.now() });
  tellTab(deps, tabId);
  return 'reattached';
}
