import type { ImportResult } from '../../utils/db';
import type { Translate } from '../../utils/i18n/translate';

/** An import's counts and everything left out, in one line in the interface's language (utils/import's describeImport in English). */
export function importSummary(result: Pick<ImportResult, 'added' | 'updated' | 'unchanged' | 'duplicates' | 'droppedLinks' | 'unknownFields'>, t: Translate): string {
  const parts = [t('import.counts', { added: result.added, updated: result.updated, unchanged: result.unchanged })];
  if (result.duplicates) parts.push(t('import.duplicates', { count: result.duplicates }));
  if (result.droppedLinks.length) {
    const urls = result.droppedLinks.slice(0, 3).map((d) => d.url.slice(0, 60));
    parts.push(t('import.droppedLinks', { count: result.droppedLinks.length, urls: `${urls.join(', ')}${result.droppedLinks.length > 3 ? ', …' : ''}` }));
  }
  if (result.unknownFields.length) {
    const fields = result.unknownFields.slice(0, 5).map((f) => (f.records ? t('import.fieldRecords', { field: f.field, count: f.records }) : f.field));
    const more = result.unknownFields.length > 5 ? `, ${t('import.andMore', { count: result.unknownFields.length - 5 })}` : '';
    parts.push(t('import.unknownFields', { fields: `${fields.join(', ')}${more}` }));
  }
  return parts.join('; ') + '.';
}
