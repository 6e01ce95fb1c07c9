import { VERDICTS, type Annotation, type Verdict } from '../../utils/model/annotation';
import type { LibraryEntry } from '../../utils/library/entry';
import { formatDate, KIND_LABELS, STATE_LABELS, VERDICT_LABELS } from './labels';

export interface RowActions {
  onToggle(id: string): void;
  onOpen(annotation: Annotation): void;
  onDelete(annotation: Annotation): void;
  onVerdict(annotation: Annotation, verdict: Verdict): void;
}

/** One annotation: the claim, its sentence, the review, where it is and where it stood when its page was last read. */
export function LibraryRow({ entry, selected, actions }: { entry: LibraryEntry; selected: boolean; actions: RowActions }) {
  const a = entry.annotation;
  const quote = a.claim.text || a.target.quote.exact;
  const speaker = a.claim.type === 'attribution' ? a.claim.source?.text : undefined;
  return (
    <article className={`library-row state-${entry.state}${selected ? ' selected' : ''}`} aria-label={quote}>
      <input type="checkbox" className="row-select" checked={selected} onChange={() => actions.onToggle(a.id)} aria-label={`Select “${quote}”`} />
      <div className="row-body">
        <div className="row-head">
          <q className="row-quote">{quote}</q>
          <span className={`kind-chip ${a.claim.type}`}>{KIND_LABELS[a.claim.type]}</span>
          {entry.state !== 'exact' && <span className={`state-chip ${entry.state}`}>{STATE_LABELS[entry.state]}</span>}
          {a.dismissed && <span className="state-chip dismissed">Not a claim</span>}
          <select className={`verdict-select ${a.verdict}`} value={a.verdict} aria-label={`Verdict for “${quote}”`} onChange={(e) => actions.onVerdict(a, e.target.value as Verdict)}>
            {VERDICTS.map((v) => (
              <option key={v} value={v}>
                {VERDICT_LABELS[v]}
              </option>
            ))}
          </select>
        </div>
        {entry.state === 'changed' && a.lastAnchor?.text && (
          <p className="row-changed">
            The page now says: <q>{a.lastAnchor.text}</q>
          </p>
        )}
        {a.sentence && <p className="row-sentence">{a.sentence}</p>}
        {speaker && <p className="row-speaker">Speaker: {speaker}</p>}
        {a.note && (
          <p className="row-note">
            <span className="label">Note:</span> {a.note}
          </p>
        )}
        {(a.tags.length > 0 || a.evidence.length > 0) && (
          <p className="row-tags">
            {a.tags.map((t) => (
              <span key={t} className="tag">
                {t}
              </span>
            ))}
            {a.evidence.length > 0 && <span className="evidence-count">{a.evidence.length === 1 ? '1 evidence link' : `${a.evidence.length} evidence links`}</span>}
          </p>
        )}
        <p className="row-meta">
          <span className="site">{entry.site}</span> · <span className="page-title">{a.page.title || a.page.url}</span> · updated {formatDate(a.updatedAt)} · created {formatDate(a.createdAt)}
        </p>
      </div>
      <div className="row-actions">
        <button type="button" onClick={() => actions.onOpen(a)} aria-label={`Open at claim “${quote}”`}>
          Open at claim
        </button>
        <button type="button" className="danger" onClick={() => actions.onDelete(a)} aria-label={`Delete “${quote}”`}>
          Delete
        </button>
      </div>
    </article>
  );
}
