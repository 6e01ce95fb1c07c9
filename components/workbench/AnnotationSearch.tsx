import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { allTags, findAnnotations } from '../../utils/db';
import { VERDICTS, type Annotation, type Verdict } from '../../utils/model/annotation';
import { VERDICT_LABELS } from './labels';
import { removeAnnotation } from './annotation-actions';
import { useWorkbenchDeps } from './deps';
import { useOfferUndo } from './undo';

/** Find any annotation later: words, verdict and tag, newest first, across all pages. */
export function AnnotationSearch({ tabId }: { tabId: number | null }) {
  const deps = useWorkbenchDeps();
  const { db } = deps;
  const offerUndo = useOfferUndo();
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string | null>(null);
  const remove = async (a: Annotation) => {
    try {
      offerUndo(`Deleted the annotation of “${a.claim.text}”.`, await removeAnnotation(deps, tabId, a));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const tags = useLiveQuery(() => allTags(db).catch(() => [] as string[]), [db], []);
  const results = useLiveQuery(
    () =>
      findAnnotations(db, { text, verdict: verdict || undefined, tag: tag || undefined, limit: 200 }).then(
        (rows) => (setError(null), rows),
        (e: Error) => (setError(e.message), []),
      ),
    [db, text, verdict, tag],
  );

  return (
    <section className="search" aria-label="All annotations">
      <div className="filters">
        <input type="search" aria-label="Search annotations" placeholder="Search claims, notes, pages…" value={text} onChange={(e) => setText(e.target.value)} />
        <select aria-label="Filter by verdict" value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict | '')}>
          <option value="">Any verdict</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_LABELS[v]}
            </option>
          ))}
        </select>
        <select aria-label="Filter by tag" value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">Any tag</option>
          {tags.map((t) => (
            <option key={t} value={t}>
              {t}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
      {results === undefined ? (
        <p>Loading…</p>
      ) : results.length === 0 ? (
        <p className="empty">No annotations match.</p>
      ) : (
        <ul className="results">
          {results.map((a) => (
            <li key={a.id}>
              <strong>{a.claim.text}</strong> <span className={`verdict-badge ${a.verdict}`}>{VERDICT_LABELS[a.verdict]}</span>
              <div className="result-page">
                <a href={a.page.canonicalUrl ?? a.page.url} target="_blank" rel="noreferrer noopener">
                  {a.page.title || a.page.url}
                </a>
              </div>
              {a.note && <p className="note">{a.note}</p>}
              {a.tags.length > 0 && <p className="tags">{a.tags.join(', ')}</p>}
              <button type="button" className="danger" onClick={() => void remove(a)} aria-label={`Delete annotation: ${a.claim.text} (${a.page.title || a.page.url})`}>
                Delete
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
