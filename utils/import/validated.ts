/**
 * Records that `parseEnvelope` has already validated with
 * ImportedAnnotationSchema (its output objects, by identity): `prepareImport`
 * does not validate them again. At 100,000 records each zod pass costs
 * seconds, and an import used to make three. Anything else given to
 * `prepareImport` (raw objects, a caller's own array) is still validated.
 */
const validated = new WeakSet<object>();

export function markValidated<T extends object>(record: T): T {
  validated.add(record);
  return record;
}

export function isValidated(record: unknown): boolean {
  return typeof record === 'object' && record !== null && validated.has(record);
}
