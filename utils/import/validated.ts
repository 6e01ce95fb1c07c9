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
 *
 * The mark also says whether `prepareImport` would take the list as it is
 * (every time already in UTC, every link a web link, no id twice), found
 * while `parseEnvelope` had each record at hand: read again afterwards, the
 * records are long out of the processor's cache and that costs more than
 * the checks themselves.
 */
export interface ValidatedList {
  /** The records as they stood in the list when it was marked. */
  records: readonly unknown[];
  /** Whether prepareImport would return these records as they are, all of them, in this order. */
  takenAsIs: boolean;
}

const validated = new WeakMap<readonly unknown[], ValidatedList>();

/** Marks the records `list` holds now as validated, where they stand. */
export function markValidated<T>(list: T[], takenAsIs: boolean): T[] {
  validated.set(list, { records: list.slice(), takenAsIs });
  return list;
}

/** What was marked of `list`, or undefined when it was not. */
export function validatedList(list: readonly unknown[]): ValidatedList | undefined {
  return validated.get(list);
}

/** Whether `list[index]` is the record that was validated there. */
export function isValidatedAt(marked: ValidatedList | undefined, list: readonly unknown[], index: number): boolean {
  const record = list[index];
  return marked !== undefined && index < marked.records.length && marked.records[index] === record && typeof record === 'object' && record !== null;
}

/** Whether `list` holds exactly the records it held when it was marked. */
export function unchangedSinceMarked(marked: ValidatedList, list: readonly unknown[]): boolean {
  if (list.length !== marked.records.length) return false;
  for (let i = 0; i < list.length; i++) if (list[i] !== marked.records[i]) return false;
  return true;
}
