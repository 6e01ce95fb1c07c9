import { AnnotationSchema, firstReview, type Annotation, type AnnotationPatch, type Page, type StoredClaim, type Target } from './annotation';

/**
 * A new annotation record: unreviewed, empty, revision 1, with any review
 * fields given. One place for the defaults, for passages created from the
 * page (background) and claims annotated in the panel alike.
 */
export function newAnnotationRecord(
  base: { id: string; now: Date; page: Page; target: Target; claim: StoredClaim; sentence: string },
  fields: AnnotationPatch = {},
): Annotation {
  const at = base.now.toISOString();
  return AnnotationSchema.parse({
    id: base.id,
    page: base.page,
    target: base.target,
    claim: base.claim,
    sentence: base.sentence,
    verdict: 'unreviewed',
    note: '',
    evidence: [],
    tags: [],
    createdAt: at,
    updatedAt: at,
    revision: 1,
    dismissed: false,
    ...firstReview(undefined, fields.verdict, base.now),
    ...fields,
  });
}
