import { AnnotationSchema, ImportedAnnotationSchema, LastAnchorSchema, PageSchema, TargetSchema, TextPositionSelectorSchema, TextQuoteSelectorSchema, VERDICTS, ANCHOR_STATES, type Annotation } from '../model/annotation';
import { AttributionClaimSchema, PassageClaimSchema, QuantityClaimSchema, SourceTypeSchema, SpanSchema } from '../model/claim';

/**
 * ImportedAnnotationSchema's answer for a plainly valid record, without
 * zod's object machinery: in an extension page zod cannot compile its
 * parsers (the extension's CSP forbids eval), and its interpreted path cost
 * about 0.2 ms a record, 20 s for a 100,000-record import. This checks the
 * structure by hand and each formatted string (URLs, ISO times, dates) with
 * a strict pattern or else the schema's own string schemas, and gives the
 * record as zod would: known keys only, in the schema's order, with its
 * defaults.
 *
 * It may only say "valid" when zod says so, with the same output; whenever
 * it is unsure (anything odd or invalid) it returns undefined and zod
 * decides, with its messages. tests/unit/import-fast-validate.test.ts checks
 * both on generated records (fast-check).
 *
 * Two entry points. `fastImportedAnnotation` builds its output anew (a
 * caller's objects are never handed back). `fastParsedAnnotation` is for an
 * object JSON.parse has just made that nobody else holds (parseEnvelope's):
 * every part of it that already is what zod would output (only known keys,
 * in the schema's order, defaults present) is kept as it is, and it notes
 * whether the record holds keys the schema does not know, so the file's
 * unknown fields are looked for only in those records. At 100,000 records
 * building ten objects a record, and walking every record a second time for
 * unknown fields, was most of the import's time before the database.
 */

type Raw = Record<string, unknown>;
// zod's own object check: any non-null object that is not an array.
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * An absolute http(s) URL that any WHATWG URL parser reads (zod's url check
 * is the URL parser) and that zod returns unchanged (it trims and drops tabs
 * and line breaks): lower-case scheme, a host of plain lower-case DNS labels
 * (1 to 63 letters, digits and inner hyphens, 253 characters in all) whose
 * last one starts with a letter (so it is never read as an IPv4 address), no
 * "--" (no punycode label to decode), an optional port of up to 4 digits,
 * and printable ASCII after it (the parser escapes, never refuses, what a
 * path, query or fragment holds). Anything else is asked of the schema.
 * Scanned by hand: the same test as a regular expression took ~0.5 µs a URL.
 */
function isPlainWebUrl(s: string): boolean {
  let i = s.startsWith('https://') ? 8 : s.startsWith('http://') ? 7 : 0;
  if (i === 0) return false;
  const hostStart = i;
  let labelStart = i;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) continue; // a-z 0-9
    if (c === 45) {
      if (i === labelStart || s.charCodeAt(i - 1) === 45) return false; // "-" starting a label, or "--"
      continue;
    }
    if (c !== 46) break; // "." ends a label
    if (i === labelStart || i - labelStart > 63 || s.charCodeAt(i - 1) === 45) return false;
    labelStart = i + 1;
  }
  if (i === labelStart || i - labelStart > 63 || s.charCodeAt(i - 1) === 45 || i - hostStart > 253) return false;
  const first = s.charCodeAt(labelStart);
  if (first < 97 || first > 122) return false;
  if (i < s.length && s.charCodeAt(i) === 58) {
    const portStart = ++i;
    while (i < s.length && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
    if (i === portStart || i - portStart > 4) return false;
  }
  if (i === s.length) return true;
  const next = s.charCodeAt(i);
  if (next !== 47 && next !== 63 && next !== 35) return false; // / ? #
  for (i++; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x21 || c > 0x7e) return false;
  }
  return true;
}

/**
 * The date-times the schemas' `z.string().datetime({ offset: true })`
 * accepts, as zod 4 writes its pattern: real calendar days (leap years
 * included), hours to 23, seconds required, any fraction, Z or an offset.
 * A string it refuses is still asked of the schema, so it may only ever be
 * narrower than zod.
 */
const LEAP_DAY = '(?:\\d\\d(?:[2468][048]|[13579][26]|0[48])|(?:[02468][048]|[13579][26])00)-02-29';
const OTHER_DAY = '\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))';
const ISO_DATE_TIME = new RegExp(`^(?:${LEAP_DAY}|${OTHER_DAY})T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`);

// The schemas' string schemas and key orders, taken on first use: taking them builds the (lazy) schemas, ~10 ms that
// every extension page importing the database paid while loading, before its first render.
interface Known {
  url: typeof PageSchema.shape.url;
  isoDate: typeof AnnotationSchema.shape.createdAt;
  publishedAt: ReturnType<typeof PageSchema.shape.publishedAt.unwrap>;
  sourceTypes: Set<unknown>;
  /** Each object's keys in the order zod writes them (its shape's order). */
  keys: { record: string[]; page: string[]; target: string[]; quote: string[]; position: string[]; quantity: string[]; attribution: string[]; passage: string[]; span: string[]; link: string[]; anchor: string[] };
}
let knownOnce: Known | undefined;
function known(): Known {
  if (knownOnce) return knownOnce;
  // The stored claims are the detector's claims without their offsets (StoredClaimSchema).
  const claimKeys = (schema: { shape: object }) => Object.keys(schema.shape).filter((key) => key !== 'start' && key !== 'end');
  knownOnce = {
    url: PageSchema.shape.url,
    isoDate: AnnotationSchema.shape.createdAt,
    publishedAt: PageSchema.shape.publishedAt.unwrap(),
    sourceTypes: new Set<unknown>(SourceTypeSchema.options),
    keys: {
      record: Object.keys(ImportedAnnotationSchema.shape),
      page: Object.keys(PageSchema.shape),
      target: Object.keys(TargetSchema.shape),
      quote: Object.keys(TextQuoteSelectorSchema.shape),
      position: Object.keys(TextPositionSelectorSchema.shape),
      quantity: claimKeys(QuantityClaimSchema),
      attribution: claimKeys(AttributionClaimSchema),
      passage: claimKeys(PassageClaimSchema),
      span: Object.keys(SpanSchema.shape),
      link: Object.keys(ImportedAnnotationSchema.shape.evidence.element.shape),
      anchor: Object.keys(LastAnchorSchema.shape),
    },
  };
  return knownOnce;
}
const verdicts = new Set<unknown>(VERDICTS);
const anchorStates = new Set<unknown>(ANCHOR_STATES);

/** Thrown inside to give up: zod will read the record. */
const UNSURE = Symbol('unsure');
function need(ok: boolean): void {
  if (!ok) throw UNSURE;
}

/** A URL zod accepts and returns as written (zod trims it and drops tabs and line breaks: such a one is left to zod). */
function isUrl(v: unknown): v is string {
  if (!isString(v)) return false;
  if (isPlainWebUrl(v)) return true;
  const parsed = known().url.safeParse(v);
  return parsed.success && parsed.data === v;
}
const isIsoDate = (v: unknown): v is string => isString(v) && (ISO_DATE_TIME.test(v) || known().isoDate.safeParse(v).success);
const isPublishedAt = (v: unknown): v is string => isString(v) && known().publishedAt.safeParse(v).success;

// The walk's state, so that reading a record allocates nothing of its own.
/** Whether parts of the input may be kept as the output (`fastParsedAnnotation`). */
let keepInput = false;
/** Whether the record read last holds a key its schema does not know. */
let strayKeys = false;

/**
 * Whether `raw`'s own keys are all in `order`, in that order (it can then
 * stand for zod's output when its values can). Notes any key `order` lacks.
 * for…in is allocation-free; it would also list inherited enumerable keys,
 * which only makes it say no (and report a stray key that the exact walk in
 * unknown-fields.ts then does not find).
 */
function inOrder(raw: Raw, order: readonly string[]): boolean {
  if (!keepInput) return false;
  let next = 0;
  let ordered = true;
  for (const key in raw) {
    let i = next;
    while (i < order.length && order[i] !== key) i++;
    if (i < order.length) {
      next = i + 1;
      continue;
    }
    if (!order.includes(key)) {
      strayKeys = true;
      return false;
    }
    ordered = false;
  }
  return ordered;
}

/** A list of strings (an index loop: `map` and `every` skip the holes of a sparse array, zod does not). */
function strings(value: unknown, nonEmpty: boolean): unknown[] {
  need(Array.isArray(value));
  const list = value as unknown[];
  for (let i = 0; i < list.length; i++) {
    const item = list[i];
    need(isString(item) && (!nonEmpty || item.length >= 1));
  }
  return keepInput ? list : list.slice();
}

function span(raw: unknown): Raw {
  need(isObject(raw));
  const s = raw as Raw;
  const keep = inOrder(s, known().keys.span);
  need(isCount(s.start) && isCount(s.end) && isString(s.text));
  return keep ? s : { start: s.start, end: s.end, text: s.text };
}

function claim(raw: unknown): Raw {
  need(isObject(raw));
  const c = raw as Raw;
  need(isString(c.text));
  const keys = known().keys;
  if (c.type === 'quantity') {
    const keep = inOrder(c, keys.quantity) && c.hedges !== undefined;
    need((c.value === null || isFiniteNumber(c.value)) && (c.unit === null || isString(c.unit)) && typeof c.approx === 'boolean');
    const hedges = c.hedges === undefined ? [] : strings(c.hedges, false);
    need((!('high' in c) || isFiniteNumber(c.high)) && (!('currency' in c) || isString(c.currency)));
    if (keep) return c;
    const out: Raw = { text: c.text, type: c.type, value: c.value, unit: c.unit, approx: c.approx, hedges };
    if ('high' in c) out.high = c.high;
    if ('currency' in c) out.currency = c.currency;
    return out;
  }
  if (c.type === 'attribution') {
    const keep = inOrder(c, keys.attribution);
    need(isString(c.cue) && known().sourceTypes.has(c.sourceType) && (!('resolved' in c) || isString(c.resolved)));
    const source = 'source' in c ? span(c.source) : undefined;
    const content = 'content' in c ? span(c.content) : undefined;
    if (keep && source === c.source && content === c.content) return c;
    const out: Raw = { text: c.text, type: c.type, cue: c.cue };
    if (source) out.source = source;
    if ('resolved' in c) out.resolved = c.resolved;
    out.sourceType = c.sourceType;
    if (content) out.content = content;
    return out;
  }
  need(c.type === 'passage');
  return inOrder(c, keys.passage) ? c : { text: c.text, type: c.type };
}

function page(raw: unknown): Raw {
  need(isObject(raw));
  const p = raw as Raw;
  const keep = inOrder(p, known().keys.page);
  need(isUrl(p.url) && isString(p.title) && (!('canonicalUrl' in p) || isUrl(p.canonicalUrl)) && (!('publishedAt' in p) || isPublishedAt(p.publishedAt)));
  if (keep) return p;
  const out: Raw = { url: p.url };
  if ('canonicalUrl' in p) out.canonicalUrl = p.canonicalUrl;
  out.title = p.title;
  if ('publishedAt' in p) out.publishedAt = p.publishedAt;
  return out;
}

function target(raw: unknown): Raw {
  need(isObject(raw));
  const t = raw as Raw;
  const keys = known().keys;
  const keep = inOrder(t, keys.target);
  need(isObject(t.quote) && isObject(t.position));
  const q = t.quote as Raw;
  const pos = t.position as Raw;
  const keepQuote = inOrder(q, keys.quote);
  need(q.type === 'TextQuoteSelector' && isString(q.exact) && q.exact.length >= 1 && isString(q.prefix) && q.prefix.length <= 32 && isString(q.suffix) && q.suffix.length <= 32);
  const keepPosition = inOrder(pos, keys.position);
  need(pos.type === 'TextPositionSelector' && isCount(pos.start) && isCount(pos.end));
  if (keep && keepQuote && keepPosition) return t;
  return {
    quote: keepQuote ? q : { type: q.type, exact: q.exact, prefix: q.prefix, suffix: q.suffix },
    position: keepPosition ? pos : { type: pos.type, start: pos.start, end: pos.end },
  };
}

function evidenceLink(raw: unknown): Raw {
  need(isObject(raw));
  const link = raw as Raw;
  const keep = inOrder(link, known().keys.link);
  need(isUrl(link.url) && (!('title' in link) || isString(link.title)));
  if (keep) return link;
  const out: Raw = { url: link.url };
  if ('title' in link) out.title = link.title;
  return out;
}

function evidence(value: unknown): unknown[] {
  need(Array.isArray(value));
  const list = value as unknown[];
  let out: unknown[] | undefined = keepInput ? undefined : [];
  for (let i = 0; i < list.length; i++) {
    const link = evidenceLink(list[i]);
    if (out) out.push(link);
    else if (link !== list[i]) (out = list.slice(0, i)).push(link);
  }
  return out ?? list;
}

function lastAnchor(raw: unknown): Raw {
  need(isObject(raw));
  const a = raw as Raw;
  const keep = inOrder(a, known().keys.anchor);
  need(anchorStates.has(a.state) && (!('text' in a) || isString(a.text)) && isIsoDate(a.checkedAt));
  if (keep) return a;
  const out: Raw = { state: a.state };
  if ('text' in a) out.text = a.text;
  out.checkedAt = a.checkedAt;
  return out;
}

function build(r: Raw): Annotation {
  // Defaults zod would add leave the record to be built anew.
  const keep = inOrder(r, known().keys.record) && r.sentence !== undefined && r.revision !== undefined && r.dismissed !== undefined;
  need(isString(r.id) && r.id.length >= 1);
  const readPage = page(r.page);
  const readTarget = target(r.target);
  const readClaim = claim(r.claim);
  need(r.sentence === undefined || isString(r.sentence));
  need(verdicts.has(r.verdict) && isString(r.note));
  const readEvidence = evidence(r.evidence);
  const readTags = strings(r.tags, true);
  need(isIsoDate(r.createdAt) && isIsoDate(r.updatedAt));
  need(r.revision === undefined || (typeof r.revision === 'number' && Number.isSafeInteger(r.revision) && r.revision > 0));
  need(r.dismissed === undefined || typeof r.dismissed === 'boolean');
  need((!('claimEditedAt' in r) || isIsoDate(r.claimEditedAt)) && (!('reviewedAt' in r) || isIsoDate(r.reviewedAt)) && (!('factCheckUrl' in r) || isUrl(r.factCheckUrl)));
  const readAnchor = 'lastAnchor' in r ? lastAnchor(r.lastAnchor) : undefined;
  if (keep && !strayKeys) {
    // Every check has passed: only now is the input changed (a record zod reads instead, or whose stray keys are looked
    // for, is left as it came). Replacing a key's value keeps its place.
    if (readPage !== r.page) r.page = readPage;
    if (readTarget !== r.target) r.target = readTarget;
    if (readClaim !== r.claim) r.claim = readClaim;
    if (readEvidence !== r.evidence) r.evidence = readEvidence;
    if (readAnchor !== r.lastAnchor) r.lastAnchor = readAnchor;
    return r as unknown as Annotation;
  }
  const out: Raw = { id: r.id, page: readPage, target: readTarget, claim: readClaim, sentence: r.sentence ?? '', verdict: r.verdict, note: r.note, evidence: readEvidence, tags: readTags, createdAt: r.createdAt, updatedAt: r.updatedAt, revision: r.revision ?? 1, dismissed: r.dismissed ?? false };
  if ('claimEditedAt' in r) out.claimEditedAt = r.claimEditedAt;
  if (readAnchor) out.lastAnchor = readAnchor;
  if ('reviewedAt' in r) out.reviewedAt = r.reviewedAt;
  if ('factCheckUrl' in r) out.factCheckUrl = r.factCheckUrl;
  return out as unknown as Annotation;
}

function read(raw: unknown, keep: boolean): Annotation | undefined {
  keepInput = keep;
  strayKeys = false;
  if (!isObject(raw)) return undefined;
  try {
    return build(raw);
  } catch (error) {
    if (error === UNSURE) return undefined;
    throw error;
  } finally {
    keepInput = false;
  }
}

/** The record ImportedAnnotationSchema would output, built anew, or undefined when zod must decide. */
export function fastImportedAnnotation(raw: unknown): Annotation | undefined {
  return read(raw, false);
}

/**
 * The same for an object JSON.parse has just made and nobody else holds:
 * the parts of it that already are zod's output are kept (the object itself
 * may be returned, with parts replaced). When it returns undefined the
 * object is as it came.
 */
export function fastParsedAnnotation(raw: unknown): Annotation | undefined {
  return read(raw, true);
}

/**
 * After `fastParsedAnnotation` returned a record: whether the input may
 * hold keys the schema does not know (it was then left as it came, for
 * unknown-fields.ts to name them). False means it holds none.
 */
export function lastReadHadUnknownKeys(): boolean {
  return strayKeys;
}
