/**
 * Issue 8's done-when check: a v1 export with hostile notes (a formula with
 * a newline, <script>, javascript: links, tabs, Cyrillic) through the export
 * CLI (`npx tsx scripts/export.ts`, the code `npm run export` runs): the
 * ClaimReview carries every field Google's fact-check markup reads, the CSV
 * opens safely and parses back into its columns, and the JSON round-trips
 * through an import. The W3C output is checked against the W3C MUSTs in
 * tests/shared/w3c-musts.test.ts (it needs ../shared).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parseExportArgs } from '../../scripts/lib/export-args';
import { ClaimlensDB, findAnnotations, importAnnotations } from '../../utils/db';
import { buildExport } from '../../utils/export';
import { CSV_BOM, CSV_COLUMNS } from '../../utils/export/tabular';
import { CSV_FORMULA } from '../../utils/export/safe';
import { parseEnvelope } from '../../utils/import';

// Each case starts the CLI (tsx compiles it on start: seconds on a busy machine).
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const root = fileURLToPath(new URL('../..', import.meta.url));
const V1_FIXTURE = join(root, 'tests/fixtures/exports/v1-hostile.claimlens.json');
const v1 = JSON.parse(readFileSync(V1_FIXTURE, 'utf8'));

function exportCli(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'scripts/export.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
const PUBLISHER = ['--publisher', 'Example Fact Check', '--publisher-url', 'https://factcheck.example/'];

describe('the v1 fixture is what the test says it is', () => {
  it('is version 1, with hostile notes and links', () => {
    expect(v1.version).toBe(1);
    const text = JSON.stringify(v1.annotations);
    for (const hostile of ['=HYPERLINK(', '<script>', 'javascript:', '\\t', 'Перевірено']) expect(text).toContain(hostile);
    expect(v1.annotations[0].note).toMatch(/^=HYPERLINK\(.*\)\n/);
    expect(v1.annotations.every((a: object) => !('revision' in a))).toBe(true);
  });
});

describe('ClaimReview from the CLI', () => {
  let run: ReturnType<typeof exportCli>;
  let reviews: Array<Record<string, any>>;
  beforeAll(() => {
    run = exportCli('--format', 'claimreview', ...PUBLISHER, V1_FIXTURE);
    reviews = JSON.parse(run.stdout);
  });

  it('one review per annotation with a verdict, unreviewed ones left out; the dropped javascript: link said on stderr', () => {
    expect(run.status).toBe(0);
    expect(reviews).toHaveLength(3);
    expect(run.stderr).toContain('javascript:alert(document.cookie)');
    expect(run.stdout).not.toMatch(/<\/?script/i);
    expect(run.stdout).not.toMatch(/javascript:alert\(document/);
  });

  it('carries every field Google’s fact-check markup reads', () => {
    const [figure, person, organisation] = reviews;
    for (const review of reviews) {
      expect(review['@context']).toBe('https://schema.org');
      expect(review['@type']).toBe('ClaimReview');
      expect(review.url).toMatch(/^https:\/\/www\.rferl\.org\/a\/kim-drones\/1\.html#:~:text=/);
      expect(review.claimReviewed.length).toBeLessThanOrEqual(120);
      expect(review.author).toEqual({ '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example/' });
      expect(review.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(review.itemReviewed['@type']).toBe('Claim');
      expect(review.itemReviewed.appearance).toMatchObject({ '@type': 'CreativeWork', url: 'https://www.rferl.org/a/kim-drones/1.html' });
      expect(typeof review.itemReviewed.appearance.headline).toBe('string');
      expect(review.itemReviewed).not.toHaveProperty('datePublished'); // the fixture's pages say no date
    }
    // The claim itself, not the 281-character sentence, cut at words.
    expect(figure.claimReviewed).toBe('it appears that some 3,000 or more [North Korean troops] have been additionally dispatched');
    expect(person.claimReviewed).toBe('Ukrainian analyst Oleh Saakyan told Current Time that the drones had been used against Ukrainian positions since January');
    expect(figure.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: 'Misleading' });
    expect(person.reviewRating).toEqual({ '@type': 'Rating', ratingValue: 1, bestRating: 5, worstRating: 1, alternateName: 'False' });
    expect(organisation.reviewRating).toEqual({ '@type': 'Rating', alternateName: 'Unverifiable' });
    // Who made the claim: the site for a figure, the speaker for an attribution (Person or Organization, never Thing).
    expect(figure.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'rferl.org', url: 'https://www.rferl.org/' });
    expect(person.itemReviewed.author).toEqual({ '@type': 'Person', name: 'Ukrainian analyst Oleh Saakyan' });
    expect(organisation.itemReviewed.author).toEqual({ '@type': 'Organization', name: 'the Defense Ministry' });
    // A v1 record knows no review date: its last edit stands in (UTC).
    expect(person.datePublished).toBe('2026-11-21');
    expect(figure.citation.map((c: { url: string }) => c.url)).toEqual(['https://en.yna.co.kr/view/AEN20250307', 'https://www.jcs.mil.kr/report?a=1&b=%3C2%3E']);
  });

  it('uses the published fact-check URL, the review date and the page’s date when the record has them', () => {
    const [record] = parseEnvelope(JSON.stringify(v1)).annotations;
    const dated = { ...record, factCheckUrl: 'https://factcheck.example/2026/drones', reviewedAt: '2026-11-20T11:00:00.000Z', updatedAt: '2026-11-26T09:00:00.000Z', page: { ...record.page, publishedAt: '2026-11-19' } };
    const [review] = JSON.parse(buildExport('claimreview', [dated], { kind: 'all' }).content);
    expect(review.url).toBe('https://factcheck.example/2026/drones');
    expect(review.datePublished).toBe('2026-11-20');
    expect(review.itemReviewed.datePublished).toBe('2026-11-19');
  });
});

describe('CSV from the CLI', () => {
  let csv: string;
  beforeAll(() => {
    const run = exportCli('--format', 'csv', V1_FIXTURE);
    expect(run.status).toBe(0);
    csv = run.stdout;
  });

  it('starts with a UTF-8 byte-order mark and has one column per field', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true);
    const { data, errors } = Papa.parse<string[]>(csv, { skipEmptyLines: true });
    expect(errors).toEqual([]);
    expect(data[0].map((h) => h.replace(CSV_BOM, ''))).toEqual([...CSV_COLUMNS]);
    expect(data.slice(1).every((row) => row.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('parses back into the right columns: Cyrillic, tabs and line breaks intact', () => {
    const rows = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(4);
    const [figure, person, organisation] = rows;
    expect(figure).toMatchObject({ verdict: 'misleading', claim_kind: 'quantity', quote: 'some 3,000 or more', value: '3000', unit: 'troop', hedge: 'some, or more', speaker: '' });
    expect(figure.evidence_urls).toBe('https://en.yna.co.kr/view/AEN20250307\nhttps://www.jcs.mil.kr/report?a=1&b=<2>');
    expect(figure.evidence_titles).toBe("'=cmd|' /C calc'!A0\n"); // the second link has no title: its line is empty
    expect(figure.note).toBe(`'${v1.annotations[0].note}`);
    expect(figure.note).toContain('\tПеревірено: 1 200 осіб');
    expect(figure.page_title).toBe(`'${v1.annotations[0].page.title}`);
    expect(figure.created).toBe('2026-11-20T10:00:00.000Z'); // 19:00 at +09:00, in UTC
    expect(person).toMatchObject({ claim_kind: 'attribution', speaker: 'Ukrainian analyst Oleh Saakyan', source_type: 'person', note: "'+SUM(1;2)\n@cmd\nНе підтверджено" });
    expect(organisation).toMatchObject({ verdict: 'unverifiable', speaker: 'the Defense Ministry', source_type: 'organisation', tags: 'drones', evidence_urls: 'https://mil.ru/news/1' });
  });

  it('neutralises every formula-looking cell, multi-line ones included', () => {
    const { data } = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    const cells = data.slice(1).flat();
    const live = cells.filter((cell) => CSV_FORMULA.test(cell));
    expect(live).toEqual([]);
    const guarded = cells.filter((cell) => cell.startsWith("'"));
    expect(guarded.length).toBeGreaterThanOrEqual(7); // notes, titles, tags, the evidence title, the passage's note
    for (const cell of guarded) expect(CSV_FORMULA.test(cell.slice(1))).toBe(true);
  });
});

describe('Markdown from the CLI', () => {
  it('renders quote, note and evidence as separate blocks; escapes page text; links only to the web', () => {
    const run = exportCli('--format', 'markdown', V1_FIXTURE);
    expect(run.status).toBe(0);
    const md = run.stdout;
    const section = md.slice(md.indexOf('### some 3,000 or more'), md.indexOf('### Ukrainian analyst'));
    const blocks = section.split('\n\n');
    expect(blocks[2].startsWith('> South Korea')).toBe(true);
    expect(blocks[3].startsWith('Note: ')).toBe(true);
    // The note stays one paragraph: its "- " and "# " lines are escaped, its line breaks hard breaks.
    expect(blocks[3]).toContain('\\\n\\- not a list\\\n\\# not a heading');
    expect(blocks[3]).toContain('\\<script\\>');
    expect(blocks[4]).toBe('Evidence:');
    expect(blocks[5].split('\n')).toEqual(["- [=cmd\\|' /C calc'\\!A0](<https://en.yna.co.kr/view/AEN20250307>)", expect.stringMatching(/^- \[.*\]\(<https:\/\/www\.jcs\.mil\.kr\/report\?a=1&b=%3C2%3E>\)$/)]);
    expect(md).not.toMatch(/(?<!\\)\]\(<?javascript:/i);
    expect(md).not.toMatch(/(?<!\\)<script/);
    expect(md).toContain('\\> not a quote');
  });
});

describe('JSON round trip', () => {
  let dir: string;
  let db: ClaimlensDB;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'claimlens-export-'));
    db = new ClaimlensDB(`export-cli-${Math.random()}`);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await db.delete();
  });

  it('exports the v1 file as the current version; importing that export and exporting again gives identical records', async () => {
    const run = exportCli('--format', 'json', V1_FIXTURE);
    expect(run.status).toBe(0);
    const first = JSON.parse(run.stdout);
    expect(first.version).toBe(2);
    expect(first.annotations).toHaveLength(4);
    expect(first.annotations[0]).toMatchObject({ revision: 1, dismissed: false, createdAt: '2026-11-20T10:00:00.000Z' });

    const envelope = parseEnvelope(run.stdout);
    const result = await importAnnotations(db, envelope.annotations, envelope);
    expect(result).toMatchObject({ added: 4, updated: 0, unchanged: 0 });
    expect(result.summary).toBe('Imported: 4 new, 0 updated, 0 kept (newer or same here).');
    const again = JSON.parse(buildExport('json', await findAnnotations(db), first.scope).content);
    const byId = (list: Array<{ id: string }>) => [...list].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(again.annotations)).toEqual(byId(first.annotations));

    // The CLI reads its own output too, to the same records.
    writeFileSync(join(dir, 'again.claimlens.json'), run.stdout);
    expect(JSON.parse(exportCli('--format', 'json', join(dir, 'again.claimlens.json')).stdout).annotations).toEqual(first.annotations);
  });
});

describe('bad input: exit 2, a message on stderr, nothing on stdout', () => {
  it.each([
    ['a missing file', ['--format', 'csv', '/nonexistent/x.claimlens.json'], /cannot read/],
    ['a malformed file', ['--format', 'csv', join(root, 'package.json')], /not a Claimlens export/],
    ['a bad option', ['--format', 'pdf', V1_FIXTURE], /unknown format "pdf"/],
  ])('%s', (_name, args, message) => {
    const run = exportCli(...args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(message);
  });

  it.each([
    [[], /--format is required/],
    [['--format', 'json'], /no file given/],
    [['--format', 'json', 'a', 'b'], /one file at a time/],
    [['--format', 'json', '--colour', 'red', 'a'], /unknown option --colour/],
    [['--format', 'json', '--format', 'csv', 'a'], /given twice/],
    [['--format', 'claimreview', '--publisher', 'X', '--publisher-url', 'javascript:alert(1)', 'a'], /http\(s\) address/],
    [['--format', 'claimreview', '--publisher-url', 'https://x.example/', 'a'], /needs --publisher/],
    [['--format'], /needs a value/],
  ])('options %j are refused', (args, message) => {
    expect(() => parseExportArgs(args)).toThrow(message);
  });

  it('reads --name=value and -- before the file', () => {
    expect(parseExportArgs(['--format=claimreview', '--publisher=Desk', '--', '--odd-name.json'])).toEqual({ format: 'claimreview', file: '--odd-name.json', publisher: { name: 'Desk', url: '' } });
  });
});
