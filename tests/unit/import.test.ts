import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allAnnotations, ClaimlensDB, countAnnotations, getAnnotation, importAnnotations, saveAnnotation, StorageError } from '../../utils/db';
import { buildExport } from '../../utils/export';
import { ImportError, parseEnvelope } from '../../utils/export/envelope';
import fc from 'fast-check';
import { describeImport, mergeImport, prepareImport, toUtc, unknownFields } from '../../utils/import';
import { validatedToUtc } from '../../utils/import/merge';
import { AnnotationSchema, type Annotation } from '../../utils/model/annotation';
import { makeAnnotation } from '../support/annotations';

/** Issue 11: imports compare instants, keep the newest duplicate, report what they leave out, refuse bad files whole. */
let db: ClaimlensDB;
beforeEach(() => {
  db = new ClaimlensDB(`import-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const now = new Date('2026-11-27T12:00:00Z');
/** What the popup does with a file: read it, then import its records with the file's report. */
async function importFile(text: string) {
  const envelope = parseEnvelope(text);
  return importAnnotations(db, envelope.annotations, envelope);
}
const fileOf = (annotations: unknown[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ ...JSON.parse(buildExport('json', [], { kind: 'all' }, now).content), ...extra, annotations });

describe('times compared as instants, stored in UTC', () => {
  it('decides "newer" as the instants decide, whether the times are written as toISOString writes them or with offsets', () => {
    const instant = fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2090, 0, 1) });
    const written = (ms: number, offsetHours: number) => {
      if (offsetHours === 0) return new Date(ms).toISOString();
      const local = new Date(ms + offsetHours * 3_600_000).toISOString().slice(0, 23);
      return `${local}${offsetHours > 0 ? '+' : '-'}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
    };
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: -11, max: 11 }), fc.integer({ min: -11, max: 11 }), (a, b, offsetA, offsetB) => {
        const incoming = makeAnnotation({ updatedAt: written(a, offsetA) });
        const { updated, unchanged } = mergeImport([incoming], [{ updatedAt: written(b, offsetB) }]);
        expect([updated, unchanged]).toEqual(a > b ? [1, 0] : [0, 1]);
      }),
      { numRuns: 500 },
    );
  });

  it('an older record written with +09:00 does not overwrite newer local work', async () => {
    const mine = await saveAnnotation(db, makeAnnotation({ note: 'mine, newer', updatedAt: '2024-06-01T21:00:00.000Z' }));
    // 05:00 at +09:00 is 20:00Z the day before: older, though its string sorts later.
    const theirs = { ...mine, note: 'theirs, older', updatedAt: '2024-06-02T05:00:00+09:00' };
    const result = await importAnnotations(db, [theirs]);
    expect(result).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect((await getAnnotation(db, mine))?.note).toBe('mine, newer');
  });

  it('a newer record written with -05:00 replaces older local work, stored in UTC', async () => {
    const mine = await saveAnnotation(db, makeAnnotation({ note: 'mine, older', updatedAt: '2024-06-01T21:00:00.000Z' }));
    // 17:30 at -05:00 is 22:30Z: newer, though its string sorts earlier.
    const theirs = { ...mine, note: 'theirs, newer', createdAt: '2024-05-31T20:00:00-05:00', updatedAt: '2024-06-01T17:30:00-05:00' };
    expect(await importAnnotations(db, [theirs])).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    const stored = await getAnnotation(db, mine);
    expect(stored?.note).toBe('theirs, newer');
    expect(stored?.updatedAt).toBe('2024-06-01T22:30:00.000Z');
    expect(stored?.createdAt).toBe('2024-06-01T01:00:00.000Z');
  });

  it('the same instant is no update', async () => {
    const mine = await saveAnnotation(db, makeAnnotation({ note: 'mine', updatedAt: '2024-06-01T21:00:00.000Z' }));
    const theirs = { ...mine, note: 'theirs', updatedAt: '2024-06-02T06:00:00+09:00' };
    expect(await importAnnotations(db, [theirs])).toMatchObject({ updated: 0, unchanged: 1 });
    expect((await getAnnotation(db, mine))?.note).toBe('mine');
  });

  it('toUtc reads any offset', () => {
    expect(toUtc('2024-06-02T05:00:00+09:00')).toBe('2024-06-01T20:00:00.000Z');
    expect(toUtc('2024-06-01T17:30:00.5-05:00')).toBe('2024-06-01T22:30:00.500Z');
    expect(toUtc('2024-06-01T22:30:00Z')).toBe('2024-06-01T22:30:00.000Z');
  });

  it('a validated time already in UTC is kept as written, exactly what toUtc makes of it (fast-check, seeded)', () => {
    const isoDate = AnnotationSchema.shape.updatedAt;
    fc.assert(
      fc.property(fc.date({ min: new Date('0000-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }), fc.constantFrom('Z', '+09:00', '-05:30', '+00:00'), (date, offset) => {
        const canonical = date.toISOString();
        const written = offset === 'Z' ? canonical : canonical.replace('Z', offset);
        fc.pre(isoDate.safeParse(written).success);
        const outcome = (convert: (iso: string) => string) => {
          try {
            return convert(written);
          } catch (error) {
            return `refused: ${(error as Error).message}`; // past the year 9999 once in UTC: refused by both
          }
        };
        expect(outcome(validatedToUtc)).toBe(outcome(toUtc));
      }),
      { seed: 20261127, numRuns: 2000 },
    );
    // The shortcut leans on the schema: it refuses dates the calendar lacks, which Date.parse would roll over.
    expect(isoDate.safeParse('2026-02-30T00:00:00.000Z').success).toBe(false);
    expect(isoDate.safeParse('2026-02-28T24:00:00.000Z').success).toBe(false);
    expect(validatedToUtc('2024-02-29T23:59:59.999Z')).toBe(toUtc('2024-02-29T23:59:59.999Z'));
  });
});

describe('the same id twice in a file', () => {
  const base = makeAnnotation();
  const older = { ...base, note: 'older', updatedAt: '2024-06-01T10:00:00.000Z' };
  const newer = { ...base, note: 'newer', updatedAt: '2024-06-01T12:00:00+01:00' }; // 11:00Z

  it.each([
    ['newest first', [newer, older]],
    ['newest last', [older, newer]],
  ])('%s: the newest is kept and the duplicate reported', async (_order, records) => {
    const result = await importAnnotations(db, records);
    expect(result).toMatchObject({ added: 1, updated: 0, unchanged: 0, duplicates: 1 });
    expect(result.summary).toMatch(/1 new.*1 duplicate record in the file skipped/);
    expect((await getAnnotation(db, base))?.note).toBe('newer');
    expect(await countAnnotations(db)).toBe(1);
  });

  it('does not let an older duplicate replace newer local work either', async () => {
    await saveAnnotation(db, { ...base, note: 'local', updatedAt: '2024-06-01T10:30:00.000Z' });
    expect(await importAnnotations(db, [newer, older])).toMatchObject({ updated: 1, duplicates: 1 });
    expect((await getAnnotation(db, base))?.note).toBe('newer');
  });
});

describe('unknown fields are reported, not silently dropped', () => {
  it('names each field and how many records hold it', async () => {
    const a = { ...makeAnnotation(), confidence: 0.9, page: { ...makeAnnotation().page, favicon: 'x.ico' } };
    const b = { ...makeAnnotation(), confidence: 0.5, evidence: [{ url: 'https://a.example/', rel: 'source' }] };
    const c = { ...makeAnnotation(), claim: { ...makeAnnotation().claim, confidence: 1 } };
    const result = await importFile(fileOf([a, b, c], { generator: 'other-tool 2.0' }));
    expect(result.added).toBe(3);
    expect(result.unknownFields).toEqual([
      { field: 'file.generator', records: 0 },
      { field: 'confidence', records: 2 },
      { field: 'claim.confidence', records: 1 },
      { field: 'evidence[].rel', records: 1 },
      { field: 'page.favicon', records: 1 },
    ]);
    expect(result.summary).toContain('unknown fields not imported: file.generator, confidence (2 records), claim.confidence (1 record)');
    const stored = await getAnnotation(db, a);
    expect(stored).not.toHaveProperty('confidence');
    expect(stored?.page).not.toHaveProperty('favicon');
  });

  it('finds nothing in a file this version wrote', async () => {
    const file = buildExport('json', [makeAnnotation(), makeAnnotation({ claim: { type: 'attribution', text: 'said', cue: 'say', sourceType: 'person', source: { start: 0, end: 3, text: 'Kim' } } })], { kind: 'all' }, now);
    expect(parseEnvelope(file.content).unknownFields).toEqual([]);
  });

  it('picks the claim kind by its type when looking for unknown fields', () => {
    const attribution = { ...makeAnnotation(), claim: { type: 'attribution', text: 'said', cue: 'say', sourceType: 'person', source: { start: 0, end: 3, text: 'Kim', extra: 1 }, value: 3 } };
    expect(unknownFields(AnnotationSchema, [attribution]).map((f) => f.field)).toEqual(['claim.source.extra', 'claim.value']);
  });
});

describe('evidence links must be http(s)', () => {
  it('drops javascript:, data: and file: links, keeps the record and its web links, and reports each', async () => {
    const a = makeAnnotation({
      verdict: 'false',
      note: 'checked',
      evidence: [
        { url: 'javascript:alert(document.cookie)', title: 'Source' },
        { url: 'https://good.example/report', title: 'Report' },
        { url: 'data:text/html,<script>alert(1)</script>' },
      ],
    });
    const b = makeAnnotation({ evidence: [{ url: 'file:///etc/passwd' }] });
    const result = await importFile(fileOf([a, b]));
    expect(result).toMatchObject({ added: 2 });
    expect(result.droppedLinks).toEqual([
      { id: a.id, url: 'javascript:alert(document.cookie)' },
      { id: a.id, url: 'data:text/html,<script>alert(1)</script>' },
      { id: b.id, url: 'file:///etc/passwd' },
    ]);
    expect(result.summary).toMatch(/3 evidence links dropped, not http\(s\): javascript:alert/);
    const stored = await getAnnotation(db, a);
    expect(stored?.evidence).toEqual([{ url: 'https://good.example/report', title: 'Report' }]);
    expect(stored?.verdict).toBe('false');
    expect((await getAnnotation(db, b))?.evidence).toEqual([]);
  });
});

describe('malformed files are refused whole, nothing changed', () => {
  const valid = makeAnnotation();
  const withRecord = (change: (a: Record<string, unknown>) => void) => {
    const record = JSON.parse(JSON.stringify(valid)) as Record<string, unknown>;
    change(record);
    return fileOf([makeAnnotation(), record]);
  };
  const MALFORMED: Array<[string, string]> = [
    ['not JSON', '{not json'],
    ['empty file', ''],
    ['truncated', fileOf([valid]).slice(0, 200)],
    ['a JSON array', '[]'],
    ['another format', JSON.stringify({ format: 'other', version: 1, annotations: [] })],
    ['a future version', fileOf([valid], { version: 3 })],
    ['records not a list', fileOf('nope' as never)],
    ['a record without id', withRecord((r) => delete r.id)],
    ['an unknown verdict', withRecord((r) => (r.verdict = 'kinda-true'))],
    ['a date without a time zone', withRecord((r) => (r.updatedAt = '2024-06-01T10:00:00'))],
    ['a date in words', withRecord((r) => (r.updatedAt = 'yesterday'))],
    ['a page URL that is no URL', withRecord((r) => ((r.page as { url: string }).url = 'not a url'))],
    ['an evidence URL that is no URL', withRecord((r) => (r.evidence = [{ url: 'see the report' }]))],
    ['a negative position', withRecord((r) => ((r.target as { position: { start: number } }).position.start = -1))],
    ['an unknown claim type', withRecord((r) => ((r.claim as { type: string }).type = 'opinion'))],
  ];

  it('has the fifteen cases of the probe', () => expect(MALFORMED).toHaveLength(15));

  it.each(MALFORMED)('%s', async (_name, text) => {
    const mine = await saveAnnotation(db, makeAnnotation({ note: 'local' }));
    const before = await allAnnotations(db);
    let refused: unknown;
    try {
      await importFile(text);
    } catch (error) {
      refused = error;
    }
    expect(refused instanceof ImportError || refused instanceof StorageError).toBe(true);
    expect(await allAnnotations(db)).toEqual(before);
    expect((await getAnnotation(db, mine))?.note).toBe('local');
  });
});

describe('pure merge', () => {
  const at = (iso: string, note = ''): Annotation => ({ ...makeAnnotation(), id: 'x', note, updatedAt: iso });

  it('adds, updates only on a later instant, keeps the rest', () => {
    const result = mergeImport([at('2024-06-01T12:00:00.000Z', 'a'), at('2024-06-01T12:00:00.000Z', 'b'), at('2024-06-01T12:00:00.000Z', 'c')], [
      undefined,
      at('2024-06-01T11:59:59.999Z'),
      at('2024-06-01T14:00:00+02:00'),
    ]);
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(result.writes.map((w) => w.note)).toEqual(['a', 'b']);
  });

  it('prepareImport leaves the input alone and describes a clean import in the old words', () => {
    const input = [at('2024-06-02T05:00:00+09:00')];
    const copy = structuredClone(input);
    const prepared = prepareImport(input);
    expect(input).toEqual(copy);
    expect(prepared.annotations[0].updatedAt).toBe('2024-06-01T20:00:00.000Z');
    expect(describeImport({ added: 2, updated: 1, unchanged: 0, duplicates: 0, droppedLinks: [], unknownFields: [] })).toBe(
      'Imported: 2 new, 1 updated, 0 kept (newer or same here).',
    );
  });
});
