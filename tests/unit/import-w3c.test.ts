import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allAnnotations, ClaimlensDB, getAnnotation, importAnnotations, saveAnnotation } from '../../utils/db';
import { buildExport } from '../../utils/export';
import { ImportError, parseEnvelope } from '../../utils/import';
import type { Annotation } from '../../utils/model/annotation';
import { makeAnnotation } from '../support/annotations';

/** Issue 8: a W3C export Claimlens wrote imports back through the same entry point as JSON. */
let db: ClaimlensDB;
beforeEach(() => {
  db = new ClaimlensDB(`import-w3c-${Math.random()}`);
});
afterEach(async () => {
  await db.delete();
});

const records: Annotation[] = [
  makeAnnotation({
    verdict: 'misleading',
    note: 'JCS estimate only\n=1+1 <script>',
    tags: ['troops', 'війна'],
    evidence: [{ url: 'https://en.yna.co.kr/view/AEN2025', title: 'Yonhap' }, { url: 'https://example.org/no-title' }],
    reviewedAt: '2026-11-20T10:05:00.000Z',
    factCheckUrl: 'https://factcheck.example/2026/drones',
    page: { url: 'https://www.rferl.org/a/kim-drones/1.html', canonicalUrl: 'https://www.rferl.org/a/kim-drones/1.html', title: 'Kim', publishedAt: '2026-11-19T08:00:00Z' },
  }),
  makeAnnotation({
    id: 'hostile id/with spaces',
    claim: { type: 'attribution', text: 'told', cue: 'tell', sourceType: 'person', source: { start: 1, end: 4, text: 'Kim' }, resolved: 'Kim Jong Un', content: { start: 10, end: 20, text: 'more drones' } },
    verdict: 'false',
    dismissed: true,
    revision: 7,
    claimEditedAt: '2026-11-21T00:00:00.000Z',
    lastAnchor: { state: 'changed', text: 'some 3,100', checkedAt: '2026-11-22T00:00:00.000Z' },
    page: { url: 'https://m.example/a?id=1', canonicalUrl: 'https://example.com/a', title: '' },
  }),
  makeAnnotation({ claim: { type: 'passage', text: 'visited Moscow' }, sentence: '' }),
];

describe('W3C export → import', () => {
  it('reads back exactly the records that were exported', () => {
    const w3c = buildExport('w3c', records, { kind: 'all' }, new Date(), { publisher: { name: 'Desk', url: 'https://desk.example/' } }).content;
    const parsed = parseEnvelope(w3c);
    expect(parsed.annotations).toEqual(records);
    expect(parsed.unknownFields).toEqual([]);
  });

  it('imports into the database and says what was added, updated and kept', async () => {
    const older = await saveAnnotation(db, { ...records[0], note: 'older here', updatedAt: '2026-11-01T00:00:00.000Z' });
    const newer = await saveAnnotation(db, { ...records[2], note: 'newer here', updatedAt: '2027-01-01T00:00:00.000Z' });
    const envelope = parseEnvelope(buildExport('w3c', records, { kind: 'all' }).content);
    const result = await importAnnotations(db, envelope.annotations, envelope);
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    expect(result.summary).toBe('Imported: 1 new, 1 updated, 1 kept (newer or same here).');
    expect((await getAnnotation(db, older))?.note).toBe(records[0].note);
    expect((await getAnnotation(db, newer))?.note).toBe('newer here');
    expect(await getAnnotation(db, records[1])).toEqual(records[1]);
  });
});

describe('bad W3C files are refused whole, nothing changed', () => {
  const good = () => JSON.parse(buildExport('w3c', records, { kind: 'all' }).content);
  const CASES: Array<[string, () => unknown, RegExp]> = [
    [
      'another tool’s annotations',
      () => ({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'http://example.org/c', type: 'AnnotationCollection', first: { id: 'http://example.org/p', type: 'AnnotationPage', items: [] } }),
      /not written by Claimlens/,
    ],
    ['a collection whose page is elsewhere', () => ({ ...good(), first: 'http://example.org/page1' }), /does not embed its page/],
    ['a collection continued on other pages', () => ({ ...good(), first: { ...good().first, next: 'urn:uuid:x' } }), /continues on other pages/],
    ['an annotation without our id', () => withItem((item) => (item.id = 'http://example.org/anno1')), /annotation 0: its id/],
    ['an annotation without its claim', () => withItem((item) => delete item.claim), /annotations\.0\.claim/],
    ['an annotation whose quote selector is gone', () => withItem((item) => ((item.target as Record<string, unknown>).selector = [])), /annotations\.0\.target\.quote/],
    ['an unknown verdict', () => withItem((item) => (item.verdict = 'kinda')), /annotations\.0\.verdict/],
  ];
  function withItem(change: (item: Record<string, unknown>) => void) {
    const file = good();
    change(file.first.items[0]);
    return file;
  }

  it.each(CASES)('%s', async (_name, file, message) => {
    await saveAnnotation(db, makeAnnotation({ note: 'local' }));
    const before = await allAnnotations(db);
    expect(() => parseEnvelope(JSON.stringify(file()))).toThrow(ImportError);
    expect(() => parseEnvelope(JSON.stringify(file()))).toThrow(message);
    expect(await allAnnotations(db)).toEqual(before);
  });

  it('a javascript: fact-check link is dropped and reported, the record kept', async () => {
    const file = withItem((item) => (item.factCheck = 'javascript:alert(1)'));
    const envelope = parseEnvelope(JSON.stringify(file));
    const result = await importAnnotations(db, envelope.annotations, envelope);
    expect(result.added).toBe(3);
    expect(result.droppedLinks).toEqual([{ id: records[0].id, url: 'javascript:alert(1)' }]);
    expect((await getAnnotation(db, records[0]))?.factCheckUrl).toBeUndefined();
    expect((await getAnnotation(db, records[0]))?.verdict).toBe('misleading');
  });
});
