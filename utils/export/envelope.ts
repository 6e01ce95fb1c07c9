import { z } from 'zod';
import { ImportedAnnotationSchema, type Annotation } from '../model/annotation';
import { countUnknownFields, listUnknownFields, unknownHeaderFields, type UnknownField, type UnknownFieldCounts } from '../import/unknown-fields';
import { looksLikeW3c, recordsFromW3c, W3cImportError } from '../import/w3c';
import { markValidated } from '../import/validated';
import { TakenAsIs } from '../import/merge';
import { fastParsedAnnotation, lastReadHadUnknownKeys } from '../import/fast-validate';

export const EXPORT_FORMAT = 'claimlens-annotations';
export const EXPORT_VERSION = 2;
/** Every version ever written still imports: v1 records get the v2 defaults (revision 1, not dismissed). */
export const READABLE_VERSIONS = [1, 2] as const;

/** The JSON export: a versioned envelope the same schema validates on import. */
export const ExportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.union([z.literal(1), z.literal(2)]),
  exportedAt: z.string().datetime({ offset: true }),
  scope: z.discriminatedUnion('kind', [z.object({ kind: z.literal('page'), url: z.string().url() }), z.object({ kind: z.literal('all') })]),
  annotations: z.array(ImportedAnnotationSchema),
});
export type ExportEnvelope = z.infer<typeof ExportEnvelopeSchema>;
/** The envelope around the records: checked first, then each record once (see `parseEnvelope`). */
const EnvelopeHeaderSchema = ExportEnvelopeSchema.extend({ annotations: z.array(z.unknown()) });
export type ExportScope = ExportEnvelope['scope'];

export function toEnvelope(annotations: Annotation[], scope: ExportScope, now = new Date()): ExportEnvelope {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), scope, annotations };
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/** A read file: the envelope, and the fields it holds that this version does not know (validation drops them). */
export type ParsedEnvelope = ExportEnvelope & { unknownFields: UnknownField[] };

/**
 * Reads an exported file: a JSON export of any version (older ones are
 * upgraded by the schema's defaults), or a W3C Web Annotation export that
 * Claimlens wrote (read back into the same records, see ../import/w3c).
 * Any problem is reported with where it is (`annotations.3.verdict: ...`)
 * and nothing is imported: a half-read file must not silently lose or
 * corrupt records. Fields the schema does not know are listed in
 * `unknownFields` so the import can say so.
 */
export function parseEnvelope(fileText: string): ParsedEnvelope {
  let json: unknown;
  try {
    json = JSON.parse(fileText.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new ImportError(`Not a JSON file: ${(error as Error).message}`);
  }
  performance.mark('claimlens-import:json-parsed'); // for the benchmark: JSON.parse vs validating
  if (looksLikeW3c(json)) json = w3cAsEnvelope(json);
  // The header, then each record once with the record schema: the same checks
  // and messages as ExportEnvelopeSchema, issues in the same order (header
  // first, then records in file order), and the list of records is marked
  // validated so prepareImport does not run the schema over them again.
  // A file of `null` is refused with the header's message like any other non-object (it used to throw a TypeError here).
  const raw = typeof json === 'object' && json !== null ? (json as { annotations?: unknown }).annotations : undefined;
  // The header schema takes any list of records: given an empty one it says the same without a step per record (~25 ms).
  const header = EnvelopeHeaderSchema.safeParse(Array.isArray(raw) ? { ...(json as object), annotations: [] } : json);
  const issues: Array<{ path: PropertyKey[]; message: string }> = header.success ? [] : [...header.error.issues];
  const annotations: ExportEnvelope['annotations'] = [];
  // Unknown fields are looked for (a second walk) only in records the fast reading did not vouch for.
  const unknownCounts: UnknownFieldCounts = new Map();
  const asIs = new TakenAsIs(Array.isArray(raw) ? raw.length : 0);
  if (Array.isArray(raw)) {
    for (let index = 0; index < raw.length; index++) {
      if (!(index in raw)) continue; // as forEach did (JSON.parse makes no holes)
      const record: unknown = raw[index];
      // A plainly valid record is read by hand (zod is slow in an extension page); zod reads the rest, with its messages.
      const fast = fastParsedAnnotation(record);
      if (fast) {
        annotations.push(fast);
        asIs.add(fast);
        if (lastReadHadUnknownKeys()) countUnknownFields(ImportedAnnotationSchema, record, unknownCounts);
        continue;
      }
      const parsed = ImportedAnnotationSchema.safeParse(record);
      if (parsed.success) {
        annotations.push(parsed.data);
        asIs.add(parsed.data);
        countUnknownFields(ImportedAnnotationSchema, record, unknownCounts);
      } else for (const issue of parsed.error.issues) issues.push({ ...issue, path: ['annotations', index, ...issue.path] });
    }
  }
  if (!header.success || issues.length) {
    const problems = issues.slice(0, 5).map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
    const more = issues.length > 5 ? ` (and ${issues.length - 5} more)` : '';
    throw new ImportError(`Not a valid Claimlens export: ${problems.join('; ')}${more}`);
  }
  const found = [...unknownHeaderFields(json, Object.keys(ExportEnvelopeSchema.shape)), ...listUnknownFields(unknownCounts)];
  return { ...header.data, annotations: markValidated(annotations, asIs.value), unknownFields: found };
}

/** A Claimlens W3C export as the JSON envelope it was made from (validated by the same schema next). */
function w3cAsEnvelope(json: unknown): unknown {
  try {
    const annotations = recordsFromW3c(json);
    let newest = 0;
    for (const a of annotations as Array<{ updatedAt?: unknown }>) newest = Math.max(newest, typeof a.updatedAt === 'string' ? Date.parse(a.updatedAt) || 0 : 0);
    return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(newest).toISOString(), scope: { kind: 'all' }, annotations };
  } catch (error) {
    if (error instanceof W3cImportError) throw new ImportError(`Not a Claimlens W3C export: ${error.message}`);
    throw error;
  }
}
