import type { LibraryState } from '../../utils/library/entry';
import type { LibrarySort } from '../../utils/library/query';

export { KIND_LABELS, VERDICT_LABELS } from '../../utils/model/labels';

export const STATE_LABELS: Record<LibraryState, string> = {
  exact: 'Found as saved',
  moved: 'Moved in the page',
  changed: 'Changed: re-check',
  orphan: 'Orphan: passage gone',
  unchecked: 'Not checked yet',
};

export const SORT_LABELS: Record<LibrarySort, string> = {
  updated: 'Recently updated',
  created: 'Recently created',
  site: 'Site',
  verdict: 'Verdict',
};

const numberFormat = new Intl.NumberFormat('en');
export const formatCount = (n: number) => numberFormat.format(n);

export function formatDate(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
