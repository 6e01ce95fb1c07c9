import { useState } from 'react';
import type { Annotation } from '../../utils/model/annotation';
import { VERDICT_LABELS } from './labels';

interface Props {
  orphans: Annotation[];
  onReattach(annotation: Annotation): Promise<'reattached' | 'no-selection'>;
  onDelete(annotation: Annotation): void;
}

/** Annotations whose passage is no longer in the page: kept, shown with their stored quote, re-attachable or deletable. */
export function OrphanList({ orphans, onReattach, onDelete }: Props) {
  const [message, setMessage] = useState<string | null>(null);
  if (orphans.length === 0) return null;
  const reattach = async (a: Annotation) => {
    try {
      const outcome = await onReattach(a);
      setMessage(outcome === 'reattached' ? `Re-attached “${short(a.target.quote.exact)}” to your selection.` : 'Select the passage in the page first, then press Re-attach.');
    } catch (error) {
      setMessage(`Could not re-attach: ${(error as Error).message}`);
    }
  };
  return (
    <section className="orphans" aria-labelledby="orphans-title">
      <h2 id="orphans-title">No longer in the page ({orphans.length})</h2>
      <p className="hint">The page’s text changed and these passages were not found. Select the passage in the page and re-attach, or delete.</p>
      <ul>
        {orphans.map((a) => (
          <li key={a.id} className="orphan">
            <blockquote>{a.target.quote.exact}</blockquote>
            {a.verdict !== 'unreviewed' && <span className={`verdict-badge ${a.verdict}`}>{VERDICT_LABELS[a.verdict]}</span>}
            {a.note && <p className="note">{a.note}</p>}
            <div className="orphan-actions">
              <button type="button" onClick={() => void reattach(a)} aria-label={`Re-attach to selection: ${short(a.target.quote.exact)}`}>
                Re-attach to selection
              </button>
              <button type="button" className="danger" onClick={() => onDelete(a)} aria-label={`Delete annotation: ${short(a.target.quote.exact)}`}>
                Delete
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
