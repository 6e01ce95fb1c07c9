import { useState } from 'react';
import type { Annotation } from '../../utils/model/annotation';
import { useT } from '../../utils/i18n/react';
import { useLabels } from './labels';

interface Props {
  orphans: Annotation[];
  onReattach(annotation: Annotation): Promise<'reattached' | 'no-selection'>;
  onDelete(annotation: Annotation): void;
}

/** Annotations whose passage is no longer in the page: kept, shown with their stored quote, re-attachable or deletable. */
export function OrphanList({ orphans, onReattach, onDelete }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  const { t } = useT();
  const labels = useLabels();
  if (orphans.length === 0) return null;
  const reattach = async (a: Annotation) => {
    try {
      const outcome = await onReattach(a);
      setMessage(outcome === 'reattached' ? t('orphans.reattached', { text: short(a.target.quote.exact) }) : t('orphans.selectFirst'));
    } catch (error) {
      setMessage(t('orphans.reattachFailed', { error: (error as Error).message }));
    }
  };
  return (
    <section className="orphans" aria-labelledby="orphans-title">
      <h2 id="orphans-title">{t('orphans.title', { count: orphans.length })}</h2>
      <p className="hint">{t('orphans.hint')}</p>
      <ul>
        {orphans.map((a) => (
          <li key={a.id} className="orphan">
            <blockquote>{a.target.quote.exact}</blockquote>
            {a.verdict !== 'unreviewed' && <span className={`verdict-badge ${a.verdict}`}>{labels.verdicts[a.verdict]}</span>}
            {a.note && <p className="note">{a.note}</p>}
            <div className="orphan-actions">
              <button type="button" onClick={() => void reattach(a)} aria-label={t('orphans.reattachLabel', { text: short(a.target.quote.exact) })}>
                {t('orphans.reattach')}
              </button>
              <button type="button" className="danger" onClick={() => onDelete(a)} aria-label={t('orphans.deleteLabel', { text: short(a.target.quote.exact) })}>
                {t('orphans.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {message && (
        <p className="message" role="status">
          {message}
        </p>
      )}
    </section>
  );
}

const short = (text: string) => (text.length > 50 ? `${text.slice(0, 47)}…` : text);
