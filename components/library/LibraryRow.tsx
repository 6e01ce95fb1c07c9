import { memo } from 'react';
import { VERDICTS, type Annotation, type Verdict } from '../../utils/model/annotation';
import type { LibraryEntry } from '../../utils/library/entry';
import { useT } from '../../utils/i18n/react';
import { useLibraryLabels } from './labels';

export interface RowActions {
  onToggle(id: string): void;
  onOpen(annotation: Annotation): void;
  onDelete(annotation: Annotation): void;
  onVerdict(annotation: Annotation, verdict: Verdict): void;
}

/** One annotation: the claim, its sentence, the review, where it is and where it stood when its page was last read. */
export const LibraryRow = memo(function LibraryRow({ entry, selected, actions }: { entry: LibraryEntry; selected: boolean; actions: RowActions }) {
  const a = entry.annotation;
  const { t } = useT();
  const labels = useLibraryLabels();
  const quote = a.claim.text || a.target.quote.exact;
  const speaker = a.claim.type === 'attribution' ? a.claim.source?.text : undefined;
  return (
    <article className={`library-row state-${entry.state}${selected ? ' selected' : ''}`} aria-label={quote}>
      <input type="checkbox" className="row-select" checked={selected} onChange={() => actions.onToggle(a.id)} aria-label={t('row.select', { quote })} />
      <div className="row-body">
        <div className="row-head">
          <q className="row-quote">{quote}</q>
          <span className={`kind-chip ${a.claim.type}`}>{labels.kinds[a.claim.type]}</span>
          {entry.state !== 'exact' && <span className={`state-chip ${entry.state}`}>{labels.states[entry.state]}</span>}
          {a.dismissed && <span className="state-chip dismissed">{t('claim.notAClaim')}</span>}
          <select className={`verdict-select ${a.verdict}`} value={a.verdict} aria-label={t('row.verdictFor', { quote })} onChange={(e) => actions.onVerdict(a, e.target.value as Verdict)}>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {labels.verdicts[v]}
              </option>
            ))}
          </select>
        </div>
        {entry.state === 'changed' && a.lastAnchor?.text && (
          <p className="row-changed">
            {t('row.nowSays')} <q>{a.lastAnchor.text}</q>
          </p>
        )}
        {a.sentence && <p className="row-sentence">{a.sentence}</p>}
        {speaker && <p className="row-speaker">{t('row.speaker', { speaker })}</p>}
        {a.note && (
          <p className="row-note">
            <span className="label">{t('row.note')}</span> {a.note}
          </p>
        )}
        {(a.tags.length > 0 || a.evidence.length > 0) && (
          <p className="row-tags">
            {a.tags.map((name) => (
              <span key={name} className="tag">
                {name}
              </span>
            ))}
            {a.evidence.length > 0 && <span className="evidence-count">{t('row.evidence', { count: a.evidence.length })}</span>}
          </p>
        )}
        <p className="row-meta">
          <span className="site">{entry.site}</span> · <span className="page-title">{a.page.title || a.page.url}</span> · {t('row.updated', { date: labels.date(a.updatedAt) })} · {t('row.created', { date: labels.date(a.createdAt) })}
        </p>
      </div>
      <div className="row-actions">
        <button type="button" onClick={() => actions.onOpen(a)} aria-label={t('row.openLabel', { quote })}>
          {t('row.open')}
        </button>
        <button type="button" className="danger" onClick={() => actions.onDelete(a)} aria-label={t('row.deleteLabel', { quote })}>
          {t('orphans.delete')}
        </button>
      </div>
    </article>
  );
});
