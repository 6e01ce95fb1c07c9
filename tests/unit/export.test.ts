import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { ImportError, parseEnvelope } from '../../utils/export/envelope';
import { buildExport } from '../../utils/export';
import { makeAnnotation } from '../support/annotations';

const now = new Date('2026-11-27T12:00:00Z');
const reviewed = makeAnnotation({
  verdict: 'misleading',
  note: 'JCS said "some 3,000", not a confirmed figure',
  evidence: [{ url: 'https://en.yna.co.kr/view/AEN2025', title: 'Yonhap report' }],
  tags: ['troops', 'north-korea'],
});
const attribution = makeAnnotation({
  claim: { type: 'attribution', text: 'told', cue: 'tell', sourceType: 'person', source: { start: 1425, end: 1455, text: 'Ukrainian analyst Oleh Saakyan' } },
  note: '=HYPERLINK("http://evil")',
});

describe('JSON export', () => {
  it('round-trips through the envelope schema', () => {
    const file = buildExport('json', [reviewed, attribution], { kind: 'page', url: reviewed.page.url }, now);
    expect(file.filename).toBe('page-2026-11-27.claimlens.json');
    const parsed = parseEnvelope(file.content);
    expect(parsed.annotations).toEqual([reviewed, attribution]);
    expect(parsed.scope).toEqual({ kind: 'page', url: reviewed.page.url });
  });

  it('refuses malformed files with a message that says where', () => {
    expect(() => parseEnvelope('{not json')).toThrow(ImportError);
    expect(() => parseEnvelope('{not json')).toThrow(/Not a JSON file/);
    const envelope = JSON.parse(buildExport('json', [reviewed], { kind: 'all' }, now).content);
    envelope.annotations[0].verdict = 'sort-of';
    expect(() => parseEnvelope(JSON.stringify(envelope))).toThrow(/annotations\.0\.verdict/);
    expect(() => parseEnvelope(JSON.stringify({ format: 'other', version: 1 }))).toThrow(/Not a valid Claimlens export/);
  });
});

describe('W3C Web Annotation export', () => {
  it('gives each annotation its selectors, verdict, note, tags and evidence as bodies', () => {
    const collection = JSON.parse(buildExport('w3c', [reviewed], { kind: 'all' }, now).content);
    expect(collection['@context'][0]).toBe('http://www.w3.org/ns/anno.jsonld');
    const [item] = collection.first.items;
    expect(item.type).toBe('Annotation');
    // Positions count our extracted article text, not the document: only the quote selector is W3C's.
    expect(item.target.selector).toEqual({ ...reviewed.target.quote });
    expect(item.target.articlePosition).toEqual({ start: 989, end: 1007 });
    const purposes = item.body.map((b: { purpose: string }) => b.purpose);
    expect(purposes).toEqual(['assessing', 'commenting', 'tagging', 'tagging', 'linking']);
    expect(item.body[4]).toEqual({ type: 'SpecificResource', purpose: 'linking', source: { id: 'https://en.yna.co.kr/view/AEN2025', title: 'Yonhap report' } });
  });
});

describe('CSV export', () => {
  it('quotes notes with commas and quotes, and defuses spreadsheet formulas', () => {
    const csv = buildExport('csv', [reviewed, attribution], { kind: 'all' }, now).content;
    const rows = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(rows).toHaveLength(2);
    expect(rows[0].note).toBe('JCS said "some 3,000", not a confirmed figure');
    expect(rows[0].tags).toBe('troops, north-korea');
    expect(rows[1].speaker).toBe('Ukrainian analyst Oleh Saakyan');
    expect(rows[1].note.startsWith('=')).toBe(false);
  });
});

describe('Markdown export', () => {
  it('groups by page and escapes page text', () => {
    const md = buildExport('markdown', [makeAnnotation({ note: 'a *bold* <script>' })], { kind: 'all' }, now).content;
    expect(md).toContain('## Kim Parades New Drones');
    expect(md).toContain('a \\*bold\\* \\<script\\>');
    expect(md).not.toContain('<script>');
  });
});

describe('ClaimReview export', () => {
  it('publishes only reviewed claims, with a rating on the 1–5 scale', () => {
    const reviews = JSON.parse(buildExport('claimreview', [reviewed, attribution], { kind: 'all' }, now).content);
    expect(reviews).toHaveLength(1);
    expect(reviews[0]['@type']).toBe('ClaimReview');
    expect(reviews[0].reviewRating).toMatchObject({ ratingValue: 2, alternateName: 'Misleading' });
    expect(reviews[0].itemReviewed.appearance.url).toBe(reviewed.page.url);
  });
});
