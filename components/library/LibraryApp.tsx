import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { updateAnnotation, type AnnotationRef } from '../../utils/db';
import { buildExport, type ExportFormat } from '../../utils/export';
import { addTag, deleteMany, importFileText, restoreMany } from '../../utils/library/actions';
import { rememberControlsHeight } from '../../utils/library/first-rows';
import type { OpenClaimResult } from '../../utils/library/open-claim';
import { EMPTY_FILTER, facets, filterIncrementally, isFiltered, sortEntries, type FilterRun, type LibraryFilter } from '../../utils/library/query';
import { buildSearchIndex, prepareSearch, type SearchIndex } from '../../utils/library/search-index';
import type { Annotation, Verdict } from '../../utils/model/annotation';
import { UndoProvider, useOfferUndo } from '../workbench/undo';
import { BulkBar } from './BulkBar';
import { useLibraryDeps } from './deps';
import { useT } from '../../utils/i18n/react';
import type { Translate } from '../../utils/i18n/translate';
import { importSummary } from '../workbench/import-summary';
import { LibraryFilters } from './LibraryFilters';
import { LibraryList } from './LibraryList';
import type { RowActions } from './LibraryRow';
import { useLibrary } from './useLibrary';
import { readFileText } from '../../utils/read-file';

type Message = { kind: 'ok' | 'error'; text: string };

export function LibraryApp() {
  return (
    <UndoProvider>
      <Library />
    </UndoProvider>
  );
}

function openedMessage(result: OpenClaimResult, quote: string, site: string, t: Translate): Message {
  switch (result.outcome) {
    case 'focused':
      return { kind: 'ok', text: t('library.opened', { quote }) };
    case 'orphan':
      return { kind: 'error', text: t('library.openedOrphan', { quote }) };
    case 'off':
      return { kind: 'error', text: t('library.openedOff', { site }) };
    case 'unreachable':
      return { kind: 'error', text: t('library.openedUnreachable') };
  }
}

function Library() {
  const deps = useLibraryDeps();
  const { db } = deps;
  const { t, language, number } = useT();
  const offerUndo = useOfferUndo();
  const library = useLibrary(db, deps.newest);
  if (performance.getEntriesByName('claimlens-library:first-render').length === 0) performance.mark('claimlens-library:first-render');
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  // Sorting everything, and searching before the word index is built (a scan), follow the controls at React's lower
  // priority, so typing stays responsive; with the index a search costs a few milliseconds and is shown at once.
  const deferredFilter = useDeferredValue(filter);
  const ordered = useMemo(() => sortEntries([...library.entries], deferredFilter.sort), [library.entries, deferredFilter.sort]);
  // The word index, built in slices once the table is read (and again after each change); searches scan until it is there.
  const [index, setIndex] = useState<SearchIndex | null>(null);
  useEffect(() => {
    if (!library.loaded) return;
    let stale = false;
    void buildSearchIndex(library.entries, () => stale).then((built) => {
      if (!built) return;
      setIndex(built);
      if (performance.getEntriesByName('claimlens-library:indexed').length === 0) performance.mark('claimlens-library:indexed');
    });
    return () => void (stale = true);
  }, [library.entries, library.loaded]);
  const currentIndex = index?.entries === library.entries ? index : null;
  const listFilter = useMemo(
    () => (currentIndex ? { ...filter, sort: deferredFilter.sort } : deferredFilter),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- with the index, only the deferred sort counts (not a second render per keystroke)
    [currentIndex, filter, deferredFilter.sort, currentIndex ? null : deferredFilter],
  );
  useEffect(() => {
    if (!currentIndex) return;
    const timer = setTimeout(() => prepareSearch(currentIndex, ordered));
    return () => clearTimeout(timer);
  }, [currentIndex, ordered]);
  const lastRun = useRef<FilterRun | null>(null);
  const shown = useMemo(() => {
    const start = performance.now();
    lastRun.current = filterIncrementally(lastRun.current, ordered, listFilter, currentIndex);
    performance.measure('claimlens-library:filter', { start }); // for the benchmark: the search itself, apart from rendering
    return lastRun.current.result;
  }, [ordered, listFilter, currentIndex]);
  const { tags, sites } = useMemo(() => facets(library.entries), [library.entries]);
  const selectedShown = useMemo(() => (selected.size ? shown.filter((e) => selected.has(e.annotation.id)).map((e) => e.annotation) : []), [shown, selected]);

  // Marks for the benchmark and the end-to-end test: when the first rows and the whole table were ready.
  // (The page's first module may have shown the first rows already, inert, before this page replaced them: first-rows is
  // then its mark, and app-rows this page's, when the rows can be used.)
  const controls = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (library.entries.length === 0 || performance.getEntriesByName('claimlens-library:app-rows').length > 0) return;
    performance.mark('claimlens-library:app-rows');
    if (performance.getEntriesByName('claimlens-library:first-rows').length === 0) performance.mark('claimlens-library:first-rows');
    // Where the first module's rows should stand next time: below the search, filters and bulk bar as laid out now.
    if (controls.current) rememberControlsHeight(controls.current.getBoundingClientRect().height);
  }, [library.entries.length]);
  useEffect(() => {
    if (library.loaded && performance.getEntriesByName('claimlens-library:loaded').length === 0) performance.mark('claimlens-library:loaded');
  }, [library.loaded]);

  const run = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  }, []);

  const changed = () => deps.notifyPages?.();
  const removeWithUndo = (refs: readonly AnnotationRef[]) =>
    run(async () => {
      const removed = await deleteMany(db, refs);
      changed();
      library.remove(removed.map((a) => a.id));
      setSelected(new Set());
      setMessage(null);
      offerUndo(removed.length === 1 ? t('library.deletedOne', { quote: removed[0].claim.text }) : t('library.deletedMany', { count: removed.length }), async () => {
        await restoreMany(db, removed);
        changed();
        library.upsert(removed);
      });
    });

  const latestRowActions = useRef<RowActions>(null!);
  latestRowActions.current = {
    onToggle: (id) =>
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    onOpen: (a: Annotation) => {
      setMessage({ kind: 'ok', text: t('library.opening', { quote: a.claim.text }) });
      deps.openAtClaim(a).then(
        (result) => setMessage(openedMessage(result, a.claim.text, new URL(a.page.url).hostname, t)),
        (error: Error) => setMessage({ kind: 'error', text: t('library.openFailed', { error: error.message }) }),
      );
    },
    onDelete: (a) => void removeWithUndo([a]),
    onVerdict: (a: Annotation, verdict: Verdict) =>
      void run(async () => {
        const { annotation } = await updateAnnotation(db, a, { verdict }, { base: a, now: deps.now() });
        changed();
        library.upsert([annotation]);
      }),
  };
  // The same object on every render, calling the latest handlers: the memoised list re-renders only when its rows change.
  const rowActions = useMemo<RowActions>(
    () => ({
      onToggle: (id) => latestRowActions.current.onToggle(id),
      onOpen: (a) => latestRowActions.current.onOpen(a),
      onDelete: (a) => latestRowActions.current.onDelete(a),
      onVerdict: (a, verdict) => latestRowActions.current.onVerdict(a, verdict),
    }),
    [],
  );

  const exportShown = (format: ExportFormat) =>
    void run(async () => {
      performance.mark('claimlens-library:export-start');
      const chosen = selectedShown.length ? selectedShown : shown.map((e) => e.annotation);
      const file = buildExport(format, chosen, { kind: 'all' }, deps.now(), { language });
      performance.mark('claimlens-library:export-built');
      deps.download(file.filename, file.mimeType, file.content);
      performance.mark('claimlens-library:export-handed');
      setMessage({ kind: 'ok', text: t('library.exported', { count: chosen.length, file: file.filename }) });
    });

  const importFile = (file: File | undefined) => {
    if (!file) return;
    void run(async () => {
      try {
        performance.mark('claimlens-library:import-start');
        const text = await readFileText(file);
        performance.mark('claimlens-library:import-read');
        const result = await importFileText(db, text);
        changed();
        setMessage({ kind: 'ok', text: importSummary(result, t) });
        // No reload: every page record the import wrote is stamped after this page's load began, so the live
        // following (useLibrary) reads exactly those once; a reload would read all of them a second time.
      } catch (error) {
        setMessage({ kind: 'error', text: t('library.importFailed', { file: file.name, error: (error as Error).message }) });
      } finally {
        if (fileInput.current) fileInput.current.value = '';
      }
    });
  };

  const total = library.total;
  const countText =
    total === null
      ? library.entries.length
        ? t('library.counting', { shown: shown.length, loaded: library.entries.length })
        : t('library.reading')
      : `${t('library.shownOf', { shown: number(shown.length), count: total })}${library.loaded ? '' : ` ${t('library.readingSoFar', { count: library.entries.length })}`}`;

  return (
    <main className="library">
      <header className="library-header">
        <h1>{t('library.pageTitle')}</h1>
        <p className="library-count" role="status" aria-live="polite">
          {countText}
        </p>
        <label className="button import-button">
          {t('library.importButton')}
          <input ref={fileInput} type="file" accept=".json,.jsonld,application/json,application/ld+json" aria-label={t('library.importLabel')} onChange={(e) => importFile(e.target.files?.[0])} disabled={busy} />
        </label>
      </header>
      <div className="library-controls" ref={controls}>
        <LibraryFilters filter={filter} onChange={setFilter} tags={tags} sites={sites} />
        <BulkBar
          shown={shown.length}
          selected={selectedShown.length}
          busy={busy}
          actions={{
            onSelectAll: (all) => setSelected(all ? new Set(shown.map((e) => e.annotation.id)) : new Set()),
            onExport: exportShown,
            onTag: (tag) =>
              void run(async () => {
                const tagged = await addTag(db, selectedShown, tag, deps.now());
                changed();
                library.upsert(tagged);
                setMessage({ kind: 'ok', text: t('library.tagged', { count: tagged.length, tag }) });
              }),
            onDelete: () => void removeWithUndo(selectedShown),
          }}
        />
      </div>
      {(message || library.error) && (
        <p className={`message ${library.error ? 'error' : message!.kind}`} role={library.error || message?.kind === 'error' ? 'alert' : 'status'}>
          {library.error ?? message!.text}
        </p>
      )}
      {total === null && library.entries.length === 0 ? (
        library.error ? null : <p className="library-empty">{t('library.reading')}</p>
      ) : total === 0 ? (
        <p className="library-empty">{t('library.empty')}</p>
      ) : shown.length === 0 ? (
        <p className="library-empty">
          {t(library.loaded ? 'library.noMatch' : 'library.noMatchSoFar')}{' '}
          {isFiltered(filter) && (
            <button type="button" className="link" onClick={() => setFilter({ ...EMPTY_FILTER, sort: filter.sort })}>
              {t('filter.clear')}
            </button>
          )}
        </p>
      ) : (
        <LibraryList entries={shown} selected={selected} actions={rowActions} />
      )}
    </main>
  );
}
