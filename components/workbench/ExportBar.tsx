import { useState } from 'react';
import { findAnnotations, importAnnotations } from '../../utils/db';
import { buildExport, EXPORT_FORMATS, type ExportFormat } from '../../utils/export';
import { parseEnvelope } from '../../utils/import';
import type { Annotation } from '../../utils/model/annotation';
import { readPublisher } from '../../utils/settings';
import { useWorkbenchDeps } from './deps';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: 'JSON (Claimlens, re-importable)',
  w3c: 'W3C Web Annotation',
  csv: 'CSV',
  markdown: 'Markdown',
  claimreview: 'schema.org ClaimReview',
};

/**
 * The organisation from the settings page, for the formats that name it
 * (ClaimReview's author, W3C's creator). Read at each export, so a change in
 * the settings applies at once; unreadable settings export without one.
 */
async function publisherFor(format: ExportFormat) {
  if (format !== 'claimreview' && format !== 'w3c') return undefined;
  const publisher = await readPublisher().catch(() => undefined);
  return publisher?.name ? publisher : undefined;
}

const NO_AUTHOR = ' No organisation is set as their author: add it under Settings (Google’s fact-check markup expects one).';

/** Export this page / all annotations in a chosen format, and import a Claimlens JSON or W3C file. */
export function ExportBar({ pageUrl, pageAnnotations }: { pageUrl: string | null; pageAnnotations: Annotation[] }) {
  const deps = useWorkbenchDeps();
  const [format, setFormat] = useState<ExportFormat>('json');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const exportPage = async () => {
    if (!pageUrl) return;
    const publisher = await publisherFor(format);
    const file = buildExport(format, pageAnnotations, { kind: 'page', url: pageUrl }, deps.now(), { publisher });
    deps.download(file.filename, file.mimeType, file.content);
    setMessage({ kind: 'ok', text: `Exported ${pageAnnotations.length} annotation(s) of this page.${format === 'claimreview' && !publisher ? NO_AUTHOR : ''}` });
  };
  const exportAll = async () => {
    try {
      const all = await findAnnotations(deps.db);
      const publisher = await publisherFor(format);
      const file = buildExport(format, all, { kind: 'all' }, deps.now(), { publisher });
      deps.download(file.filename, file.mimeType, file.content);
      setMessage({ kind: 'ok', text: `Exported ${all.length} annotation(s).${format === 'claimreview' && !publisher ? NO_AUTHOR : ''}` });
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const envelope = parseEnvelope(await file.text());
      const result = await importAnnotations(deps.db, envelope.annotations, envelope);
      setMessage({ kind: 'ok', text: result.summary });
      if (deps.tabId !== null) void deps.notifyAnnotationsChanged(deps.tabId).catch(() => undefined);
    } catch (error) {
      setMessage({ kind: 'error', text: `${(error as Error).message} Nothing was imported.` });
    }
  };

  return (
    <section className="export" aria-label="Export and import">
      <label htmlFor="export-format">Format</label>
      <select id="export-format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
        {EXPORT_FORMATS.map((f) => (
          <option key={f} value={f}>
            {FORMAT_LABELS[f]}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void exportPage()} disabled={!pageUrl}>
        Export this page
      </button>
      <button type="button" onClick={exportAll}>
        Export all
      </button>
      <label className="import">
        Import JSON or W3C
        {/* The label stays "Import JSON file": a W3C export is a JSON file too, and the end-to-end tests find it by it. */}
        <input type="file" accept=".json,.jsonld,application/json,application/ld+json" aria-label="Import JSON file" onChange={(e) => importFile(e.target.files?.[0])} />
      </label>
      {message && (
        <p className={`message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
