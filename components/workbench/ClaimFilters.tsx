import { VERDICTS, type Verdict } from '../../utils/model/annotation';
import type { ClaimKind } from '../../utils/model/claim';
import { VERDICT_LABELS } from './labels';

const FILTER_KIND_LABELS: Record<ClaimKind, string> = { quantity: 'Quantities', attribution: 'Attributions', passage: 'Passages' };
import { ALL_KINDS, NO_FILTER, isFiltering, type ClaimFilter } from './rows';

interface Props {
  filter: ClaimFilter;
  onChange(filter: ClaimFilter): void;
  shown: number;
  total: number;
  /** Listed claims of each kind (dismissed ones not counted). */
  perKind: Record<ClaimKind, number>;
}

/** Search and filters for this page's list. */
export function ClaimFilters({ filter, onChange, shown, total, perKind }: Props) {
  const set = (patch: Partial<ClaimFilter>) => onChange({ ...filter, ...patch });
  const toggleKind = (kind: ClaimKind, on: boolean) => set({ kinds: on ? ALL_KINDS.filter((k) => k === kind || filter.kinds.includes(k)) : filter.kinds.filter((k) => k !== kind) });
  return (
    <section className="claim-filters" aria-label="Search and filter this page">
      <input type="search" aria-label="Search this page’s claims" placeholder="Search this page: words, speaker, note, tag" value={filter.text} onChange={(e) => set({ text: e.target.value })} />
      <fieldset className="kinds">
        <legend>Show</legend>
        {ALL_KINDS.map((kind) => (
          <label key={kind} className={`kind-toggle ${kind}`}>
            <input type="checkbox" checked={filter.kinds.includes(kind)} onChange={(e) => toggleKind(kind, e.target.checked)} /> {FILTER_KIND_LABELS[kind]} ({perKind[kind]})
          </label>
        ))}
      </fieldset>
      <div className="filter-row">
        <select aria-label="Verdict" value={filter.verdict} onChange={(e) => set({ verdict: e.target.value as Verdict | 'any' })}>
          <option value="any">Any verdict</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_LABELS[v]}
            </option>
          ))}
        </select>
        <select aria-label="Annotated" value={filter.annotated} onChange={(e) => set({ annotated: e.target.value as ClaimFilter['annotated'] })}>
          <option value="any">Annotated or not</option>
          <option value="yes">Annotated</option>
          <option value="no">Not yet annotated</option>
        </select>
        <label>
          <input type="checkbox" checked={filter.mine} onChange={(e) => set({ mine: e.target.checked })} /> Mine (selected by hand)
        </label>
        <label>
          <input type="checkbox" checked={filter.showDismissed} onChange={(e) => set({ showDismissed: e.target.checked })} /> Show dismissed
        </label>
      </div>
      <p className="filter-count" role="status">
        {isFiltering(filter) ? `${shown} of ${total} claims match` : `${total} claims`}
        {isFiltering(filter) && (
          <button type="button" className="link" onClick={() => onChange(NO_FILTER)}>
            Clear filters
          </button>
        )}
      </p>
    </section>
  );
}
