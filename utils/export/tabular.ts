import Papa from 'papaparse';
import type { Annotation } from '../model/annotation';
import { CSV_FORMULA, mdLink, mdText, mdUrl } from './safe';

function claimDetails(a: Annotation): string {
  const c = a.claim;
  if (c.type === 'quantity') return [c.value ?? '', c.unit ?? '', c.approx ? `approx (${c.hedges.join(', ')})` : ''].filter(Boolean).join(' ');
  if (c.type === 'passage') return 'passage';
  return [c.resolved ?? c.source?.text ?? '(no speaker)', `via “${c.text}”`].join(' ');
}

/** CSV, one row per annotation; papaparse does the quoting so notes with commas, quotes and newlines survive. */
export function toCsv(annotations: Annotation[]): string {
  return Papa.unparse(
    annotations.map((a) => ({
      id: a.id,
      page_url: a.page.canonicalUrl ?? a.page.url,
      page_title: a.page.title,
      kind: a.claim.type,
      claim: a.claim.text,
      details: claimDetails(a),
      sentence: a.sentence,
      verdict: a.verdict,
      note: a.note,
      evidence: a.evidence.map((e) => e.url).join(' '),
      tags: a.tags.join('; '),
      created: a.createdAt,
      updated: a.updatedAt,
    })),
    // A cell that a spreadsheet would run as a formula gets a leading ' (see ./safe): page text is data.
    { escapeFormulae: CSV_FORMULA, newline: '\n' },
  );
}

/** Markdown report grouped by page, for pasting into a newsroom doc. */
export function toMarkdown(annotations: Annotation[]): string {
  const byPage = new Map<string, Annotation[]>();
  for (const a of annotations) {
    const key = a.page.canonicalUrl ?? a.page.url;
    byPage.set(key, [...(byPage.get(key) ?? []), a]);
  }
  const lines = ['# Claimlens annotations', ''];
  for (const [url, items] of byPage) {
    lines.push(`## ${mdText(items[0].page.title || url)}`, '', mdUrl(url), '');
    for (const a of items) {
      lines.push(`- **${mdText(a.claim.text)}** (${a.claim.type}: ${mdText(claimDetails(a))}) — verdict: **${a.verdict}**`);
      if (a.sentence) lines.push(`  > ${mdText(a.sentence)}`);
      if (a.note) lines.push(`  Note: ${mdText(a.note)}`);
      for (const e of a.evidence) lines.push(`  Evidence: ${mdLink(e.title, e.url)}`);
      if (a.tags.length) lines.push(`  Tags: ${a.tags.map(mdText).join(', ')}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
