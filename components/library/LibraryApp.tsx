import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { updateAnnotation } from '../../utils/db';
import { buildExport, type ExportFormat } from '../../utils/export';
import { addTag, deleteMany, importFileText, restoreMany } from '../../utils/library/actions';
import type { OpenClaimResult } from '../../utils/library/open-claim';
import { EMPTY_FILTER, facets, filterIncrementally, isFiltered, sortEntries, type FilterRun, type LibraryFilter } from '../../utils/library/query';
import type { Annotation, Verdict } from '../../utils/model/annotation';
import { UndoProvider, useOfferUndo } from '../workbench/undo';
import { BulkBar } from './BulkBar';
import { useLibraryDeps } from './deps';
import { formatCount } from './labels';
import { LibraryFilters } from './LibraryFilters';
import { LibraryList } from './LibraryList';
import type { RowActions } from './LibraryRow';
import { useLibrary } from './useLibrary';

type Message = { kind: 'ok' | 'error'; text: string };

export function LibraryApp() {
  return (
    <UndoProvider>
      <Library />
    </UndoProvider>
  );
}

const plural = (n: number, one: string, many = `${one}s`) => `${formatCount(n)} ${n === 1 ? one : many}`;

function openedMessage(result: OpenClaimResult, quote: string, site: string): Message {
  switch (result.outcome) {
    case 'focused':
      return { kind: 'ok', text: `Opened “${quote}” in its page.` };
    case 'orphan':
      return { kind: 'error', text: `Opened the page, but “${quote}” is no longer in it (orphan): re-attach or delete it from the side panel there.` };
    case 'off':
      return { kind: 'error', text: `Opened the page, but scanning is switched off for ${site}: switch it on in the side panel to see the claim.` };
    case 'unreachable':
      return { kind: 'error', text: `Opened the page, but Claimlens could not read it (it did not load, or it is not a web page).` };
  }
}

function Library() {
  const deps = useLibraryDeps();
  const { db } = deps;
  const offerUndo = useOfferUndo();
  const library = useLibrary(db);
  const [filter, setFilter] = useState<LibraryFilter>(EMPTY_FILTER);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [message, setMessage] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  // Typing stays responsive: the list follows the filter at React's lower priority.
  const deferredFilter = useDeferredValue(filter);
  const ordered = useMemo(() => sortEntries([...library.entries], deferredFilter.sort), [library.entries, deferredFilter.sort]);
  const lastRun = useRef<FilterRun | null>(null);
  const shown = useMemo(() => (lastRun.current = filterIncrementally(lastRun.current, ordered, deferredFilter)).result, [ordered, deferredFilter]);
  const { tags, sites } = useMemo(() => facets(library.entries), [library.entries]);
  const selectedIds = useMemo(() => shown.filter((e) => selected.has(e.annotation.id)).map((e) => e.annotation.id), [shown, selected]);

  // Marks for the benchmark and the end-to-end test: when the first rows and the whole table were ready.
  useEffect(() => {
    if (library.entries.length > 0 && performance.getEntriesByName('claimlens-library:first-rows').length === 0) performance.mark('claimlens-library:first-rows');
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

  const removeWithUndo = (ids: readonly string[]) =>
    run(async () => {
      const removed = await deleteMany(db, ids);
      library.remove(removed.map((a) => a.id));
      setSelected(new Set());
      setMessage(null);
      offerUndo(removed.length === 1 ? `Deleted “${removed[0].claim.text}”.` : `Deleted ${plural(removed.length, 'annotation')}.`, async () => {
        await restoreMany(db, removed);
        library.upsert(removed);
      });
    });

  const rowActions: RowActions = {
    onToggle: (id) =>
      setSelected((current) => {
        const next = new Set(current);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    onOpen: (a: Annotation) => {
      setMessage({ kind: 'ok', text: `Opening “${a.claim.text}”…` });
      deps.openAtClaim(a).then(
        (result) => setMessage(openedMessage(result, a.claim.text, new URL(a.page.url).hostname)),
        (error: Error) => setMessage({ kind: 'error', text: `Could not open the page: ${error.message}` }),
      );
    },
    onDelete: (a) => void removeWithUndo([a.id]),
    onVerdict: (a: Annotation, verdict: Verdict) =>
      void run(async () => {
        const { annotation } = await updateAnnotation(db, a.id, { verdict }, { base: a, now: deps.now() });
        library.upsert([annotation]);
      }),
  };

  const exportShown = (format: ExportFormat) =>
    void run(async () => {
      const ids = new Set(selectedIds);
      const chosen = (ids.size ? shown.filter((e) => ids.has(e.annotation.id)) : shown).map((e) => e.annotation);
      const file = buildExport(format, chosen, { kind: 'all' }, deps.now());
      deps.download(file.filename, file.mimeType, file.content);
      setMessage({ kind: 'ok', text: `Exported ${plural(chosen.length, 'annotation')} to ${file.filename}.` });
    });

  const importFile = (file: File | undefined) => {
    if (!file) return;
    void run(async () => {
      try {
        const result = await importFileText(db, await file.text());
        setMessage({ kind: 'ok', text: result.summary });
        library.reload();
      } catch (error) {
        setMessage({ kind: 'error', text: `Could not import ${file.name}: ${(error as Error).message} Nothing was changed.` });
      } finally {
        if (fileInput.current) fileInput.current.value = '';
      }
    });
  };

  const total = library.total;
  const countText =
    total === null
      ? library.entries.length
        ? `${formatCount(shown.length)} of the newest ${formatCount(library.entries.length)} (counting…)`
        : 'Reading annotations…'
      : `${formatCount(shown.length)} of ${plural(total, 'annotation')}${library.loaded ? '' : ` (reading: ${formatCount(library.entries.length)} so far)`}`;

  return (
    <main className="library">
      <header className="library-header">
        <h1>Claimlens library</h1>
        <p className="library-count" role="status" aria-live="polite">
          {countText}
        </p>
        <label className="button import-button">
          Import file…
          <input ref={fileInput} type="file" accept=".json,.jsonld,application/json,application/ld+json" aria-label="Import a Claimlens export (JSON)" onChange={(e) => importFile(e.target.files?.[0])} disabled={busy} />
        </label>
      </header>
      <LibraryFilters filter={filter} onChange={setFilter} tags={tags} sites={sites} />
      <BulkBar
        shown={shown.length}
        selected={selectedIds.length}
        busy={busy}
        actions={{
          onSelectAll: (all) => setSelected(all ? new Set(shown.map((e) => e.annotation.id)) : new Set()),
          onExport: exportShown,
          onTag: (tag) =>
            void run(async () => {
              const changed = await addTag(db, selectedIds, tag, deps.now());
              library.upsert(changed);
              setMessage({ kind: 'ok', text: `Tagged ${plural(changed.length, 'annotation')} “${tag}”.` });
            }),
          onDelete: () => void removeWithUndo(selectedIds),
        }}
      />
      {(message || library.error) && (
        <p className={`message ${library.error ? 'error' : message!.kind}`} role={library.error || message?.kind === 'error' ? 'alert' : 'status'}>
          {library.error ?? message!.text}
        </p>
      )}
      {total === null && library.entries.length === 0 ? (
        library.error ? null : <p className="library-empty">Reading annotations…</p>
      ) : total === 0 ? (
        <p className="library-empty">No annotations yet. Annotate claims from the side panel on any article, or import a Claimlens export.</p>
      ) : shown.length === 0 ? (
        <p className="library-empty">
          No annotations match{library.loaded ? '' : ' so far'}.{' '}
          {isFiltered(filter) && (
            <button type="button" className="link" onClick={() => setFilter({ ...EMPTY_FILTER, sort: filter.sort })}>
              Clear filters
            </button>
          )}
        </p>
      ) : (
        <LibraryList entries={shown} selected={selected} actions={rowActions} />
      )}
    </main>
  );
}
