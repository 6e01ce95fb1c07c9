import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { allTags, findAnnotations } from '../../utils/db';
import { VERDICTS, type Annotation, type Verdict } from '../../utils/model/annotation';
import { VERDICT_LABELS } from './labels';
import { removeAnnotation } from './annotation-actions';
import { useWorkbenchDeps } from './deps';
import { useOfferUndo } from './undo';

/** How many results the panel lists; the library page lists every one. */
export const PANEL_RESULTS = 200;

/**
 * A quick look-up across pages for the panel: words, verdict and tag, the
 * newest 200. Everything else (every annotation, sentence, dates, anchor
 * states, more filters, bulk actions, import) is in the library page.
 */
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
      findAnnotations(db, { text, verdict: verdict || undefined, tag: tag || undefined, limit: PANEL_RESULTS + 1 }).then(
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
      <p className="library-link">
        <a href="/library.html" target="_blank" rel="noopener">
          Open the library
        </a>{' '}
        for every annotation with its sentence, dates and state in the page, more filters, bulk export, tagging and import.
      </p>
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
        <>
        {results.length > PANEL_RESULTS && (
          <p className="capped" role="status">
            The newest {PANEL_RESULTS} matches are listed; the library lists them all.
          </p>
        )}
        <ul className="results">
          {results.slice(0, PANEL_RESULTS).map((a) => (
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
        </>
      )}
    </section>
  );
}
