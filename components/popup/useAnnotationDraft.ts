import { useCallback, useEffect, useRef, useState } from 'react';
import { saveAnnotation, updateAnnotation } from '../../utils/db';
import type { Annotation, AnnotationPatch, Page } from '../../utils/model/annotation';
import type { ClaimView } from '../../utils/messaging';
import { usePopupDeps } from './deps';

export type Draft = Required<Pick<AnnotationPatch, 'verdict' | 'note' | 'evidence' | 'tags'>>;
export type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; message: string };

const EMPTY: Draft = { verdict: 'unreviewed', note: '', evidence: [], tags: [] };

/**
 * The editor's state for one claim, saved as the user types. Each change
 * writes the whole draft, one write at a time, so a failed write is repaired
 * by the next one and nothing typed is lost while the popup is open; the
 * annotation is created on the first change.
 */
export function useAnnotationDraft(view: ClaimView, page: Page, stored: Annotation | undefined) {
  const deps = usePopupDeps();
  const [draft, setDraft] = useState<Draft>(() => (stored ? pick(stored) : EMPTY));
  const draftRef = useRef(draft);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const idRef = useRef<string | undefined>(stored?.id ?? view.annotationId);
  const queue = useRef(Promise.resolve());
  const dirty = useRef(false);

  // The stored record arrives asynchronously (useLiveQuery); adopt it until the user edits.
  useEffect(() => {
    if (stored && !dirty.current) {
      idRef.current = stored.id;
      draftRef.current = pick(stored);
      setDraft(draftRef.current);
    }
  }, [stored]);

  const change = useCallback(
    (patch: Partial<Draft>) => {
      dirty.current = true;
      const next = { ...draftRef.current, ...patch };
      draftRef.current = next;
      setDraft(next);
      // A draft already superseded when its turn comes is skipped: the newer one is written whole.
      queue.current = queue.current.then(() => (next === draftRef.current ? write(next) : undefined));
      async function write(next: Draft) {
        setSave({ status: 'saving' });
        try {
          const existing = idRef.current ? await deps.db.annotations.get(idRef.current) : undefined;
          if (existing) await updateAnnotation(deps.db, existing.id, toPatch(next), { now: deps.now() });
          else {
            const id = idRef.current ?? deps.newId();
            const now = deps.now().toISOString();
            const { start: _start, end: _end, ...claim } = view.claim;
            await saveAnnotation(deps.db, { id, page, target: view.target, claim, sentence: view.sentence, ...toPatch(next), createdAt: now, updatedAt: now, revision: 1, dismissed: false });
            idRef.current = id;
          }
          // Typing outruns storage: "Saved" only once the latest edit is stored, not an earlier one.
          setSave({ status: next === draftRef.current ? 'saved' : 'saving' });
          if (deps.tabId !== null) await deps.notifyAnnotationsChanged(deps.tabId).catch(() => undefined);
        } catch (error) {
          setSave({ status: 'error', message: error instanceof Error ? error.message : String(error) });
        }
      }
    },
    [deps, page, view],
  );

  return { draft, change, save };
}

function pick(a: Annotation): Draft {
  return { verdict: a.verdict, note: a.note, evidence: a.evidence, tags: a.tags };
}

/** Evidence rows still being typed (not yet a URL) stay in the draft but are not stored. */
function toPatch(draft: Draft): Draft {
  return { ...draft, evidence: draft.evidence.filter((e) => isUrl(e.url)) };
}

export function isUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
