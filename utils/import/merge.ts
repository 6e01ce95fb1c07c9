import { ImportedAnnotationSchema, type Annotation } from '../model/annotation';
import { isWebUrl } from '../export/safe';
import type { UnknownField } from './unknown-fields';
import { isValidatedAt, unchangedSinceMarked, validatedList } from './validated';
import { DistinctIds } from './distinct-ids';
import { fastImportedAnnotation } from './fast-validate';

/**
 * The pure part of an import: validate, normalise, de-duplicate and merge,
 * with a report of everything that was not taken as is. utils/db.ts only
 * reads the local records and writes what this decides.
 *
 * - Times are instants: "2024-06-02T05:00:00+09:00" is 2024-06-01T20:00Z, so
 *   it is compared with Date.parse and stored as UTC (`toISOString()`).
 *   Comparing the strings let an older record with a +09:00 offset overwrite
 *   newer work and dropped a newer one written with -05:00.
 * - The same id twice in a file: the newest is merged, the others counted.
 * - Evidence links must be http(s). A record with another link (javascript:,
 *   data:, file:) is imported without that link, and the link is reported
 *   with its record: refusing the record would lose the colleague's verdict
 *   and notes over one bad link, and keeping the link would put a live
 *   script URL into the popup and the exports.
 */

export interface DroppedLink {
  id: string;
  url: string;
}

export interface ImportReport {
  /** Records left out because a newer (or later, at the same instant) record with their id came in the same file. */
  duplicates: number;
  /** Evidence links left out because they are not http(s) URLs. */
  droppedLinks: DroppedLink[];
  /** Fields the file holds that this version does not know; they are not imported. */
  unknownFields: UnknownField[];
}

export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
}

export class ImportDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportDataError';
  }
}

/** An ISO date-time with any offset as an instant in UTC ("…+09:00" → "…Z"). */
export function toUtc(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new ImportDataError(`not a date: ${iso}`);
  const utc = new Date(ms).toISOString();
  // "9999-12-31T23:00:00-05:00" is in the year 10000, which an ISO date-time (and the schema) cannot hold.
  if (!/^\d{4}-/.test(utc)) throw new ImportDataError(`not a date this version can store: ${iso}`);
  return utc;
}

/**
 * Validated, UTC-normalised, de-duplicated records with only web evidence
 * links, and what was left out. Each record is validated once: records
 * `parseEnvelope` validated are not parsed again, and what this function
 * changes (UTC times, only http(s) links) keeps a record valid under
 * AnnotationSchema, so that schema is not run a second time either
 * (tests/unit/import-validate-once.test.ts checks it on generated records).
 * parseEnvelope's records are taken as it read them (they are its own
 * objects, not changed by anyone since); when it found nothing in its list
 * to change (UTC times, web links, no id twice: every file Claimlens
 * writes), that list is returned as it is, without reading each record again.
 */
export function prepareImport(incoming: unknown[]): { annotations: Annotation[]; duplicates: number; droppedLinks: DroppedLink[] } {
  const validated = validatedList(incoming);
  // parseEnvelope's list as it came, when it found nothing here to change: the same records, in the same order.
  if (validated?.takenAsIs && unchangedSinceMarked(validated, incoming)) return { annotations: incoming.slice() as Annotation[], duplicates: 0, droppedLinks: [] };
  // The newest record of each id, where its id was first met (setting a key again keeps its place in the Map).
  const newest = new Map<string, Annotation>();
  const droppedLinks: DroppedLink[] = [];
  let duplicates = 0;
  for (let index = 0; index < incoming.length; index++) {
    const raw = incoming[index];
    if (raw === undefined && !(index in incoming)) continue; // a hole, skipped as forEach did
    const parsed = isValidatedAt(validated, incoming, index) ? (raw as Annotation) : (fastImportedAnnotation(raw) ?? ImportedAnnotationSchema.parse(raw));
    let annotation = parsed;
    try {
      const createdAt = validatedToUtc(parsed.createdAt);
      const updatedAt = validatedToUtc(parsed.updatedAt);
      // A record already in UTC (every record Claimlens exported) is taken as it is, not copied.
      if (createdAt !== parsed.createdAt || updatedAt !== parsed.updatedAt) annotation = { ...parsed, createdAt, updatedAt };
    } catch (error) {
      throw new ImportDataError(`record ${index} (${parsed.id}): ${(error as Error).message}`);
    }
    if (annotation.evidence.length && !allWebLinks(annotation.evidence)) {
      for (const e of annotation.evidence) if (!isWebLink(e.url)) droppedLinks.push({ id: annotation.id, url: e.url });
      annotation = { ...annotation, evidence: annotation.evidence.filter((e) => isWebLink(e.url)) };
    }
    if (annotation.factCheckUrl !== undefined && !isWebLink(annotation.factCheckUrl)) {
      droppedLinks.push({ id: annotation.id, url: annotation.factCheckUrl });
      const { factCheckUrl: _dropped, ...rest } = annotation;
      annotation = rest;
    }
    const seen = newest.get(annotation.id);
    if (seen !== undefined) {
      duplicates++;
      // The one already kept is newer. Times are read only for a repeated id: all are valid UTC by now.
      if (Date.parse(annotation.updatedAt) < Date.parse(seen.updatedAt)) continue;
    }
    newest.set(annotation.id, annotation);
  }
  return { annotations: Array.from(newest.values()), duplicates, droppedLinks };
}

/**
 * Whether `prepareImport` would take a whole list of valid records as it
 * is, told one record at a time (by parseEnvelope, while it has each at
 * hand): every record `takenAsIs` and no id twice.
 */
export class TakenAsIs {
  private readonly ids: DistinctIds;
  private all = true;

  constructor(count: number) {
    this.ids = new DistinctIds(count);
  }

  add(record: Annotation): void {
    if (this.all) this.all = takenAsIs(record) && this.ids.add(record.id);
  }

  get value(): boolean {
    return this.all;
  }
}

/** Whether `prepareImport` leaves a valid record as it is: its times already in UTC as `toISOString` writes them, its links all web links. */
export function takenAsIs(record: Annotation): boolean {
  return CANONICAL_UTC.test(record.createdAt) && CANONICAL_UTC.test(record.updatedAt) && allWebLinks(record.evidence) && (record.factCheckUrl === undefined || isWebLink(record.factCheckUrl));
}

function allWebLinks(evidence: ReadonlyArray<{ url: string }>): boolean {
  for (let i = 0; i < evidence.length; i++) if (!isWebLink(evidence[i].url)) return false;
  return true;
}

/** How `toISOString` writes an instant: UTC, milliseconds, years 0000–9999. */
const CANONICAL_UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

/**
 * `toUtc` for a time the schema has validated: its date-time check admits
 * only real calendar dates and times (no February 30, hours to 23), and
 * such a time already written as `toISOString` writes it is its own UTC
 * form, so it is not parsed and written again (at 100,000 records that was
 * most of the normalising). tests/unit/import.test.ts holds it to `toUtc`.
 */
export function validatedToUtc(iso: string): string {
  return CANONICAL_UTC.test(iso) ? iso : toUtc(iso);
}

/** An http(s) link, for a URL the schema has validated: those that start so are web links without parsing them again. */
function isWebLink(url: string): boolean {
  return url.startsWith('https://') || url.startsWith('http://') || isWebUrl(url);
}

/**
 * What to write: a record new here is added; one that exists here is
 * replaced only when the imported one is a later instant. A local record
 * whose time cannot be read is kept (an import never overwrites what it
 * cannot compare).
 */
export function mergeImport(incoming: Annotation[], existing: ReadonlyArray<Pick<Annotation, 'updatedAt'> | undefined>): MergeCounts & { writes: Annotation[] } {
  const counts: MergeCounts = { added: 0, updated: 0, unchanged: 0 };
  const writes: Annotation[] = [];
  incoming.forEach((a, i) => {
    const mine = existing[i];
    if (!mine) counts.added++;
    else if (isLater(a.updatedAt, mine.updatedAt)) counts.updated++;
    else return void counts.unchanged++;
    writes.push(a);
  });
  return { ...counts, writes };
}

/**
 * Whether instant `a` is later than `b`. Times written as `toISOString` writes them (every stored time, and every
 * imported one after `prepareImport`) compare as strings, without parsing: 200,000 `Date.parse` calls were a third
 * of a second of an import of 100,000 records.
 */
function isLater(a: string, b: string): boolean {
  return CANONICAL_UTC.test(a) && CANONICAL_UTC.test(b) ? a > b : Date.parse(a) > Date.parse(b);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** One line for the user: the counts, then whatever was left out (nothing is dropped without a word). */
export function describeImport(result: MergeCounts & ImportReport): string {
  const parts = [`Imported: ${result.added} new, ${result.updated} updated, ${result.unchanged} kept (newer or same here)`];
  if (result.duplicates) parts.push(`${plural(result.duplicates, 'duplicate record')} in the file skipped (the newest of each id was used)`);
  if (result.droppedLinks.length) {
    const urls = result.droppedLinks.slice(0, 3).map((d) => d.url.slice(0, 60));
    parts.push(`${plural(result.droppedLinks.length, 'evidence link')} dropped, not http(s): ${urls.join(', ')}${result.droppedLinks.length > 3 ? ', …' : ''}`);
  }
  if (result.unknownFields.length) {
    const fields = result.unknownFields.slice(0, 5).map((f) => (f.records ? `${f.field} (${plural(f.records, 'record')})` : f.field));
    parts.push(`unknown fields not imported: ${fields.join(', ')}${result.unknownFields.length > 5 ? `, and ${result.unknownFields.length - 5} more` : ''}`);
  }
  return parts.join('; ') + '.';
}
