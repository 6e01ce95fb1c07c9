import { useState } from 'react';
import { findAnnotations, importAnnotations } from '../../utils/db';
import { buildExport, EXPORT_FORMATS, type ExportFormat } from '../../utils/export';
import { parseEnvelope } from '../../utils/import';
import type { Annotation } from '../../utils/model/annotation';
import { useT } from '../../utils/i18n/react';
import { readPublisher } from '../../utils/settings';
import { useWorkbenchDeps } from './deps';
import { importSummary } from './import-summary';
import { readFileText } from '../../utils/read-file';

// Format names are names (the same in every language); JSON's note is translated.
const FORMAT_LABELS: Record<Exclude<ExportFormat, 'json'>, string> = {
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

/** Export this page / all annotations in a chosen format, and import a Claimlens JSON or W3C file. */
export function ExportBar({ pageUrl, pageAnnotations }: { pageUrl: string | null; pageAnnotations: Annotation[] }) {
  const deps = useWorkbenchDeps();
  const { t, language } = useT();
  const [format, setFormat] = useState<ExportFormat>('json');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const noAuthor = (publisher: unknown) => (format === 'claimreview' && !publisher ? ` ${t('export.noAuthor')}` : '');

  const exportPage = async () => {
    if (!pageUrl) return;
    const publisher = await publisherFor(format);
    const file = buildExport(format, pageAnnotations, { kind: 'page', url: pageUrl }, deps.now(), { publisher, language });
    deps.download(file.filename, file.mimeType, file.content);
    setMessage({ kind: 'ok', text: `${t('export.exportedPage', { count: pageAnnotations.length })}${noAuthor(publisher)}` });
  };
  const exportAll = async () => {
    try {
      const all = await findAnnotations(deps.db);
      const publisher = await publisherFor(format);
      const file = buildExport(format, all, { kind: 'all' }, deps.now(), { publisher, language });
      deps.download(file.filename, file.mimeType, file.content);
      setMessage({ kind: 'ok', text: `${t('export.exportedAll', { count: all.length })}${noAuthor(publisher)}` });
    } catch (error) {
      setMessage({ kind: 'error', text: (error as Error).message });
    }
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const envelope = parseEnvelope(await readFileText(file));
      const result = await importAnnotations(deps.db, envelope.annotations, envelope);
      setMessage({ kind: 'ok', text: importSummary(result, t) });
      if (deps.tabId !== null) void deps.notifyAnnotationsChanged(deps.tabId).catch(() => undefined);
    } catch (error) {
      setMessage({ kind: 'error', text: t('export.importFailed', { error: (error as Error).message }) });
    }
  };

  return (
    <section className="export" aria-label={t('export.label')}>
      <label htmlFor="export-format">{t('export.format')}</label>
      <select id="export-format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
        {EXPORT_FORMATS.map((f) => (
          <option key={f} value={f}>
            {f === 'json' ? t('export.formatJson') : FORMAT_LABELS[f]}
          </option>
        ))}
      </select>
      <button type="button" onClick={() => void exportPage()} disabled={!pageUrl}>
        {t('export.page')}
      </button>
      <button type="button" onClick={exportAll}>
        {t('export.all')}
      </button>
      <label className="import">
        {t('export.import')}
        {/* The label stays "Import JSON file": a W3C export is a JSON file too, and the end-to-end tests find it by it. */}
        <input type="file" accept=".json,.jsonld,application/json,application/ld+json" aria-label={t('export.importLabel')} onChange={(e) => importFile(e.target.files?.[0])} />
      </label>
      {message && (
        <p className={`message ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
