import type { z } from 'zod';

/** A field a file holds that the schema does not know: where it is and in how many records. */
export interface UnknownField {
  /** Dotted path inside a record ("page.favicon", "evidence[].rel"), or "file.NAME" for the file's header. */
  field: string;
  /** How many records hold it (0 for a header field). */
  records: number;
}

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  discriminator?: string;
  values?: unknown[];
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The option of a discriminated union that `value` belongs to, by its discriminator's literal. */
function unionOption(def: Def, value: unknown): z.ZodType | undefined {
  if (!isPlainObject(value)) return undefined;
  const key = def.discriminator;
  if (key) {
    return def.options?.find((option) => {
      const literal = defOf(option).shape?.[key];
      return literal !== undefined && defOf(literal).values?.includes(value[key]);
    });
  }
  return def.options?.find((option) => option.safeParse(value).success);
}

const WRAPPERS = new Set(['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch', 'nonoptional']);
const mayHoldFieldsMemo = new WeakMap<z.ZodType, boolean>();
/**
 * Whether a value of `schema` can hold fields of its own (an object, or an
 * array or union that may hold one). A string, number or enum cannot, so
 * `collect` neither visits it nor builds its path: at 100,000 records that
 * was most of this walk.
 */
function mayHoldFields(schema: z.ZodType): boolean {
  let known = mayHoldFieldsMemo.get(schema);
  if (known === undefined) {
    const def = defOf(schema);
    known = WRAPPERS.has(def.type)
      ? def.innerType !== undefined && mayHoldFields(def.innerType)
      : def.type === 'object' || (def.type === 'array' && def.element !== undefined && mayHoldFields(def.element)) || def.type === 'union';
    mayHoldFieldsMemo.set(schema, known);
  }
  return known;
}

/** Collects the paths of keys in `value` that `schema` does not declare (zod strips them silently). */
function collect(schema: z.ZodType, value: unknown, path: string, found: Set<string>): void {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      if (def.innerType) collect(def.innerType, value, path, found);
      return;
    case 'object':
      if (!isPlainObject(value) || !def.shape) return;
      for (const key of Object.keys(value)) {
        const child = def.shape[key];
        if (!child) found.add(path ? `${path}.${key}` : key);
        else if (mayHoldFields(child)) collect(child, value[key], path ? `${path}.${key}` : key, found);
      }
      return;
    case 'array':
      if (Array.isArray(value) && def.element && mayHoldFields(def.element)) for (const item of value) collect(def.element, item, `${path}[]`, found);
      return;
    case 'union': {
      const option = unionOption(def, value);
      if (option) collect(option, value, path, found);
      return;
    }
    default:
      return;
  }
}

/**
 * The fields of `records` (raw JSON, before validation) that `schema` does
 * not know, each with the number of records holding it, most common first.
 */
export function unknownFields(schema: z.ZodType, records: unknown[]): UnknownField[] {
  const counts: UnknownFieldCounts = new Map();
  for (const record of records) countUnknownFields(schema, record, counts);
  return listUnknownFields(counts);
}

/** How many records hold each unknown field, in the order the fields were first met. */
export type UnknownFieldCounts = Map<string, number>;

/** Adds one record's unknown fields to `counts` (`unknownFields` one record at a time, for a caller that knows most records hold none). */
export function countUnknownFields(schema: z.ZodType, record: unknown, counts: UnknownFieldCounts): void {
  const found = new Set<string>();
  collect(schema, record, '', found);
  for (const field of found) counts.set(field, (counts.get(field) ?? 0) + 1);
}

/** The counted fields as `unknownFields` lists them: most common first, then by name. */
export function listUnknownFields(counts: UnknownFieldCounts): UnknownField[] {
  return [...counts].map(([field, records]) => ({ field, records })).sort((a, b) => b.records - a.records || a.field.localeCompare(b.field));
}

/** Header fields of a file (outside its records) that `known` does not list. */
export function unknownHeaderFields(file: unknown, known: Iterable<string>): UnknownField[] {
  if (!isPlainObject(file)) return [];
  const names = new Set(known);
  return Object.keys(file)
    .filter((key) => !names.has(key))
    .map((key) => ({ field: `file.${key}`, records: 0 }));
}
