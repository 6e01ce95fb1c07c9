import type { Annotation } from '../model/annotation';
import { KIND_LABELS, VERDICT_LABELS } from '../model/labels';
import { csvCell, mdLink, mdParagraph, mdText, mdUrl } from './safe';

/** The CSV's columns, in order: one per field, so a desk can sort and filter in a spreadsheet. */
export const CSV_COLUMNS = [
  'verdict',
  'claim_kind',
  'quote',
  'sentence',
  'value',
  'unit',
  'hedge',
  'speaker',
  'source_type',
  'note',
  'evidence_urls',
  'evidence_titles',
  'tags',
  'page_url',
  'page_title',
  'created',
  'updated',
  'reviewed',
  'fact_check_url',
  'id',
] as const;

/** Excel reads a UTF-8 file as such only when it starts with a byte-order mark (else Cyrillic comes out garbled). */
export const CSV_BOM = '\ufeff';

function csvRow(a: Annotation): string[] {
  const c = a.claim;
  const quantity = c.type === 'quantity' ? c : undefined;
  const attribution = c.type === 'attribution' ? c : undefined;
  return [
    a.verdict,
    c.type,
    a.target.quote.exact,
    a.sentence,
    quantity?.value != null ? String(quantity.value) + (quantity.high !== undefined ? `–${quantity.high}` : '') : '',
    quantity ? [quantity.currency, quantity.unit].filter(Boolean).join(' ') : '',
    quantity?.approx ? quantity.hedges.join(', ') || 'approximate' : '',
    attribution ? (attribution.resolved ?? attribution.source?.text ?? '') : '',
    attribution?.sourceType ?? '',
    a.note,
    // One link per line inside the cell, titles on the same lines of the next cell (an untitled link leaves its line empty).
    a.evidence.map((e) => e.url).join('\n'),
    a.evidence.map((e) => e.title ?? '').join('\n'),
    a.tags.join(', '),
    a.page.canonicalUrl ?? a.page.url,
    a.page.title,
    a.createdAt,
    a.updatedAt,
    a.reviewedAt ?? '',
    a.factCheckUrl ?? '',
    a.id,
  ];
}

/** Quoted when it holds a quote, comma or line break, or starts or ends with a blank (RFC 4180; spreadsheets trim those). */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One CSV field: the formula guard first (see ./safe: a leading ' whatever follows, line breaks included), then quoting. */
function csvField(value: string): string {
  const safe = csvCell(value);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * CSV with a UTF-8 byte-order mark, one row per annotation, every cell
 * through the formula guard. Written directly (one pass, rows joined once):
 * a general CSV writer spent most of its time on options this file never
 * needs, and 100,000 records must export in seconds.
 */
export function toCsv(annotations: Annotation[]): string {
  const lines = new Array<string>(annotations.length + 1);
  lines[0] = CSV_COLUMNS.join(',');
  for (let i = 0; i < annotations.length; i++) lines[i + 1] = csvRow(annotations[i]).map(csvField).join(',');
  return CSV_BOM + lines.join('\n');
}

function claimDetails(a: Annotation): string {
  const c = a.claim;
  if (c.type === 'quantity') return [c.value ?? '', c.unit ?? '', c.approx ? `approx (${c.hedges.join(', ')})` : ''].filter((part) => part !== '').join(' ');
  if (c.type === 'passage') return '';
  return `${c.resolved ?? c.source?.text ?? '(no speaker)'}, ${c.sourceType}`;
}

/**
 * Markdown report grouped by page, for pasting into a newsroom doc. Each
 * annotation is a heading, then separate blocks: the quote as a blockquote,
 * a blank line, the note as its own paragraph (so it never reads as article
 * text), the evidence as a list of links (http(s) only; anything else is
 * inert code), the tags. All page and user text is Markdown-escaped.
 */
export function toMarkdown(annotations: Annotation[]): string {
  const byPage = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const key = a.page.canonicalUrl ?? a.page.url;
    const list = byPage.get(key);
    if (list) list.push(a);
    else byPage.set(key, [a]);
  }
  const lines = ['# Claimlens annotations', ''];
  for (const [url, items] of byPage) {
    lines.push(`## ${mdText(items[0].page.title || url)}`, '', mdUrl(url), '');
    for (const a of items) {
      const details = claimDetails(a);
      lines.push(`### ${mdText(a.target.quote.exact || a.claim.text)}`, '');
      lines.push(`Verdict: **${VERDICT_LABELS[a.verdict]}** · ${KIND_LABELS[a.claim.type]}${details ? `: ${mdText(details)}` : ''}`, '');
      lines.push(`> ${mdText(a.sentence || a.target.quote.exact)}`, '');
      if (a.note) lines.push(`Note: ${mdParagraph(a.note)}`, '');
      if (a.evidence.length) {
        lines.push('Evidence:', '');
        for (const e of a.evidence) lines.push(`- ${mdLink(e.title, e.url)}`);
        lines.push('');
      }
      if (a.tags.length) lines.push(`Tags: ${a.tags.map(mdText).join(', ')}`, '');
    }
  }
  return lines.join('\n');
}
