import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastImportedAnnotation, fastParsedAnnotation, lastReadHadUnknownKeys } from '../../utils/import/fast-validate';
import { unknownFields, unknownHeaderFields } from '../../utils/import/unknown-fields';
import { ExportEnvelopeSchema, parseEnvelope } from '../../utils/export/envelope';
import { ImportedAnnotationSchema } from '../../utils/model/annotation';
import { seedLibraryInPage } from '../../scripts/lib/library-seed';
import { allAnnotations, ClaimlensDB } from '../../utils/db';
import { makeAnnotation } from '../support/annotations';

/**
 * The hand-written reading of a record (zod is slow in the extension page):
 * it may say "valid" only when ImportedAnnotationSchema does, with the same
 * record, key order included (the exports write records as stored).
 */

const base = (): Record<string, unknown> => JSON.parse(JSON.stringify(makeAnnotation({ evidence: [{ url: 'https://example.org/a', title: 'A' }], tags: ['troops'], lastAnchor: { state: 'moved', text: 'x', checkedAt: '2026-01-01T00:00:00Z' } })));
const attribution = () => ({ ...base(), claim: { type: 'attribution', text: 'said', cue: 'say', sourceType: 'official', source: { start: 0, end: 3, text: 'Kim' }, resolved: 'Kim Jong Un', content: { start: 5, end: 9, text: 'that' } } });
const passage = () => ({ ...base(), claim: { type: 'passage', text: 'visited Moscow' } });

const PATHS = [
  'id', 'page', 'page.url', 'page.canonicalUrl', 'page.title', 'page.publishedAt', 'target', 'target.quote', 'target.quote.type', 'target.quote.exact', 'target.quote.prefix', 'target.quote.suffix',
  'target.position', 'target.position.start', 'target.position.end', 'claim', 'claim.type', 'claim.text', 'claim.value', 'claim.unit', 'claim.approx', 'claim.hedges', 'claim.high', 'claim.currency',
  'claim.cue', 'claim.source', 'claim.source.start', 'claim.source.text', 'claim.sourceType', 'claim.resolved', 'claim.content', 'claim.start', 'sentence', 'verdict', 'note', 'evidence', 'evidence.0',
  'evidence.0.url', 'evidence.0.title', 'tags', 'tags.0', 'createdAt', 'updatedAt', 'revision', 'dismissed', 'claimEditedAt', 'lastAnchor', 'lastAnchor.state', 'lastAnchor.text', 'lastAnchor.checkedAt',
  'reviewedAt', 'factCheckUrl', 'extra', 'page.extra', 'target.extra', 'target.quote.extra', 'target.position.extra', 'claim.extra', 'claim.source.extra', 'claim.content.extra',
  'evidence.0.extra', 'lastAnchor.extra',
];
const VALUES = [
  undefined, null, '', 'x', 'a'.repeat(33), 'a'.repeat(32), 0, -0, -1, 1, 1.5, 2 ** 53, Number.NaN, true, false, [], {}, ['troops'], [''], [1],
  'https://example.org/', 'HTTPS://EXAMPLE.ORG/x y', ' https://example.org/', 'https://exa\tmple.org/', 'https://example.org/\n', 'https://example.org/\u00a0', 'javascript:alert(1)', 'data:,x', 'not a url', 'https://', '2024-06-01T12:00:00Z', '2024-06-01T12:00:00.123+09:00', '2024-02-30T00:00:00Z',
  '2024-06-01T24:00:00Z', '2024-06-01', '2024-06-01T12:00Z', 'accurate', 'quantity', 'attribution', 'passage', 'official', 'exact', 'orphan', 'TextQuoteSelector', 'TextPositionSelector',
  { url: 'https://a.example/' }, { url: 'javascript:x', title: 't' }, { start: 1, end: 2, text: 't' }, { start: -1, end: 2, text: 't' },
];

function setPath(record: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at: unknown = record;
  for (const key of keys.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) return;
    at = (at as Record<string, unknown>)[key];
  }
  if (typeof at !== 'object' || at === null) return;
  (at as Record<string, unknown>)[keys.at(-1)!] = value;
}
function deletePath(record: Record<string, unknown>, path: string): void {
  const keys = path.split('.');
  let at: unknown = record;
  for (const key of keys.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) return;
    at = (at as Record<string, unknown>)[key];
  }
  if (typeof at === 'object' && at !== null) delete (at as Record<string, unknown>)[keys.at(-1)!];
}

/** Moves the key at `path` to the end of its object (zod writes keys in the schema's order, whatever the input's). */
function movePathLast(record: Record<string, unknown>, path: string): void {
  const keys = path.split('.');
  let at: unknown = record;
  for (const key of keys.slice(0, -1)) {
    if (typeof at !== 'object' || at === null) return;
    at = (at as Record<string, unknown>)[key];
  }
  const key = keys.at(-1)!;
  if (typeof at !== 'object' || at === null || Array.isArray(at) || !(key in at)) return;
  const value = (at as Record<string, unknown>)[key];
  delete (at as Record<string, unknown>)[key];
  (at as Record<string, unknown>)[key] = value;
}

const mutation = fc.oneof(
  fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom(...VALUES.map((_, i) => i))).map(([path, i]) => (r: Record<string, unknown>) => setPath(r, path, structuredClone(VALUES[i]))),
  fc.constantFrom(...PATHS).map((path) => (r: Record<string, unknown>) => deletePath(r, path)),
  fc.constantFrom(...PATHS).map((path) => (r: Record<string, unknown>) => movePathLast(r, path)),
);

/** The benchmark's records (scripts/lib/library-seed.ts), as its seeding stores them (in fake-indexeddb) and a file carries them. */
async function benchRecords(count: number): Promise<unknown[]> {
  const db = new ClaimlensDB(); // the seed writes into the extension's database by its name
  await db.open();
  try {
    await seedLibraryInPage({ count });
    return JSON.parse(JSON.stringify(await allAnnotations(db))) as unknown[];
  } finally {
    await db.delete();
  }
}

/**
 * Both readings say "valid" only when zod does, with zod's record. The
 * reading of a parsed file's record may keep parts of its input, so it gets
 * a copy; when it gives up, or when it says the record may hold unknown
 * keys, it must have left the copy as it came (zod, then the unknown-field
 * walk, read it next), and when it says the record holds none, the walk
 * finds none.
 */
function agree(record: unknown): void {
  const zod = ImportedAnnotationSchema.safeParse(record);
  const fast = fastImportedAnnotation(record);
  if (fast !== undefined) {
    expect(zod.success).toBe(true);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
    expect(fast).toStrictEqual(zod.data);
  }
  const input = structuredClone(record);
  const parsed = fastParsedAnnotation(input);
  if (parsed === undefined || lastReadHadUnknownKeys()) expect(input).toStrictEqual(record);
  if (parsed === undefined) return;
  expect(zod.success).toBe(true);
  expect(JSON.stringify(parsed)).toBe(JSON.stringify(zod.data));
  expect(parsed).toStrictEqual(zod.data);
  if (!lastReadHadUnknownKeys()) expect(unknownFields(ImportedAnnotationSchema, [record])).toEqual([]);
}

describe('reading a record by hand', () => {
  it('reads plainly valid records as zod does, all claim kinds, and the benchmark’s', async () => {
    for (const record of [base(), attribution(), passage(), ...(await benchRecords(40))]) {
      expect(fastImportedAnnotation(record)).toBeDefined();
      agree(record);
    }
  });

  it('never says valid where zod does not, nor reads a record otherwise (fast-check, seeded)', () => {
    fc.assert(
      fc.property(fc.constantFrom(base, attribution, passage), fc.array(mutation, { minLength: 1, maxLength: 3 }), (make, mutations) => {
        const record = make();
        for (const mutate of mutations) mutate(record);
        agree(record);
      }),
      { seed: 20261127, numRuns: 3000 },
    );
  });

  it('leaves a non-object to zod', () => {
    for (const value of [null, 1, 'x', [], undefined]) {
      expect(fastImportedAnnotation(value)).toBeUndefined();
      expect(fastParsedAnnotation(value)).toBeUndefined();
    }
  });

  it('keeps a parsed record that already is zod’s output, and builds the parts that are not', async () => {
    const [record] = await benchRecords(1); // its claim and anchor keys are not in the schema's order
    const read = fastParsedAnnotation(record) as unknown as Record<string, unknown>;
    expect(read).toBe(record);
    expect(Object.keys(read.claim as object)).toEqual(Object.keys(ImportedAnnotationSchema.parse(JSON.parse(JSON.stringify(record))).claim));
    const exact = JSON.parse(JSON.stringify(ImportedAnnotationSchema.parse(base())));
    const kept = fastParsedAnnotation(exact) as unknown as Record<string, unknown>;
    expect(kept).toBe(exact);
    expect(kept.page).toBe(exact.page);
    expect(lastReadHadUnknownKeys()).toBe(false);
  });

  it('reads URLs as zod does: the plain web ones by hand, the rest by zod (fast-check, seeded)', () => {
    const label = fc.stringMatching(/^[a-z0-9-]{0,8}$/).chain((l) => fc.constantFrom(l, `xn--${l}`, l.toUpperCase(), `${l}é`, '1', '0x1f', '256'));
    const url = fc
      .tuple(
        fc.constantFrom('http://', 'https://', 'HTTP://', 'ftp://', 'http:/', 'http:', ''),
        fc.array(label, { minLength: 0, maxLength: 4 }).map((labels) => labels.join('.')),
        fc.constantFrom('', '.', ':', ':0', ':8080', ':65535', ':65536', ':99999', '@x', '\\'),
        fc.constantFrom('', '/', '/a/b.html?q=1#f', '/a b', '/\u00e9', '/%zz', '?', '#', '/\t', '/\u007f', ' '),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(url, (value) => {
        const record = base();
        (record.page as Record<string, unknown>).url = value;
        (record.evidence as Array<Record<string, unknown>>)[0].url = value;
        agree(record);
      }),
      { seed: 20261128, numRuns: 1000 },
    );
  });

  it('reads date-times as zod does (fast-check, seeded)', () => {
    const time = fc
      .tuple(
        fc.constantFrom('2024', '2023', '1900', '2000', '0000', '9999', '24'),
        fc.constantFrom('-01', '-02', '-04', '-12', '-13', '-00', '-1'),
        fc.constantFrom('-01', '-28', '-29', '-30', '-31', '-32', '-00'),
        fc.constantFrom('T00', 'T23', 'T24', 't12', ' 12'),
        fc.constantFrom(':00:00', ':59:59', ':60:00', ':00:60', ':00', ''),
        fc.constantFrom('', '.1', '.123', '.123456789', '.'),
        fc.constantFrom('Z', 'z', '+09:00', '-05:30', '+24:00', '+0900', '', '+09:60'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(time, fc.constantFrom('createdAt', 'updatedAt', 'claimEditedAt', 'lastAnchor.checkedAt'), (value, path) => {
        const record = base();
        setPath(record, path, value);
        agree(record);
      }),
      { seed: 20261129, numRuns: 1000 },
    );
  });
});

describe('reading a whole file', () => {
  const fileOf = (annotations: unknown[], header: Record<string, unknown> = {}) =>
    JSON.stringify({ format: 'claimlens-annotations', version: 2, exportedAt: '2026-11-27T12:00:00.000Z', scope: { kind: 'all' }, ...header, annotations });

  it('gives the records and unknown fields that zod and a walk of every record give (fast-check, seeded)', () => {
    const record = fc.tuple(fc.constantFrom(base, attribution, passage), fc.array(mutation, { maxLength: 3 })).map(([make, mutations]) => {
      const r = make();
      for (const mutate of mutations) mutate(r);
      return JSON.parse(JSON.stringify(r)) as unknown;
    });
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 5 }), fc.boolean(), (records, extraHeader) => {
        const text = fileOf(records, extraHeader ? { generator: 'x' } : {});
        const whole = ExportEnvelopeSchema.safeParse(JSON.parse(text));
        let read: ReturnType<typeof parseEnvelope> | 'refused';
        try {
          read = parseEnvelope(text);
        } catch {
          read = 'refused';
        }
        expect(read === 'refused').toBe(!whole.success);
        if (read === 'refused' || !whole.success) return;
        expect(read.annotations).toStrictEqual(whole.data.annotations);
        expect(JSON.stringify(read.annotations)).toBe(JSON.stringify(whole.data.annotations));
        const json = JSON.parse(text);
        expect(read.unknownFields).toEqual([...unknownHeaderFields(json, Object.keys(ExportEnvelopeSchema.shape)), ...unknownFields(ImportedAnnotationSchema, json.annotations)]);
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });
});
