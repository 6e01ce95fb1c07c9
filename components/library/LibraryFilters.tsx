import { ANCHOR_STATES, VERDICTS, type Verdict } from '../../utils/model/annotation';
import type { ClaimKind } from '../../utils/model/claim';
import type { LibraryState } from '../../utils/library/entry';
import { EMPTY_FILTER, isFiltered, SORTS, type LibraryFilter, type LibrarySort } from '../../utils/library/query';
import { useT } from '../../utils/i18n/react';
import { useLibraryLabels } from './labels';

const KINDS: ClaimKind[] = ['quantity', 'attribution', 'passage'];
const STATES: LibraryState[] = [...ANCHOR_STATES, 'unchecked'];

/** Search, the filter menus, the date range and the sort; every control labelled for screen readers and the keyboard. */
export function LibraryFilters({ filter, onChange, tags, sites }: { filter: LibraryFilter; onChange(next: LibraryFilter): void; tags: string[]; sites: string[] }) {
  const { t } = useT();
  const labels = useLibraryLabels();
  const set = <K extends keyof LibraryFilter>(key: K, value: LibraryFilter[K]) => onChange({ ...filter, [key]: value });
  return (
    <section className="library-filters" aria-label={t('library.filters')}>
      <input
        type="search"
        className="library-search"
        aria-label={t('search.input')}
        placeholder={t('library.searchPlaceholder')}
        value={filter.text}
        onChange={(e) => set('text', e.target.value)}
      />
      <div className="filter-row">
        <label>
          {t('library.verdict')}
          <select aria-label={t('library.verdict')} value={filter.verdict} onChange={(e) => set('verdict', e.target.value as Verdict | '')}>
            <option value="">{t('library.any')}</option>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {labels.verdicts[v]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('library.tag')}
          <select aria-label={t('library.tag')} value={filter.tag} onChange={(e) => set('tag', e.target.value)}>
            <option value="">{t('library.any')}</option>
            {tags.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('library.site')}
          <select aria-label={t('library.site')} value={filter.site} onChange={(e) => set('site', e.target.value)}>
            <option value="">{t('library.any')}</option>
            {sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('library.kind')}
          <select aria-label={t('library.kind')} value={filter.kind} onChange={(e) => set('kind', e.target.value as ClaimKind | '')}>
            <option value="">{t('library.any')}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {labels.kinds[k]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('library.inPage')}
          <select aria-label={t('library.inPage')} value={filter.state} onChange={(e) => set('state', e.target.value as LibraryState | '')}>
            <option value="">{t('library.anyState')}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {labels.states[s]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('library.updatedFrom')}
          <input type="date" aria-label={t('library.updatedFrom')} value={filter.from} onChange={(e) => set('from', e.target.value)} />
        </label>
        <label>
          {t('library.to')}
          <input type="date" aria-label={t('library.updatedTo')} value={filter.to} onChange={(e) => set('to', e.target.value)} />
        </label>
        <label>
          {t('library.sort')}
          <select aria-label={t('library.sort')} value={filter.sort} onChange={(e) => set('sort', e.target.value as LibrarySort)}>
            {SORTS.map((s) => (
              <option key={s} value={s}>
                {labels.sorts[s]}
              </option>
            ))}
          </select>
        </label>
        {isFiltered(filter) && (
          <button type="button" className="link" onClick={() => onChange({ ...EMPTY_FILTER, sort: filter.sort })}>
            {t('filter.clear')}
          </button>
        )}
      </div>
    </section>
  );
}
