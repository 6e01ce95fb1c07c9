import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../utils/export';
import { useT } from '../../utils/i18n/react';

// Format names are names (the same in every language); JSON's note is translated.
const FORMAT_LABELS: Record<Exclude<ExportFormat, 'json'>, string> = {
  w3c: 'W3C Web Annotation',
  csv: 'CSV',
  markdown: 'Markdown',
  claimreview: 'schema.org ClaimReview',
};

export interface BulkActions {
  onSelectAll(select: boolean): void;
  onExport(format: ExportFormat): void;
  onTag(tag: string): void;
  onDelete(): void;
}

/**
 * What to do with several annotations at once. With nothing selected,
 * export takes every annotation shown; tagging and deleting need a selection.
 */
export function BulkBar({ shown, selected, busy, actions }: { shown: number; selected: number; busy: boolean; actions: BulkActions }) {
  const { t } = useT();
  const [format, setFormat] = useState<ExportFormat>('json');
  const [tag, setTag] = useState('');
  const allSelected = shown > 0 && selected === shown;
  return (
    <section className="bulk-bar" aria-label={t('bulk.label')}>
      <label className="select-all">
        <input type="checkbox" checked={allSelected} disabled={shown === 0} onChange={(e) => actions.onSelectAll(e.target.checked)} />
        {t('bulk.selectAll', { count: shown })}
      </label>
      <span className="selected-count" aria-live="polite">
        {selected > 0 ? t('bulk.selected', { count: selected }) : t('bulk.noneSelected')}
      </span>
      <span className="bulk-group">
        <select aria-label={t('bulk.exportFormat')} value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {f === 'json' ? t('bulk.formatJson') : FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
        <button type="button" disabled={busy || (selected === 0 && shown === 0)} onClick={() => actions.onExport(format)}>
          {selected > 0 ? t('bulk.exportSelected', { count: selected }) : t('bulk.exportShown', { count: shown })}
        </button>
      </span>
      <form
        className="bulk-group"
        onSubmit={(e) => {
          e.preventDefault();
          if (tag.trim()) actions.onTag(tag.trim());
          setTag('');
        }}
      >
        <input type="text" aria-label={t('bulk.tagLabel')} placeholder={t('bulk.tagPlaceholder')} value={tag} onChange={(e) => setTag(e.target.value)} disabled={selected === 0} />
        <button type="submit" disabled={busy || selected === 0 || !tag.trim()}>
          {t('bulk.addTag')}
        </button>
      </form>
      <button type="button" className="danger" disabled={busy || selected === 0} onClick={actions.onDelete}>
        {t('bulk.delete')}
      </button>
    </section>
  );
}
