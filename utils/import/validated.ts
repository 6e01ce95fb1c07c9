/**
 * The record lists that `parseEnvelope` has validated with
 * ImportedAnnotationSchema (its output arrays, by identity, each with the
 * records it held then): `prepareImport` does not validate those records
 * again. At 100,000 records each zod pass costs seconds, and an import used
 * to make three. A record is taken as validated only where it still stands
 * in the list it was read into: anything else given to `prepareImport` (raw
 * objects, a caller's own array, a record put into the list since) is still
 * validated. One mark a list, not one a record: 100,000 entries in a
 * WeakSet cost 50–190 ms to add in Node.
 */
const validated = new WeakMap<readonly unknown[], readonly unknown[]>();

/** Marks the records `list` holds now as validated, where they stand. */
export function markValidated<T>(list: T[]): T[] {
  validated.set(list, list.slice());
  return list;
}

/** The records of `list` that were validated, by index (compare with `===`), or undefined when none were. */
export function validatedRecords(list: readonly unknown[]): readonly unknown[] | undefined {
  return validated.get(list);
}

/** Whether `list[index]` is the record that was validated there. */
export function isValidatedAt(marked: readonly unknown[] | undefined, list: readonly unknown[], index: number): boolean {
  return marked !== undefined && index < marked.length && marked[index] === list[index] && typeof list[index] === 'object' && list[index] !== null;
}
