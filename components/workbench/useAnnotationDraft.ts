import { useCallback, useEffect, useRef, useState } from 'react';
import { annotationsForPage, getAnnotation, saveAnnotation, updateAnnotation, writeDraftNow, type AnnotationRef, type ClaimlensDB } from '../../utils/db';
import { AnnotationSchema, firstReview, type Annotation, type AnnotationPatch, type Page } from '../../utils/model/annotation';
import type { ClaimView } from '../../utils/messaging';
import { newAnnotation, recheckDone, tellTab } from './annotation-actions';
import { useWorkbenchDeps } from './deps';
import { isWebAddress, storableEvidence, withScheme } from './evidence';
import { LatestWriter } from './latest-writer';
import { clearDraft, journalDraft } from './draft-journal';
import { onFlush } from './pending-writes';

export type Draft = Pick<Annotation, 'verdict' | 'note' | 'evidence' | 'tags' | 'claim'> & { claimEditedAt?: string; factCheckUrl?: string };
export type SaveState = { status: 'idle' | 'saving' } | { status: 'saved'; refusedLinks: number } | { status: 'error'; message: string };
/** Fields another window changed while this one was editing them: this window's value was stored, theirs is kept here. */
export interface Conflict {
  fields: (keyof Draft)[];
  theirs: AnnotationPatch;
}

const DRAFT_FIELDS = ['verdict', 'note', 'evidence', 'tags', 'claim', 'claimEditedAt', 'factCheckUrl'] as const;

/**
 * The editor's state for one claim, saved as the user types. Writes go
 * straight to IndexedDB (never waiting for the tab to re-mark), one at a
 * time with the newest draft next; each carries the record this view last
 * read, so a concurrent edit from another window is merged and a real
 * conflict is shown, not silently lost. The stored record is adopted
 * whenever this view has nothing unsaved. What is still unsaved when the
 * page goes away is written synchronously (pagehide).
 */
export function useAnnotationDraft(view: ClaimView, page: Page, stored: Annotation | undefined, options: { needsRecheck?: boolean; tabId: number | null }) {
  const deps = useWorkbenchDeps();
  const [draft, setDraft] = useState<Draft>(() => (stored ? pick(stored) : fromView(view)));
  const draftRef = useRef(draft);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const idRef = useRef<string | undefined>(stored?.id ?? view.annotationId);
  /** The record this view last read or wrote: the base of its next write. */
  const baseRef = useRef<Annotation | undefined>(stored);
  /** The newest draft version written synchronously as the page was hidden. */
  const flushedVersion = useRef(0);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  // The tab lists its claims again after every change (new objects, same claim): the writer must outlive that,
  // so it reads the current view and page through a ref instead of being rebuilt with them.
  const current = useRef({ deps, view, page });
  current.current = { deps, view, page };

  const show = useCallback((next: Draft) => {
    draftRef.current = next;
    setDraft(next);
  }, []);

  const patchFor = useCallback((next: Draft): { patch: AnnotationPatch; refused: number } => {
    const { deps, view } = current.current;
    const { stored: evidence, refused } = storableEvidence(next.evidence);
    const { claimEditedAt, factCheckUrl, ...review } = next;
    const patch: AnnotationPatch = {
      ...review,
      evidence,
      ...(claimEditedAt ? { claimEditedAt } : {}),
      ...factCheckPatch(factCheckUrl),
      ...firstReview(baseRef.current, next.verdict, deps.now()),
      ...recheckDone(deps, { needsRecheck: optionsRef.current.needsRecheck ?? false, view }),
    };
    return { patch, refused };
  }, []);

  const writerRef = useRef<LatestWriter<Draft> | null>(null);
  const [writer] = useState(
    () =>
      new LatestWriter<Draft>(async (_submitted, version) => {
        const { deps, view, page } = current.current;
        // The draft as it is now, not as it was when this write was queued: a write that finished meanwhile
        // may have merged another window's fields into it, and the queued copy would put the old values back.
        const next = draftRef.current;
        setSave({ status: 'saving' });
        try {
          const { patch, refused } = patchFor(next);
          const id = (idRef.current ??= deps.newId());
          // Usually this view has read the record: one transaction, no read before it.
          const record = baseRef.current?.id === id ? baseRef.current : await storedOnPage(deps.db, id, page);
          // The page-hide flush already wrote this draft or a newer one: writing it now would put older words over it.
          if (version <= flushedVersion.current) return true;
          const result = record ? await updateUnlessDeleted(deps.db, record, patch, { base: baseRef.current, now: deps.now() }) : null;
          if (result) {
            baseRef.current = result.annotation;
            if (result.conflicts.length > 0) setConflict({ fields: result.conflicts.filter(isDraftField), theirs: result.overwritten });
            // Fields only the other window changed are in the stored record now: show them too.
            const merged = result.mergedFromOther.filter(isDraftField);
            if (merged.length > 0) show({ ...draftRef.current, ...Object.fromEntries(merged.map((k) => [k, result.annotation[k]])) });
          } else {
            baseRef.current = await saveAnnotation(deps.db, newAnnotation(deps, view, page, { ...patch, id }));
          }
          // Typing outruns storage: "Saved" only once the newest edit is stored, not an earlier one.
          setSave(version === writerRef.current?.version ? { status: 'saved', refusedLinks: refused } : { status: 'saving' });
          if (baseRef.current) clearDraft(globalThis.localStorage, id, baseRef.current.updatedAt);
          tellTab(deps, optionsRef.current.tabId);
          return true;
        } catch (error) {
          setSave({ status: 'error', message: error instanceof Error ? error.message : String(error) });
          return false;
        }
      }),
  );

  writerRef.current = writer;

  // Another window saved (or this one's write came back): adopt the stored record unless something here is unsaved.
  useEffect(() => {
    if (!stored || writer.unsaved) return;
    // Only newer: a live query can deliver an older revision after this view's own later write.
    if (baseRef.current && baseRef.current.id === stored.id && stored.revision <= baseRef.current.revision) return;
    idRef.current = stored.id;
    baseRef.current = stored;
    // Links that cannot be stored exist only here: keep them on screen.
    const unstorable = draftRef.current.evidence.filter((link) => !storableEvidence([link]).stored.length && link.url !== '');
    show({ ...pick(stored), evidence: [...stored.evidence, ...unstorable] });
  }, [stored, writer, show]);

  // The page is going away with a draft not yet stored: hand it to IndexedDB now, synchronously.
  useEffect(
    () =>
      onFlush(() => {
        if (!writer.unsaved) return;
        const unsaved = draftRef.current;
        const { deps, view, page } = current.current;
        const id = (idRef.current ??= deps.newId());
        const { patch } = patchFor(unsaved);
        const base = baseRef.current ?? newAnnotation(deps, view, page, { id });
        // Two past the base: above the write that may still be in flight, so the newest draft wins.
        const record = AnnotationSchema.parse({ ...base, ...patch, id, revision: base.revision + 2, updatedAt: deps.now().toISOString() });
        writeDraftNow(deps.db.backendDB(), record);
        flushedVersion.current = writer.version;
        baseRef.current = record;
      }),
    [writer, patchFor],
  );

  const change = useCallback(
    (patch: Partial<Draft>) => {
      const next = { ...draftRef.current, ...patch };
      show(next);
      // Journaled synchronously first: if the browser closes this page before IndexedDB has it, the next page replays it.
      const { deps, view, page } = current.current;
      const id = (idRef.current ??= deps.newId());
      const base = baseRef.current ?? newAnnotation(deps, view, page, { id });
      const parsed = AnnotationSchema.safeParse({ ...base, ...patchFor(next).patch, id, updatedAt: deps.now().toISOString() });
      if (parsed.success) journalDraft(globalThis.localStorage, parsed.data);
      writer.submit(next);
    },
    [writer, show, patchFor],
  );

  const takeTheirs = useCallback(() => {
    if (!conflict) return;
    setConflict(null);
    change(Object.fromEntries(conflict.fields.map((k) => [k, conflict.theirs[k]])) as Partial<Draft>);
  }, [conflict, change]);

  return { draft, change, save, conflict, takeTheirs, keepMine: () => setConflict(null), idle: () => writer.idle() };
}

/**
 * The stored record with this id among the page's annotations (found by its URL or canonical URL, as the list
 * found them): its own page URL finds its record, which may be another URL with the same canonical one.
 */
async function storedOnPage(db: ClaimlensDB, id: string, page: Page): Promise<Annotation | undefined> {
  return (await annotationsForPage(db, page.url, page.canonicalUrl)).find((a) => a.id === id);
}

/** Null when another window deleted the record meanwhile (this view then creates it again with its draft). */
async function updateUnlessDeleted(db: ClaimlensDB, ref: AnnotationRef, patch: AnnotationPatch, options: { base?: Annotation; now: Date }) {
  try {
    return await updateAnnotation(db, ref, patch, options);
  } catch (error) {
    if ((await getAnnotation(db, ref)) === undefined) return null;
    throw error;
  }
}

function isDraftField(key: string): key is keyof Draft {
  return (DRAFT_FIELDS as readonly string[]).includes(key);
}

function pick(a: Annotation): Draft {
  return { verdict: a.verdict, note: a.note, evidence: a.evidence, tags: a.tags, claim: a.claim, claimEditedAt: a.claimEditedAt, factCheckUrl: a.factCheckUrl };
}

/** The published fact-check's URL: stored when it is a web address, cleared when emptied, left alone while it is neither. */
function factCheckPatch(typed: string | undefined): AnnotationPatch {
  if (typed === undefined) return {};
  const url = withScheme(typed);
  if (url === '') return { factCheckUrl: undefined };
  return isWebAddress(url) ? { factCheckUrl: url } : {};
}

function fromView(view: ClaimView): Draft {
  const { start: _start, end: _end, ...claim } = view.claim;
  return { verdict: view.verdict ?? 'unreviewed', note: '', evidence: [], tags: [], claim };
}
