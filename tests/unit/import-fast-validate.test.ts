import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastImportedAnnotation } from '../../utils/import/fast-validate';
import { ImportedAnnotationSchema } from '../../utils/model/annotation';
import { seedLibraryInPage } from '../../scripts/lib/library-seed';
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
  'reviewedAt', 'factCheckUrl', 'extra', 'page.extra',
];
const VALUES = [
  undefined, null, '', 'x', 'a'.repeat(33), 'a'.repeat(32), 0, -0, -1, 1, 1.5, 2 ** 53, Number.NaN, true, false, [], {}, ['troops'], [''], [1],
  'https://example.org/', 'HTTPS://EXAMPLE.ORG/x y', 'javascript:alert(1)', 'data:,x', 'not a url', 'https://', '2024-06-01T12:00:00Z', '2024-06-01T12:00:00.123+09:00', '2024-02-30T00:00:00Z',
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

const mutation = fc.oneof(
  fc.tuple(fc.constantFrom(...PATHS), fc.constantFrom(...VALUES.map((_, i) => i))).map(([path, i]) => (r: Record<string, unknown>) => setPath(r, path, structuredClone(VALUES[i]))),
  fc.constantFrom(...PATHS).map((path) => (r: Record<string, unknown>) => deletePath(r, path)),
);

/** The benchmark's records (scripts/lib/library-seed.ts), caught on their way into a stand-in for IndexedDB. */
async function benchRecords(count: number): Promise<unknown[]> {
  const records: unknown[] = [];
  const store = { put: (record: unknown) => void records.push(JSON.parse(JSON.stringify(record))) };
  const database = {
    close() {},
    transaction() {
      const tx: { objectStore(): typeof store; oncomplete?: () => void } = { objectStore: () => store };
      setTimeout(() => tx.oncomplete?.());
      return tx;
    },
  };
  const indexedDB = {
    open() {
      const request: { result?: typeof database; onsuccess?: () => void } = {};
      setTimeout(() => ((request.result = database), request.onsuccess?.()));
      return request;
    },
  };
  const saved = Object.getOwnPropertyDescriptor(globalThis, 'indexedDB');
  Object.defineProperty(globalThis, 'indexedDB', { value: indexedDB, configurable: true });
  try {
    await seedLibraryInPage({ count });
  } finally {
    if (saved) Object.defineProperty(globalThis, 'indexedDB', saved);
    else delete (globalThis as { indexedDB?: unknown }).indexedDB;
  }
  return records;
}

function agree(record: unknown): void {
  const fast = fastImportedAnnotation(record);
  if (fast === undefined) return;
  const zod = ImportedAnnotationSchema.safeParse(record);
  expect(zod.success).toBe(true);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  expect(fast).toStrictEqual(zod.data);
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
    for (const value of [null, 1, 'x', [], undefined]) expect(fastImportedAnnotation(value)).toBeUndefined();
  });
});
