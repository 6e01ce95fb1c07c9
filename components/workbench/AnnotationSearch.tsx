import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { allTags, findAnnotations } from '../../utils/db';
import { VERDICTS, type Annotation, type Verdict } from '../../utils/model/annotation';
import { useT } from '../../utils/i18n/react';
import { useLabels } from './labels';
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
  const { t } = useT();
  const labels = useLabels();
  const offerUndo = useOfferUndo();
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict | ''>('');
  const [tag, setTag] = useState('');
  const [error, setError] = useState<string | null>(null);
  const remove = async (a: Annotation) => {
    try {
      offerUndo(t('page.deleted', { label: a.claim.text }), await removeAnnotation(deps, tabId, a));
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
    <section className="search" aria-label={t('search.label')}>
      <div className="filters">
        <input type="search" aria-label={t('search.input')} placeholder={t('search.placeholder')} value={text} onChange={(e) => setText(e.target.value)} />
        <select aria-label={t('search.byVerdict')} value={verdict} onChange={(e) => setVerdict(e.target.value as Verdict | '')}>
          <option value="">{t('filter.anyVerdict')}</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {labels.verdicts[v]}
            </option>
          ))}
        </select>
        <select aria-label={t('search.byTag')} value={tag} onChange={(e) => setTag(e.target.value)}>
          <option value="">{t('search.anyTag')}</option>
          {tags.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <p className="library-link">
        <a href="/library.html" target="_blank" rel="noopener">
          {t('search.openLibrary')}
        </a>{' '}
        {t('search.libraryHint')}
      </p>
      {error && (
        <p className="message error" role="alert">
          {error}
        </p>
      )}
      {results === undefined ? (
        <p>{t('search.loading')}</p>
      ) : results.length === 0 ? (
        <p className="empty">{t('search.noMatch')}</p>
      ) : (
        <>
        {results.length > PANEL_RESULTS && (
          <p className="capped" role="status">
            {t('search.capped', { count: PANEL_RESULTS })}
          </p>
        )}
        <ul className="results">
          {results.slice(0, PANEL_RESULTS).map((a) => (
            <li key={a.id}>
              <strong>{a.claim.text}</strong> <span className={`verdict-badge ${a.verdict}`}>{labels.verdicts[a.verdict]}</span>
              <div className="result-page">
                <a href={a.page.canonicalUrl ?? a.page.url} target="_blank" rel="noreferrer noopener">
                  {a.page.title || a.page.url}
                </a>
              </div>
              {a.note && <p className="note">{a.note}</p>}
              {a.tags.length > 0 && <p className="tags">{a.tags.join(', ')}</p>}
              <button type="button" className="danger" onClick={() => void remove(a)} aria-label={t('search.deleteLabel', { text: a.claim.text, page: a.page.title || a.page.url })}>
                {t('orphans.delete')}
              </button>
            </li>
          ))}
        </ul>
        </>
      )}
    </section>
  );
}
