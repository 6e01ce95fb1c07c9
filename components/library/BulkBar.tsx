import { useState } from 'react';
import { EXPORT_FORMATS, type ExportFormat } from '../../utils/export';
import { formatCount } from './labels';

const FORMAT_LABELS: Record<ExportFormat, string> = {
  json: 'JSON (re-importable)',
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
  const [format, setFormat] = useState<ExportFormat>('json');
  const [tag, setTag] = useState('');
  const allSelected = shown > 0 && selected === shown;
  return (
    <section className="bulk-bar" aria-label="Selected annotations">
      <label className="select-all">
        <input type="checkbox" checked={allSelected} disabled={shown === 0} onChange={(e) => actions.onSelectAll(e.target.checked)} />
        Select all {formatCount(shown)} shown
      </label>
      <span className="selected-count" aria-live="polite">
        {selected > 0 ? `${formatCount(selected)} selected` : 'None selected'}
      </span>
      <span className="bulk-group">
        <select aria-label="Export format" value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)}>
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {FORMAT_LABELS[f]}
            </option>
          ))}
        </select>
        <button type="button" disabled={busy || (selected === 0 && shown === 0)} onClick={() => actions.onExport(format)}>
          {selected > 0 ? `Export ${formatCount(selected)} selected` : `Export all ${formatCount(shown)} shown`}
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
        <input type="text" aria-label="Tag to add to the selected annotations" placeholder="tag" value={tag} onChange={(e) => setTag(e.target.value)} disabled={selected === 0} />
        <button type="submit" disabled={busy || selected === 0 || !tag.trim()}>
          Add tag
        </button>
      </form>
      <button type="button" className="danger" disabled={busy || selected === 0} onClick={actions.onDelete}>
        Delete selected
      </button>
    </section>
  );
}
