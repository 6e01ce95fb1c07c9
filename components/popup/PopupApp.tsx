import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { annotationsForPage } from '../../utils/db';
import type { Annotation } from '../../utils/model/annotation';
import type { ClaimView, PageClaims } from '../../utils/messaging';
import { AnnotationSearch } from './AnnotationSearch';
import { ClaimList } from './ClaimList';
import { usePopupDeps } from './deps';
import { ExportBar } from './ExportBar';

type Load = { state: 'loading' } | { state: 'ready'; data: PageClaims } | { state: 'unavailable'; reason: string };

export function PopupApp() {
  const deps = usePopupDeps();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [view, setView] = useState<'page' | 'all'>('page');

  const refresh = useCallback(async () => {
    if (deps.tabId === null) return setLoad({ state: 'unavailable', reason: 'No tab to read.' });
    try {
      setLoad({ state: 'ready', data: await deps.listClaims(deps.tabId) });
    } catch {
      setLoad({ state: 'unavailable', reason: 'Claimlens cannot read this tab. It works on web pages (http/https); reload the page if it was open before Claimlens was installed.' });
    }
  }, [deps]);
  useEffect(() => void refresh(), [refresh]);

  const page = load.state === 'ready' ? load.data.page : null;
  const [storageError, setStorageError] = useState<string | null>(null);
  const stored = useLiveQuery(
    () =>
      page
        ? annotationsForPage(deps.db, page.url, page.canonicalUrl).then(
            (rows) => (setStorageError(null), rows),
            (error: Error) => (setStorageError(error.message), [] as Annotation[]),
          )
        : Promise.resolve([] as Annotation[]),
    [deps.db, page?.url, page?.canonicalUrl],
  );
  const storedById = useMemo(() => new Map((stored ?? []).map((a) => [a.id, a])), [stored]);

  // A claim annotated in this popup session has no annotationId in the scan yet; find it by its place.
  const claims = useMemo<ClaimView[]>(() => {
    if (load.state !== 'ready') return [];
    const byPlace = new Map((stored ?? []).map((a) => [placeKey(a.target.position.start, a.target.quote.exact), a.id]));
    return load.data.claims.map((v) => (v.annotationId ? v : { ...v, annotationId: byPlace.get(placeKey(v.target.position.start, v.target.quote.exact)) }));
  }, [load, stored]);

  const site = page ? new URL(page.url).hostname : null;
  const toggleSite = async (enabled: boolean) => {
    if (!site || load.state !== 'ready') return;
    setLoad({ state: 'ready', data: { ...load.data, scanning: enabled } });
    await deps.setSiteEnabled(site, enabled);
    // The content script rescans on the change; give it a moment, then list again.
    setTimeout(() => void refresh(), 300);
  };

  return (
    <main className="popup">
      <header>
        <h1>Claimlens</h1>
        <nav role="tablist">
          <button role="tab" aria-selected={view === 'page'} onClick={() => setView('page')}>
            This page
          </button>
          <button role="tab" aria-selected={view === 'all'} onClick={() => setView('all')}>
            All annotations
          </button>
        </nav>
        {deps.openInTab && deps.tabId !== null && (
          <button type="button" className="open-tab" onClick={() => deps.openInTab!(deps.tabId!)}>
            Open in a tab
          </button>
        )}
      </header>

      {storageError && (
        <p className="message error" role="alert">
          {storageError}
        </p>
      )}
      {view === 'all' ? (
        <AnnotationSearch />
      ) : load.state === 'loading' ? (
        <p>Reading the page…</p>
      ) : load.state === 'unavailable' ? (
        <p className="unavailable">{load.reason}</p>
      ) : (
        <>
          <div className="page-info">
            <p className="page-title">{load.data.page.title}</p>
            <label>
              <input type="checkbox" checked={load.data.scanning} onChange={(e) => void toggleSite(e.target.checked)} /> Scan {site}
            </label>
            <p className="summary" data-scan-ms={load.data.scanMs}>
              {claims.length} claims · {(stored ?? []).length} annotated · scanned in {load.data.scanMs} ms
            </p>
          </div>
          {load.data.scanning ? (
            <ClaimList claims={claims} page={load.data.page} annotations={storedById} onFocus={(key) => void deps.focusClaim(deps.tabId!, key)} />
          ) : (
            <p className="empty">Scanning is off for this site.</p>
          )}
          {load.data.orphanIds.length > 0 && (
            <p className="orphans" role="note">
              {load.data.orphanIds.length} annotation(s) of this page no longer match its text; they are kept and listed under “All annotations”.
            </p>
          )}
        </>
      )}
      <ExportBar pageUrl={page?.url ?? null} pageAnnotations={stored ?? []} />
    </main>
  );
}

const placeKey = (start: number, exact: string) => `${start}:${exact}`;
