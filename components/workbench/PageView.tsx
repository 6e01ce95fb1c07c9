import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { annotationsForPage } from '../../utils/db';
import { useT } from '../../utils/i18n/react';
import type { Annotation, Verdict } from '../../utils/model/annotation';
import type { ClaimKind } from '../../utils/model/claim';
import { dismissRow, reattachToSelection, removeAnnotation, restoreRow, setRowVerdict, confirmStillHolds } from './annotation-actions';
import { ClaimFilters } from './ClaimFilters';
import { ClaimList, type ListSelection } from './ClaimList';
import { claimLabel } from './ClaimItem';
import { useWorkbenchDeps } from './deps';
import { OrphanList } from './OrphanList';
import { buildRows, filterRows, NO_FILTER, orphans as findOrphans, type ClaimFilter, type ClaimRow } from './rows';
import { useOfferUndo } from './undo';
import { usePageClaims } from './usePageClaims';

export interface Activation {
  key: string;
  annotationId?: string;
  /** Bumped on every click on a mark, so clicking the same mark twice still shows it. */
  tick: number;
}

interface Props {
  tabId: number | null;
  /** Bumped when the tab's page changed (navigation, rescan): list it again. */
  changeTick: number;
  activation: Activation | null;
  onPageAnnotations(page: { url: string } | null, annotations: Annotation[]): void;
}

/** This page: its claims in reading order with search and filters, the editor, and annotations that lost their passage. */
export function PageView({ tabId, changeTick, activation, onPageAnnotations }: Props) {
  const deps = useWorkbenchDeps();
  const { t } = useT();
  const offerUndo = useOfferUndo();
  const { load, reload, loadMore, setScanning } = usePageClaims(tabId);
  const [filter, setFilter] = useState<ClaimFilter>(NO_FILTER);
  const [selection, setSelection] = useState<ListSelection>({ selectedKey: null, openKey: null, focusTick: 0, editorTakesFocus: false });
  const [actionError, setActionError] = useState<string | null>(null);

  useEffect(() => {
    if (changeTick > 0) void reload();
  }, [changeTick, reload]);
  useEffect(() => setSelection({ selectedKey: null, openKey: null, focusTick: 0, editorTakesFocus: false }), [tabId]);

  const data = load.state === 'ready' ? load.data : null;
  const page = data?.page ?? null;
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
  useEffect(() => onPageAnnotations(page, stored ?? []), [page, stored, onPageAnnotations]);

  const rows = useMemo(() => (data ? buildRows(data.claims, stored ?? [], data.anchors) : []), [data, stored]);
  const visible = useMemo(() => filterRows(rows, filter), [rows, filter]);
  const lost = useMemo(() => (data ? findOrphans(stored ?? [], data.anchors, data.orphanIds) : []), [data, stored]);

  // The user clicked a mark in the page: select that claim, bring it into view, open its editor.
  useEffect(() => {
    if (!activation) return;
    const row = rows.find((r) => r.view.key === activation.key) ?? rows.find((r) => activation.annotationId && r.annotation?.id === activation.annotationId);
    if (!row) return void reload();
    if (!filterRows([row], filter).length) setFilter(NO_FILTER);
    setSelection((s) => ({ selectedKey: row.view.key, openKey: row.view.key, focusTick: s.focusTick + 1, editorTakesFocus: true }));
  }, [activation?.tick, rows.length > 0]); // eslint-disable-line react-hooks/exhaustive-deps -- act once per click, when the rows are there

  // A panel opened by a click on a mark: the tab remembers that claim. Only the first listing of a tab counts:
  // later listings (after every save) must never move the selection or the focus while the user types.
  const firstListingOf = useRef<number | null>(null);
  useEffect(() => {
    if (!data || tabId === null || firstListingOf.current === tabId) return;
    firstListingOf.current = tabId;
    const key = data.activeKey;
    if (key && data.claims.some((v) => v.key === key)) setSelection((s) => ({ selectedKey: key, openKey: key, focusTick: s.focusTick + 1, editorTakesFocus: true }));
  }, [data, tabId]);

  const act = useCallback(async (run: () => Promise<unknown>) => {
    try {
      setActionError(null);
      await run();
    } catch (error) {
      setActionError((error as Error).message);
    }
  }, []);

  if (load.state === 'loading') return <p>{t('page.reading')}</p>;
  if (load.state === 'unavailable') return <p className="unavailable">{t(load.reason)}</p>;
  const { data: claims } = load;
  const site = new URL(claims.page.url).hostname;
  const annotatedCount = (stored ?? []).filter((a) => !a.dismissed).length;

  const toggleSite = async (enabled: boolean) => {
    setScanning(enabled);
    await deps.setSiteEnabled(site, enabled);
    // The content script rescans on the change (and says so with pageChanged); list again in case it cannot.
    setTimeout(() => void reload(), 300);
  };
  const select = (key: string, how: { focus: boolean; showInPage: boolean }) => {
    setSelection((s) => ({ ...s, selectedKey: key, focusTick: how.focus ? s.focusTick + 1 : s.focusTick }));
    if (how.showInPage && tabId !== null) void deps.focusClaim(tabId, key).catch(() => undefined);
  };
  const remove = (annotation: Annotation, label: string) =>
    act(async () => {
      const undo = await removeAnnotation(deps, tabId, annotation);
      setSelection((s) => ({ ...s, openKey: null }));
      offerUndo(t('page.deleted', { label }), undo);
    });
  const dismiss = (row: ClaimRow) =>
    act(async () => {
      const undo = await dismissRow(deps, tabId, row, claims.page);
      setSelection((s) => ({ ...s, openKey: null }));
      offerUndo(t('page.dismissed', { label: claimLabel(row.view, t) }), undo);
    });

  return (
    <>
      <div className="page-info">
        <p className="page-title">{claims.page.title}</p>
        <label>
          <input type="checkbox" checked={claims.scanning} onChange={(e) => void toggleSite(e.target.checked)} /> {t('page.scanSite', { site })}
        </label>
        <p className="summary" data-scan-ms={claims.scanMs}>
          {t('page.claimCount', { count: claims.total })} · {t('page.annotatedCount', { count: annotatedCount })} · {t('page.scannedIn', { ms: claims.scanMs })}
        </p>
        {claims.marked < claims.total && (
          <p className="cap-note" role="note">
            {t('page.capNote', { marked: claims.marked, count: claims.total })}
          </p>
        )}
      </div>
      {(storageError || actionError) && (
        <p className="message error" role="alert">
          {storageError ?? actionError}
        </p>
      )}
      {!claims.scanning ? (
        <p className="empty">{t('page.scanningOff')}</p>
      ) : (
        <>
          <ClaimFilters filter={filter} onChange={setFilter} shown={visible.length} total={rows.length} perKind={countKinds(rows)} />
          <ClaimList
            rows={visible}
            page={claims.page}
            tabId={tabId}
            selection={selection}
            onSelect={select}
            onOpen={(key, how) => setSelection((s) => ({ ...s, openKey: key, editorTakesFocus: how.takeFocus }))}
            onVerdict={(row: ClaimRow, verdict: Verdict) => void act(() => setRowVerdict(deps, tabId, row, claims.page, verdict))}
            onDismiss={(row) => void dismiss(row)}
            onRestore={(a) => void act(() => restoreRow(deps, tabId, a))}
            onDelete={(a, label) => void remove(a, label)}
            onStillHolds={(row) => void act(() => confirmStillHolds(deps, tabId, row))}
          />
          {claims.claims.length < claims.total && (
            <p className="more">
              {t('page.showing', { shown: claims.claims.length, count: claims.total })}{' '}
              <button type="button" onClick={() => void loadMore()}>
                {t('page.showMore', { count: Math.min(200, claims.total - claims.claims.length) })}
              </button>
            </p>
          )}
        </>
      )}
      <OrphanList
        orphans={lost}
        onReattach={async (a) => (tabId === null ? 'no-selection' : reattachToSelection(deps, tabId, a))}
        onDelete={(a) => void remove(a, a.target.quote.exact)}
      />
    </>
  );
}

function countKinds(rows: ClaimRow[]): Record<ClaimKind, number> {
  const counts: Record<ClaimKind, number> = { quantity: 0, attribution: 0, passage: 0 };
  for (const row of rows) if (!row.dismissed) counts[row.view.claim.type]++;
  return counts;
}
