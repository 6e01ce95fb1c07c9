import type { Annotation } from '../model/annotation';
import { toClaimReviews, type Publisher } from './claim-review';
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

/** Up to this many records, JSON formats are indented. */
export const PRETTY_UP_TO = 1000;

export interface ExportOptions {
  /** The organisation publishing the fact-checks: ClaimReview's author, the W3C annotations' creator. */
  publisher?: Publisher;
  /** The W3C collection's and page's ids (random when not given). */
  w3cIds?: { collection: string; page: string };
}

/**
 * Builds an export file; pure, so every format is tested without a browser,
 * and the same code serves the extension and `npm run export`. Each builder
 * is one pass over the records (100,000 of them export in seconds).
 */
export function buildExport(format: ExportFormat, annotations: Annotation[], scope: ExportScope, now = new Date(), options: ExportOptions = {}): ExportFile {
  const stamp = now.toISOString().slice(0, 10);
  const [suffix, mimeType] = EXTENSION[format];
  const filename = `${scope.kind === 'page' ? 'page' : 'all'}-${stamp}.${suffix}`;
  // Indented for people reading a page's export; thousands of records are written compact (half the size and time).
  const space = annotations.length > PRETTY_UP_TO ? undefined : 2;
  const content: string =
    format === 'json'
      ? JSON.stringify(toEnvelope(annotations, scope, now), null, space)
      : format === 'w3c'
        ? jsonForHtml(toWebAnnotationCollection(annotations, { label: scope.kind === 'page' ? scope.url : 'All Claimlens annotations', publisher: options.publisher, ids: options.w3cIds }), space)
        : format === 'csv'
          ? toCsv(annotations)
          : format === 'markdown'
            ? toMarkdown(annotations)
            : jsonForHtml(toClaimReviews(annotations, options.publisher), space); // JSON-LD is pasted into <script> elements: see ./safe
  return { filename, mimeType, content };
}
