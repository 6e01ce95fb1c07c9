import { browser } from 'wxt/browser';
import { backupDue, backupFilename, backupSettingsItem, readBackupSettings } from '../../utils/backup';
import { allAnnotations, countChangedSince, getDb } from '../../utils/db';
import { buildExport } from '../../utils/export';

export const BACKUP_ALARM = 'claimlens-backup';

/**
 * Saves a dated JSON export of every annotation when one is due (or at
 * once when `force`). The file is the ordinary "Export all" JSON, so it
 * imports back as it is.
 */
export async function backUpIfDue(force = false, now = new Date()): Promise<{ saved: boolean; filename?: string; error?: string }> {
  try {
    const settings = await readBackupSettings();
    const db = getDb();
    const changed = await countChangedSince(db, settings.lastBackupAt ?? '');
    if (!force && !backupDue(settings, changed, now)) return { saved: false };
    const file = buildExport('json', await allAnnotations(db), { kind: 'all' }, now);
    const filename = backupFilename(now);
    await saveDownload(filename, file.mimeType, file.content);
    await backupSettingsItem.setValue({ ...settings, lastBackupAt: now.toISOString() });
    return { saved: true, filename };
  } catch (error) {
    return { saved: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** A blob URL where the background has one (Firefox), a data URL in Chrome's service worker. */
async function saveDownload(filename: string, mimeType: string, content: string): Promise<void> {
  const blob = new Blob([content], { type: mimeType });
  const canBlobUrl = typeof URL.createObjectURL === 'function' && typeof document !== 'undefined';
  const url = canBlobUrl ? URL.createObjectURL(blob) : await dataUrl(blob);
  try {
    await browser.downloads.download({ url, filename, saveAs: false, conflictAction: 'uniquify' });
  } finally {
    if (canBlobUrl) setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}

async function dataUrl(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${blob.type};base64,${btoa(binary)}`;
}
