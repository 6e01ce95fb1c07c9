import { storage } from 'wxt/utils/storage';
import { z } from 'zod';

/**
 * Automatic backups: a dated JSON export (the same file "Export all" makes,
 * re-importable) saved to the downloads folder, so a lost profile or a
 * browser that clears site data never takes the fact-checker's work with it.
 */
export const BackupSettingsSchema = z.object({
  enabled: z.boolean(),
  /** weekly: once a week when anything changed; changes: after this many edits. */
  when: z.enum(['weekly', 'changes']),
  changes: z.number().int().min(1).max(10_000),
  lastBackupAt: z.string().datetime().nullable(),
});
export type BackupSettings = z.infer<typeof BackupSettingsSchema>;

export const DEFAULT_BACKUP: BackupSettings = { enabled: false, when: 'weekly', changes: 50, lastBackupAt: null };

export const backupSettingsItem = storage.defineItem<BackupSettings>('local:backup', { fallback: DEFAULT_BACKUP });

export async function readBackupSettings(): Promise<BackupSettings> {
  return BackupSettingsSchema.catch(DEFAULT_BACKUP).parse(await backupSettingsItem.getValue());
}

const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

/** Is a backup due? `changedSince` counts annotations edited since the last backup. */
export function backupDue(settings: BackupSettings, changedSince: number, now: Date): boolean {
  if (!settings.enabled || changedSince === 0) return false;
  if (settings.when === 'changes') return changedSince >= settings.changes;
  const last = settings.lastBackupAt ? Date.parse(settings.lastBackupAt) : Number.NEGATIVE_INFINITY;
  return now.getTime() - last >= WEEK_MS;
}

/** Backups go to their own folder in the downloads directory, one dated file each. */
export function backupFilename(now: Date): string {
  return `claimlens-backups/claimlens-backup-${now.toISOString().slice(0, 16).replace(':', '-')}.claimlens.json`;
}
