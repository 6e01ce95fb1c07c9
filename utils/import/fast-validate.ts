import { AnnotationSchema, PageSchema, VERDICTS, ANCHOR_STATES, type Annotation } from '../model/annotation';
import { SourceTypeSchema } from '../model/claim';

/**
 * ImportedAnnotationSchema's answer for a plainly valid record, without
 * zod's object machinery: in an extension page zod cannot compile its
 * parsers (the extension's CSP forbids eval), and its interpreted path cost
 * about 0.2 ms a record, 20 s for a 100,000-record import. This checks the
 * structure by hand and each formatted string (URLs, ISO times, dates) with
 * the schema's own string schemas, and builds the record as zod would:
 * known keys only, in the schema's order, with its defaults.
 *
 * It may only say "valid" when zod says so, with the same output; whenever
 * it is unsure (anything odd or invalid) it returns undefined and zod
 * decides, with its messages. tests/unit/import-fast-validate.test.ts checks
 * both on generated records (fast-check).
 */

type Raw = Record<string, unknown>;
// zod's own object check: any non-null object that is not an array.
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

// The schemas' string schemas, taken on first use: taking them builds the (lazy) schemas, ~10 ms that every extension
// page importing the database paid while loading, before its first render.
let strings: { url: typeof PageSchema.shape.url; isoDate: typeof AnnotationSchema.shape.createdAt; publishedAt: ReturnType<typeof PageSchema.shape.publishedAt.unwrap> } | undefined;
const schemaStrings = () => (strings ??= { url: PageSchema.shape.url, isoDate: AnnotationSchema.shape.createdAt, publishedAt: PageSchema.shape.publishedAt.unwrap() });
let sourceTypeSet: Set<unknown> | undefined;
const isUrl = (v: unknown): v is string => isString(v) && schemaStrings().url.safeParse(v).success;
const isIsoDate = (v: unknown): v is string => isString(v) && schemaStrings().isoDate.safeParse(v).success;
const verdicts = new Set<unknown>(VERDICTS);
const anchorStates = new Set<unknown>(ANCHOR_STATES);
const sourceTypes = () => (sourceTypeSet ??= new Set<unknown>(SourceTypeSchema.options));

/** Each item of an array read by `read` (an index loop: `map` and `every` skip the holes of a sparse array, zod does not). */
function items<T>(value: unknown, read: (item: unknown) => T): T[] {
  need(Array.isArray(value));
  const list = value as unknown[];
  const out: T[] = [];
  for (let i = 0; i < list.length; i++) out.push(read(list[i]));
  return out;
}
const text = (v: unknown): string => (need(isString(v)), v as string);

/** Thrown inside to give up: zod will read the record. */
const UNSURE = Symbol('unsure');
function need(ok: boolean): void {
  if (!ok) throw UNSURE;
}

/** An optional field: absent is fine; present must be valid (present but undefined: let zod decide). */
function optional<T>(raw: Raw, key: string, check: (v: unknown) => v is T, out: Raw): void {
  if (!(key in raw)) return;
  need(check(raw[key]));
  out[key] = raw[key];
}

function span(raw: unknown): Raw {
  need(isObject(raw));
  const s = raw as Raw;
  need(isCount(s.start) && isCount(s.end) && isString(s.text));
  return { start: s.start, end: s.end, text: s.text };
}

function claim(raw: unknown): Raw {
  need(isObject(raw));
  const c = raw as Raw;
  need(isString(c.text));
  if (c.type === 'quantity') {
    need((c.value === null || isFiniteNumber(c.value)) && (c.unit === null || isString(c.unit)) && typeof c.approx === 'boolean');
    let hedges: string[] = [];
    if (c.hedges !== undefined) {
      hedges = items(c.hedges, text);
    } else need(!('hedges' in c) || c.hedges === undefined);
    const out: Raw = { text: c.text, type: c.type, value: c.value, unit: c.unit, approx: c.approx, hedges };
    optional(c, 'high', isFiniteNumber, out);
    optional(c, 'currency', isString, out);
    return out;
  }
  if (c.type === 'attribution') {
    need(isString(c.cue) && sourceTypes().has(c.sourceType));
    const out: Raw = { text: c.text, type: c.type, cue: c.cue };
    if ('source' in c) out.source = span(c.source);
    optional(c, 'resolved', isString, out);
    out.sourceType = c.sourceType;
    if ('content' in c) out.content = span(c.content);
    return out;
  }
  need(c.type === 'passage');
  return { text: c.text, type: c.type };
}

function build(r: Raw): Annotation {
  need(isString(r.id) && r.id.length >= 1);

  need(isObject(r.page));
  const p = r.page as Raw;
  need(isUrl(p.url) && isString(p.title));
  const page: Raw = { url: p.url };
  optional(p, 'canonicalUrl', isUrl, page);
  page.title = p.title;
  optional(p, 'publishedAt', (v): v is string => isString(v) && schemaStrings().publishedAt.safeParse(v).success, page);

  need(isObject(r.target));
  const t = r.target as Raw;
  need(isObject(t.quote) && isObject(t.position));
  const q = t.quote as Raw;
  const pos = t.position as Raw;
  need(q.type === 'TextQuoteSelector' && isString(q.exact) && q.exact.length >= 1 && isString(q.prefix) && q.prefix.length <= 32 && isString(q.suffix) && q.suffix.length <= 32);
  need(pos.type === 'TextPositionSelector' && isCount(pos.start) && isCount(pos.end));
  const target = { quote: { type: q.type, exact: q.exact, prefix: q.prefix, suffix: q.suffix }, position: { type: pos.type, start: pos.start, end: pos.end } };

  const out: Raw = { id: r.id, page, target, claim: claim(r.claim) };
  need(r.sentence === undefined ? !('sentence' in r) || r.sentence === undefined : isString(r.sentence));
  out.sentence = r.sentence ?? '';
  need(verdicts.has(r.verdict) && isString(r.note));
  out.verdict = r.verdict;
  out.note = r.note;

  out.evidence = items(r.evidence, (e) => {
    need(isObject(e));
    const link = e as Raw;
    need(isUrl(link.url));
    const kept: Raw = { url: link.url };
    optional(link, 'title', isString, kept);
    return kept;
  });
  out.tags = items(r.tags, (tag) => (need(isString(tag) && tag.length >= 1), tag as string));
  need(isIsoDate(r.createdAt) && isIsoDate(r.updatedAt));
  out.createdAt = r.createdAt;
  out.updatedAt = r.updatedAt;
  if (r.revision === undefined) need(!('revision' in r) || r.revision === undefined);
  else need(typeof r.revision === 'number' && Number.isSafeInteger(r.revision) && r.revision > 0);
  out.revision = r.revision ?? 1;
  if (r.dismissed !== undefined) need(typeof r.dismissed === 'boolean');
  out.dismissed = r.dismissed ?? false;
  optional(r, 'claimEditedAt', isIsoDate, out);
  if ('lastAnchor' in r) {
    need(isObject(r.lastAnchor));
    const a = r.lastAnchor as Raw;
    need(anchorStates.has(a.state));
    const anchor: Raw = { state: a.state };
    optional(a, 'text', isString, anchor);
    need(isIsoDate(a.checkedAt));
    anchor.checkedAt = a.checkedAt;
    out.lastAnchor = anchor;
  }
  optional(r, 'reviewedAt', isIsoDate, out);
  optional(r, 'factCheckUrl', isUrl, out);
  return out as unknown as Annotation;
}

/** The record ImportedAnnotationSchema would output, or undefined when zod must decide. */
export function fastImportedAnnotation(raw: unknown): Annotation | undefined {
  if (!isObject(raw)) return undefined;
  try {
    return build(raw);
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  }
}
