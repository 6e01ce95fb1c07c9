import { importAnnotations, StorageError, type ClaimlensDB, type ImportResult } from '../db';
import { parseEnvelope } from '../export/envelope';
import { AnnotationSchema, type Annotation } from '../model/annotation';

/**
 * The library's bulk changes, each one IndexedDB transaction: all of the
 * selection or nothing. Each returns what its undo needs.
 */

async function guarded<T>(action: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw error instanceof StorageError ? error : new StorageError(action, error);
  }
}

/** Deletes the given annotations; returns them as they were, for Undo. */
export function deleteMany(db: ClaimlensDB, ids: readonly string[]): Promise<Annotation[]> {
  return guarded('delete the annotations', () =>
    db.transaction('rw', db.annotations, async () => {
      const found = (await db.annotations.bulkGet([...ids])).filter((a): a is Annotation => a !== undefined);
      await db.annotations.bulkDelete(found.map((a) => a.id));
      return found;
    }),
  );
}

/** Puts deleted annotations back exactly as they were (Undo of a delete). */
export function restoreMany(db: ClaimlensDB, annotations: readonly Annotation[]): Promise<void> {
  return guarded('restore the annotations', async () => void (await db.annotations.bulkPut([...annotations])));
}

/**
 * Adds a tag to each annotation that lacks it: a new revision, updated now
 * (so an open panel's next write merges it, as with any other edit). Returns
 * the changed records.
 */
export function addTag(db: ClaimlensDB, ids: readonly string[], tag: string, now = new Date()): Promise<Annotation[]> {
  const clean = tag.trim();
  if (!clean) return Promise.reject(new Error('Type a tag first.'));
  return guarded('tag the annotations', () =>
    db.transaction('rw', db.annotations, async () => {
      const changed: Annotation[] = [];
      for (const a of await db.annotations.bulkGet([...ids])) {
        if (!a || a.tags.includes(clean)) continue;
        changed.push(AnnotationSchema.parse({ ...a, tags: [...a.tags, clean], revision: a.revision + 1, updatedAt: now.toISOString() }));
      }
      await db.annotations.bulkPut(changed);
      return changed;
    }),
  );
}

/**
 * Imports a file the user chose: a Claimlens JSON export of any version or a Claimlens W3C export,
 * read by the export envelope's own parser (the import entry point). A file
 * that does not parse or validate throws before anything is written; the
 * merge keeps newer local records (utils/db.ts importAnnotations).
 */
export async function importFileText(db: ClaimlensDB, text: string): Promise<ImportResult> {
  const envelope = parseEnvelope(text);
  performance.mark('claimlens-library:import-parsed'); // for the benchmark: reading and validating vs merging and writing
  return importAnnotations(db, envelope.annotations, envelope);
}
