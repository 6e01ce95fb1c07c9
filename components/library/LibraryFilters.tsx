import { ANCHOR_STATES, VERDICTS, type Verdict } from '../../utils/model/annotation';
import type { ClaimKind } from '../../utils/model/claim';
import type { LibraryState } from '../../utils/library/entry';
import { EMPTY_FILTER, isFiltered, SORTS, type LibraryFilter, type LibrarySort } from '../../utils/library/query';
import { KIND_LABELS, SORT_LABELS, STATE_LABELS, VERDICT_LABELS } from './labels';

const KINDS: ClaimKind[] = ['quantity', 'attribution', 'passage'];
const STATES: LibraryState[] = [...ANCHOR_STATES, 'unchecked'];

/** Search, the filter menus, the date range and the sort; every control labelled for screen readers and the keyboard. */
export function LibraryFilters({ filter, onChange, tags, sites }: { filter: LibraryFilter; onChange(next: LibraryFilter): void; tags: string[]; sites: string[] }) {
  const set = <K extends keyof LibraryFilter>(key: K, value: LibraryFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <section className="library-filters" aria-label="Search and filters">
      <input
        type="search"
        className="library-search"
        aria-label="Search annotations"
        placeholder="Search claims, sentences, notes, speakers, evidence, tags…"
        value={filter.text}
        onChange={(e) => set('text', e.target.value)}
      />
      <div className="filter-row">
        <label>
          Verdict
          <select aria-label="Verdict" value={filter.verdict} onChange={(e) => set('verdict', e.target.value as Verdict | '')}>
            <option value="">Any</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {VERDICT_LABELS[v]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Tag
          <select aria-label="Tag" value={filter.tag} onChange={(e) => set('tag', e.target.value)}>
            <option value="">Any</option>
            {tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label>
          Site
          <select aria-label="Site" value={filter.site} onChange={(e) => set('site', e.target.value)}>
            <option value="">Any</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Kind
          <select aria-label="Kind" value={filter.kind} onChange={(e) => set('kind', e.target.value as ClaimKind | '')}>
            <option value="">Any</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {KIND_LABELS[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          In the page
          <select aria-label="In the page" value={filter.state} onChange={(e) => set('state', e.target.value as LibraryState | '')}>
            <option value="">Any state</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {STATE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Updated from
          <input type="date" aria-label="Updated from" value={filter.from} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          to
          <input type="date" aria-label="Updated to" value={filter.to} onChange={(e) => set('to', e.target.value)} />
        </label>
        <label>
          Sort
          <select aria-label="Sort" value={filter.sort} onChange={(e) => set('sort', e.target.value as LibrarySort)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        {isFiltered(filter) && (
          <button type="button" className="link" onClick={() => onChange({ ...EMPTY_FILTER, sort: filter.sort })}>
            Clear filters
          </button>
        )}
      </div>
    </section>
  );
}
