import type { Annotation, Verdict } from '../../utils/model/annotation';
import type { ClaimKind } from '../../utils/model/claim';
import type { AnchorView, ClaimView } from '../../utils/messaging';

/** One line of the page's list: the detected (or selected) claim, its stored annotation and how it was anchored. */
export interface ClaimRow {
  view: ClaimView;
  annotation?: Annotation;
  anchor?: AnchorView;
  verdict: Verdict;
  dismissed: boolean;
  /** The words under a verdict changed since it was given, and the user has not confirmed it since. */
  needsRecheck: boolean;
}

/**
 * Joins the page's claims (reading order, as the tab lists them) with the
 * stored annotations (live from the database). A claim annotated in this
 * session has no annotationId in the tab's last listing yet: it is found by
 * its place.
 */
export function buildRows(claims: ClaimView[], stored: Annotation[], anchors: AnchorView[]): ClaimRow[] {
  const byId = new Map(stored.map((a) => [a.id, a]));
  const byPlace = new Map(stored.map((a) => [placeKey(a.target.position.start, a.target.quote.exact), a]));
  const anchorById = new Map(anchors.map((a) => [a.annotationId, a]));
  return claims.map((view) => {
    const annotation = (view.annotationId ? byId.get(view.annotationId) : undefined) ?? byPlace.get(placeKey(view.target.position.start, view.target.quote.exact));
    const anchor = annotation ? anchorById.get(annotation.id) : undefined;
    const state = anchor?.state ?? view.anchorState;
    return {
      view,
      annotation,
      anchor,
      verdict: annotation?.verdict ?? view.verdict ?? 'unreviewed',
      dismissed: annotation ? annotation.dismissed : view.dismissed === true,
      // Confirming ("Still holds") or editing the review stores the current words as the target.
      needsRecheck: state === 'changed' && annotation !== undefined && annotation.target.quote.exact !== view.target.quote.exact,
    };
  });
}

/** Stored annotations of the page that the tab could not place: listed with their stored quote. */
export function orphans(stored: Annotation[], anchors: AnchorView[], orphanIds: string[]): Annotation[] {
  const ids = new Set([...orphanIds, ...anchors.filter((a) => a.state === 'orphan').map((a) => a.annotationId)]);
  return stored.filter((a) => ids.has(a.id));
}

const placeKey = (start: number, exact: string) => `${start}:${exact}`;

export interface ClaimFilter {
  /** Words that must all appear in the claim, its sentence, speaker, note or tags. */
  text: string;
  kinds: ClaimKind[];
  verdict: Verdict | 'any';
  annotated: 'any' | 'yes' | 'no';
  /** Only passages the user selected by hand. */
  mine: boolean;
  showDismissed: boolean;
}

export const ALL_KINDS: ClaimKind[] = ['quantity', 'attribution', 'passage'];
export const NO_FILTER: ClaimFilter = { text: '', kinds: ALL_KINDS, verdict: 'any', annotated: 'any', mine: false, showDismissed: false };

export function isFiltering(filter: ClaimFilter): boolean {
  return JSON.stringify(filter) !== JSON.stringify(NO_FILTER);
}

export function filterRows(rows: ClaimRow[], filter: ClaimFilter): ClaimRow[] {
  const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (filter.showDismissed || !row.dismissed) &&
      filter.kinds.includes(row.view.claim.type) &&
      (!filter.mine || row.view.claim.type === 'passage') &&
      (filter.verdict === 'any' || row.verdict === filter.verdict) &&
      (filter.annotated === 'any' || (filter.annotated === 'yes') === isAnnotated(row)) &&
      (words.length === 0 || words.every((w) => searchText(row).includes(w))),
  );
}

/** Annotated = the user recorded something: a verdict, a note, a link or a tag (a dismissal is not a review). */
function isAnnotated(row: ClaimRow): boolean {
  const a = row.annotation;
  if (!a) return row.verdict !== 'unreviewed';
  return a.verdict !== 'unreviewed' || a.note !== '' || a.evidence.length > 0 || a.tags.length > 0;
}

function searchText(row: ClaimRow): string {
  const claim = row.annotation?.claim ?? row.view.claim;
  const speaker = claim.type === 'attribution' ? `${claim.source?.text ?? ''} ${claim.resolved ?? ''}` : '';
  const a = row.annotation;
  return [row.view.claim.text, row.view.sentence, speaker, a?.note ?? '', a?.tags.join(' ') ?? ''].join(' ').toLowerCase();
}
