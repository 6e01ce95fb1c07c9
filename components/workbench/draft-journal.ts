import { replayDraft, type ClaimlensDB } from '../../utils/db';
import { AnnotationSchema, type Annotation } from '../../utils/model/annotation';

/**
 * A write-ahead journal of drafts in the extension's localStorage. An
 * IndexedDB write is asynchronous: when the browser closes the extension's
 * pages at once (an update, a crash of the panel), the last keystrokes may
 * never reach it. localStorage writes are synchronous, so every change is
 * journaled first and the journal entry removed once IndexedDB has it; the
 * next extension page to open replays what is left.
 */
const PREFIX = 'claimlens-draft:';

export function journalDraft(storage: Storage | undefined, record: Annotation): void {
  try {
    storage?.setItem(PREFIX + record.id, JSON.stringify(record));
  } catch {
    // A full or missing localStorage only loses the journal, never the IndexedDB write itself.
  }
}

/** IndexedDB has this draft (or a newer one): its journal entry can go. */
export function clearDraft(storage: Storage | undefined, id: string, storedUpdatedAt: string): void {
  try {
    const entry = storage?.getItem(PREFIX + id);
    if (entry && (JSON.parse(entry) as Annotation).updatedAt <= storedUpdatedAt) storage?.removeItem(PREFIX + id);
  } catch {
    storage?.removeItem(PREFIX + id);
  }
}

/** Writes every journaled draft newer than what IndexedDB holds; returns how many were recovered. */
export async function replayDrafts(storage: Storage | undefined, db: ClaimlensDB): Promise<number> {
  if (!storage) return 0;
  let recovered = 0;
  const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k?.startsWith(PREFIX) ?? false);
  for (const key of keys) {
    const parsed = AnnotationSchema.safeParse(safeJson(storage.getItem(key)));
    if (parsed.success) {
      const wrote = await replayDraft(db, parsed.data);
      if (wrote) recovered++;
    }
    storage.removeItem(key);
  }
  return recovered;
}

function safeJson(text: string | null): unknown {
  try {
    return text === null ? null : JSON.parse(text);
  } catch {
    return null;
  }
}
