import { useState } from 'react';
import { findAnnotations, importAnnotations } from '../../utils/db';
import { buildExport, EXPORT_FORMATS, type ExportFormat } from '../../utils/export';
import { parseEnvelope } from '../../utils/export/envelope';
import type { Annotation } from '../../utils/model/annotation';
import { useWorkbenchDeps } from './deps';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: 'JSON (Claimlens, re-importable)',
  w3c: 'W3C Web Annotation',
  csv: 'CSV',
  markdown: 'Markdown',
  claimreview: 'schema.org ClaimReview',
};

/** Export this page / all annotations in a chosen format, and import a Claimlens JSON file. */
export function ExportBar({ pageUrl, pageAnnotations }: { pageUrl: string | null; pageAnnotations: Annotation[] }) {
  const deps = useWorkbenchDeps();
  const [format, setFormat] = useState<ExportFormat>('json');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const exportPage = () => {
    if (!pageUrl) return;
    const file = buildExport(format, pageAnnotations, { kind: 'page', url: pageUrl }, deps.now());
    deps.download(file.filename, file.mimeType, file.content);
    setMessage({ kind: 'ok', text: `Exported ${pageAnnotations.length} annotation(s) of this page.` });
  };
  const exportAll = async () => {
    try {
      const all = await findAnnotations(deps.db);
      const file = buildExport(format, all, { kind: 'all' }, deps.now());
      deps.download(file.filename, file.mimeType, file.content);
      setMessage({ kind: 'ok', text: `Exported ${all.length} annotation(s).` });
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
      <button type="button" onClick={exportPage} disabled={!pageUrl}>
        Export this page
      </button>
      <button type="button" onClick={exportAll}>
        Export all
      </button>
      <label className="import">
        Import JSON
        <input type="file" accept=".json,application/json" aria-label="Import JSON file" onChange={(e) => importFile(e.target.files?.[0])} />
      </label>
      {message && (
        <p className={`message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
