import { changeAnnotations, deleteAnnotations, importAnnotations, putAnnotations, type AnnotationRef, type ClaimlensDB, type ImportResult } from '../db';
import { parseEnvelope } from '../export/envelope';
import type { Annotation } from '../model/annotation';

/**
 * The library's bulk changes, each one IndexedDB transaction: all of the
 * selection or nothing. Each takes the annotations it changes (an
 * annotation's page URL finds its stored page record) and returns what its
 * undo needs.
 */

/** Deletes the given annotations; returns them as they were stored, for Undo (those already gone are left out). */
export function deleteMany(db: ClaimlensDB, refs: readonly AnnotationRef[]): Promise<Annotation[]> {
  return deleteAnnotations(db, refs);
}

/** Puts deleted annotations back exactly as they were (Undo of a delete). */
export function restoreMany(db: ClaimlensDB, annotations: readonly Annotation[]): Promise<void> {
  return putAnnotations(db, annotations);
}

/**
 * Adds a tag to each annotation that lacks it: a new revision, updated now
 * (so an open panel's next write merges it, as with any other edit). Returns
 * the changed records.
 */
export function addTag(db: ClaimlensDB, refs: readonly AnnotationRef[], tag: string, now = new Date()): Promise<Annotation[]> {
  const clean = tag.trim();
  if (!clean) return Promise.reject(new Error('Type a tag first.'));
  // changeAnnotations validates each new record.
  return changeAnnotations(db, refs, (a) => (a.tags.includes(clean) ? undefined : { ...a, tags: [...a.tags, clean], revision: a.revision + 1, updatedAt: now.toISOString() }));
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
