import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClaimlensDB, countAnnotations, getAnnotation, importAnnotations, putAnnotations, saveAnnotation } from '../../utils/db';
import { buildExport } from '../../utils/export';
import { ExportEnvelopeSchema, parseEnvelope } from '../../utils/export/envelope';
import { prepareImport } from '../../utils/import';
import { isWebUrl } from '../../utils/export/safe';
import { AnnotationSchema, ImportedAnnotationSchema, type Annotation } from '../../utils/model/annotation';
import { makeAnnotation } from '../support/annotations';
import { DistinctIds } from '../../utils/import/distinct-ids';

/**
 * An import validates each record once (it used to run zod three times over
 * every record: 100,000 records cost seconds each time). These check that
 * the shortcuts change nothing: the same records, the same errors.
 */

const now = new Date('2026-11-27T12:00:00Z');
const fileOf = (annotations: unknown[]) => JSON.stringify({ ...JSON.parse(buildExport('json', [], { kind: 'all' }, now).content), annotations });

/** prepareImport as it was: every record through both schemas. */
function referencePrepare(incoming: unknown[]): Annotation[] {
  return incoming.map((raw) => {
    const parsed = ImportedAnnotationSchema.parse(raw);
    const utc = (iso: string) => new Date(Date.parse(iso)).toISOString();
    let a: Annotation = { ...parsed, createdAt: utc(parsed.createdAt), updatedAt: utc(parsed.updatedAt) };
    a = { ...a, evidence: a.evidence.filter((e) => isWebUrl(e.url)) };
    if (a.factCheckUrl !== undefined && !isWebUrl(a.factCheckUrl)) {
      const { factCheckUrl: _dropped, ...rest } = a;
      a = rest;
    }
    return AnnotationSchema.parse(a);
  });
}

const urls = fc.constantFrom('https://example.org/a', 'HTTP://EXAMPLE.ORG/', 'javascript:alert(1)', 'data:text/html,x', 'file:///etc/passwd', 'ftp://example.org/', 'mailto:a@b.c', 'not a url', 'https://', 'http://[::1]/x');
const times = fc.constantFrom('2024-06-01T12:00:00Z', '2024-06-02T05:00:00+09:00', '9999-12-31T23:00:00-05:00', '0001-01-01T00:30:00+01:00', '2024-02-30T00:00:00Z', 'yesterday', '2024-06-01T12:00:00.123456Z');
const record = fc.record({
  evidence: fc.array(fc.record({ url: urls }), { maxLength: 3 }),
  factCheckUrl: fc.option(urls, { nil: undefined }),
  createdAt: times,
  updatedAt: times,
  verdict: fc.constantFrom('accurate', 'false', 'nonsense'),
});

describe('each record validated once', () => {
  it('prepareImport keeps or refuses exactly what both schemas did (fast-check, seeded)', () => {
    fc.assert(
      fc.property(record, (fields) => {
        const raw = { ...makeAnnotation(), ...fields, ...(fields.factCheckUrl === undefined ? { factCheckUrl: undefined } : {}) };
        let expected: Annotation[] | 'refused';
        try {
          expected = referencePrepare([raw]);
        } catch {
          expected = 'refused';
        }
        let actual: Annotation[] | 'refused';
        try {
          actual = prepareImport([raw]).annotations;
        } catch {
          actual = 'refused';
        }
        expect(actual).toEqual(expected);
        if (actual !== 'refused') expect(AnnotationSchema.parse(actual[0])).toEqual(actual[0]);
      }),
      { seed: 20261127, numRuns: 300 },
    );
  });

  it('records read by parseEnvelope import the same as raw ones', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 4 }), (many) => {
        const raws = many.map((fields) => ({ ...makeAnnotation(), ...fields }));
        let fromFile: Annotation[] | 'refused';
        try {
          fromFile = prepareImport(parseEnvelope(fileOf(raws)).annotations).annotations;
        } catch {
          fromFile = 'refused';
        }
        let fromRaw: Annotation[] | 'refused';
        try {
          fromRaw = prepareImport(JSON.parse(JSON.stringify(raws))).annotations;
        } catch {
          fromRaw = 'refused';
        }
        expect(fromFile).toEqual(fromRaw);
      }),
      { seed: 20261128, numRuns: 150 },
    );
  });

  it('a bad file gives the messages the whole-file schema gave, header first, the first five, with the rest counted', () => {
    const bad = [makeAnnotation({ verdict: 'nonsense' as never }), makeAnnotation(), { ...makeAnnotation(), page: { url: 'x' }, tags: [''] }, 7, makeAnnotation({ note: 3 as never })];
    for (const file of [
      { ...JSON.parse(fileOf(bad)), version: 9 },
      JSON.parse(fileOf(bad)),
      { ...JSON.parse(fileOf([])), annotations: 'none' },
      { format: 'other' },
      [],
      null,
    ]) {
      const whole = ExportEnvelopeSchema.safeParse(file);
      expect(whole.success).toBe(false);
      const issues = whole.error!.issues;
      const expected = `Not a valid Claimlens export: ${issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`)
        .join('; ')}${issues.length > 5 ? ` (and ${issues.length - 5} more)` : ''}`;
      expect(() => parseEnvelope(JSON.stringify(file))).toThrow(expected);
    }
  });
});

describe('a file with nothing to change is taken as parseEnvelope read it', () => {
  const canonical = fc.constantFrom('2024-06-01T12:00:00.000Z', '2024-02-29T23:59:59.999Z', '0000-01-01T00:00:00.000Z');
  const time = fc.oneof({ weight: 6, arbitrary: canonical }, { weight: 1, arbitrary: fc.constantFrom('2024-06-01T12:00:00Z', '2024-06-02T05:00:00+09:00', '2024-06-01T12:00:00.5Z') });
  const cleanRecord = fc.record({
    evidence: fc.array(fc.record({ url: fc.constantFrom('https://example.org/a', 'http://example.org/b', 'HTTP://EXAMPLE.ORG/') }), { maxLength: 2 }),
    factCheckUrl: fc.option(fc.constantFrom('https://example.org/check', 'https://example.org/check', 'javascript:alert(1)'), { nil: undefined }),
    createdAt: time,
    updatedAt: time,
    idFrom: fc.nat({ max: 6 }), // often repeated
  });

  it('gives what raw records give, times canonical or not, ids repeated or not (fast-check, seeded)', () => {
    const ids = Array.from({ length: 7 }, () => makeAnnotation().id);
    fc.assert(
      fc.property(fc.array(cleanRecord, { minLength: 1, maxLength: 5 }), (many) => {
        const raws = many.map(({ idFrom, factCheckUrl, ...fields }) => ({ ...makeAnnotation(), ...fields, id: ids[idFrom], ...(factCheckUrl ? { factCheckUrl } : {}) }));
        const fromFile = prepareImport(parseEnvelope(fileOf(raws)).annotations);
        expect(fromFile).toEqual(prepareImport(JSON.parse(JSON.stringify(raws))));
      }),
      { seed: 20261129, numRuns: 300 },
    );
  });

  it('keeps canonical UTC times as written and the records themselves; normalises any other', () => {
    const canonicalOnes = [makeAnnotation({ updatedAt: '2024-06-01T12:00:00.000Z' }), makeAnnotation()];
    const read = parseEnvelope(fileOf(canonicalOnes)).annotations;
    const prepared = prepareImport(read);
    expect(prepared.annotations).not.toBe(read);
    expect(prepared.annotations[0]).toBe(read[0]);
    expect(prepared.annotations.map((a) => a.updatedAt)).toEqual(['2024-06-01T12:00:00.000Z', canonicalOnes[1].updatedAt]);
    const offset = prepareImport(parseEnvelope(fileOf([makeAnnotation({ updatedAt: '2024-06-02T05:00:00+09:00' })])).annotations);
    expect(offset.annotations[0].updatedAt).toBe('2024-06-01T20:00:00.000Z');
  });

  it('validates and normalises a record put into the list after it was read', () => {
    const read = parseEnvelope(fileOf([makeAnnotation(), makeAnnotation()])).annotations;
    const later = makeAnnotation({ updatedAt: '2024-06-02T05:00:00+09:00' });
    const swapped = [...read];
    swapped[1] = later;
    expect(prepareImport(swapped).annotations[1].updatedAt).toBe('2024-06-01T20:00:00.000Z');
    read[1] = later;
    expect(prepareImport(read).annotations[1].updatedAt).toBe('2024-06-01T20:00:00.000Z');
    read.push({ ...makeAnnotation(), verdict: 'nonsense' as never });
    expect(() => prepareImport(read)).toThrow();
  });

  it('counts a repeated id once the whole file is read', () => {
    const record = makeAnnotation({ note: 'first' });
    const prepared = prepareImport(parseEnvelope(fileOf([record, makeAnnotation(), { ...record, note: 'second' }])).annotations);
    expect(prepared.duplicates).toBe(1);
    expect(prepared.annotations.map((a) => a.note)).toEqual(['second', '']);
  });
});

describe('DistinctIds', () => {
  it('tells a repeated id from a new one, in a table full enough to probe past its slots', () => {
    const ids = new DistinctIds(8);
    const names = Array.from({ length: 8 }, (_, i) => `id-${i}`);
    for (const name of names) expect(ids.add(name)).toBe(true);
    for (const name of names) expect(ids.add(name)).toBe(false);
    expect(() => ids.add('one more')).toThrow(RangeError);
  });

  it('finds no repeat among 100,000 distinct ids, and each repeat', () => {
    const ids = new DistinctIds(100_000);
    const id = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    let added = 0;
    for (let i = 0; i < 100_000; i++) if (ids.add(id(i))) added++;
    expect(added).toBe(100_000);
    let repeats = 0;
    for (let i = 0; i < 100_000; i += 997) if (!ids.add(id(i))) repeats++;
    expect(repeats).toBe(Math.ceil(100_000 / 997));
  });
});

describe('a big import compares with every stored record', () => {
  let db: ClaimlensDB;
  beforeEach(() => {
    db = new ClaimlensDB(`validate-once-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('adds, updates and keeps as a small import does, and never overwrites a stored record whose time it cannot read', async () => {
    const stored = Array.from({ length: 2100 }, (_, i) => makeAnnotation({ note: `stored ${i}`, updatedAt: '2026-01-01T00:00:00.000Z' }));
    await putAnnotations(db, stored);
    // A record stored without a time (an old bug, a hand edit): absent from the updatedAt index.
    const timeless = makeAnnotation({ note: 'no time here' });
    await putAnnotations(db, [{ ...timeless, updatedAt: undefined } as never]);
    const incoming = [
      ...stored.slice(0, 1000).map((a) => ({ ...a, note: 'newer', updatedAt: '2026-02-01T00:00:00.000Z' })),
      ...stored.slice(1000).map((a) => ({ ...a, note: 'older', updatedAt: '2025-12-01T00:00:00.000Z' })),
      { ...timeless, note: 'theirs' },
      ...Array.from({ length: 50 }, () => makeAnnotation({ note: 'new' })),
    ];
    const result = await importAnnotations(db, parseEnvelope(fileOf(incoming)).annotations);
    expect(result).toMatchObject({ added: 50, updated: 1000, unchanged: 1101 });
    expect((await getAnnotation(db, timeless))?.note).toBe('no time here');
    expect((await getAnnotation(db, stored[0]))?.note).toBe('newer');
    expect((await getAnnotation(db, stored[2000]))?.note).toBe('stored 2000');
    expect(await countAnnotations(db)).toBe(2151);
  });

  it('the same import as a small one when every record has its time', async () => {
    const mine = await saveAnnotation(db, makeAnnotation({ note: 'mine', updatedAt: '2026-01-01T00:00:00.000Z' }));
    const incoming = [{ ...mine, note: 'theirs', updatedAt: '2025-01-01T00:00:00+09:00' }, ...Array.from({ length: 2000 }, () => makeAnnotation())];
    expect(await importAnnotations(db, parseEnvelope(fileOf(incoming)).annotations)).toMatchObject({ added: 2000, updated: 0, unchanged: 1 });
    expect((await getAnnotation(db, mine))?.note).toBe('mine');
  });
});
