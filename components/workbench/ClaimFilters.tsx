import { VERDICTS, type Verdict } from '../../utils/model/annotation';
import type { ClaimKind } from '../../utils/model/claim';
import { useT } from '../../utils/i18n/react';
import { useLabels } from './labels';
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
  const { t } = useT();
  const labels = useLabels();
  const set = (patch: Partial<ClaimFilter>) => onChange({ ...filter, ...patch });
  const toggleKind = (kind: ClaimKind, on: boolean) => set({ kinds: on ? ALL_KINDS.filter((k) => k === kind || filter.kinds.includes(k)) : filter.kinds.filter((k) => k !== kind) });
  return (
    <section className="claim-filters" aria-label={t('filter.label')}>
      <input type="search" aria-label={t('filter.searchLabel')} placeholder={t('filter.searchPlaceholder')} value={filter.text} onChange={(e) => set({ text: e.target.value })} />
      <fieldset className="kinds">
        <legend>{t('filter.show')}</legend>
        {ALL_KINDS.map((kind) => (
          <label key={kind} className={`kind-toggle ${kind}`}>
            <input type="checkbox" checked={filter.kinds.includes(kind)} onChange={(e) => toggleKind(kind, e.target.checked)} /> {t(`kinds.${kind}`)} ({perKind[kind]})
          </label>
        ))}
      </fieldset>
      <div className="filter-row">
        <select aria-label={t('filter.verdict')} value={filter.verdict} onChange={(e) => set({ verdict: e.target.value as Verdict | 'any' })}>
          <option value="any">{t('filter.anyVerdict')}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {labels.verdicts[v]}
            </option>
          ))}
        </select>
        <select aria-label={t('filter.annotated')} value={filter.annotated} onChange={(e) => set({ annotated: e.target.value as ClaimFilter['annotated'] })}>
          <option value="any">{t('filter.annotatedAny')}</option>
          <option value="yes">{t('filter.annotatedYes')}</option>
          <option value="no">{t('filter.annotatedNo')}</option>
        </select>
        <label>
          <input type="checkbox" checked={filter.mine} onChange={(e) => set({ mine: e.target.checked })} /> {t('filter.mine')}
        </label>
        <label>
          <input type="checkbox" checked={filter.showDismissed} onChange={(e) => set({ showDismissed: e.target.checked })} /> {t('filter.showDismissed')}
        </label>
      </div>
      <p className="filter-count" role="status">
        {isFiltering(filter) ? t('filter.matching', { shown, count: total }) : t('page.claimCount', { count: total })}
        {isFiltering(filter) && (
          <button type="button" className="link" onClick={() => onChange(NO_FILTER)}>
            {t('filter.clear')}
          </button>
        )}
      </p>
    </section>
  );
}
