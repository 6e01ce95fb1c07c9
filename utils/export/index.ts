import type { Annotation } from '../model/annotation';
import { toClaimReviews } from './claim-review';
import { toEnvelope, type ExportScope } from './envelope';
import { toCsv, toMarkdown } from './tabular';
import { toWebAnnotationCollection } from './web-annotation';
import { jsonForHtml } from './safe';

export const EXPORT_FORMATS = ['json', 'w3c', 'csv', 'markdown', 'claimreview'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  filename: string;
  mimeType: string;
  content: string;
}

const EXTENSION: Record<ExportFormat, [string, string]> = {
  json: ['claimlens.json', 'application/json'],
  w3c: ['annotations.jsonld', 'application/ld+json'],
  csv: ['claimlens.csv', 'text/csv'],
  markdown: ['claimlens.md', 'text/markdown'],
  claimreview: ['claimreview.jsonld', 'application/ld+json'],
};

/** Builds an export file; pure, so every format is tested without a browser. */
export function buildExport(format: ExportFormat, annotations: Annotation[], scope: ExportScope, now = new Date()): ExportFile {
  const stamp = now.toISOString().slice(0, 10);
  const [suffix, mimeType] = EXTENSION[format];
  const filename = `${scope.kind === 'page' ? 'page' : 'all'}-${stamp}.${suffix}`;
  const content =
    format === 'json'
      ? JSON.stringify(toEnvelope(annotations, scope, now), null, 2)
      : format === 'w3c'
        ? jsonForHtml(toWebAnnotationCollection(annotations, scope.kind === 'page' ? scope.url : 'All Claimlens annotations'), 2)
        : format === 'csv'
          ? toCsv(annotations)
          : format === 'markdown'
            ? toMarkdown(annotations)
            : jsonForHtml(toClaimReviews(annotations), 2); // JSON-LD is pasted into <script> elements: see ./safe
  return { filename, mimeType, content };
}
