import { describe, expect, it } from 'vitest';
import { backupDue, backupFilename, DEFAULT_BACKUP } from '../../utils/backup';

const now = new Date('2026-11-27T10:00:00Z');

describe('automatic backup', () => {
  it('is never due when switched off or when nothing changed', () => {
    expect(backupDue(DEFAULT_BACKUP, 500, now)).toBe(false);
    expect(backupDue({ ...DEFAULT_BACKUP, enabled: true }, 0, now)).toBe(false);
  });

  it('weekly: due a week after the last backup, or at once when there was none', () => {
    const weekly = { ...DEFAULT_BACKUP, enabled: true, when: 'weekly' as const };
    expect(backupDue(weekly, 1, now)).toBe(true);
    expect(backupDue({ ...weekly, lastBackupAt: '2026-11-22T10:00:00.000Z' }, 3, now)).toBe(false);
    expect(backupDue({ ...weekly, lastBackupAt: '2026-11-20T10:00:00.000Z' }, 3, now)).toBe(true);
  });

  it('after N changes: due once that many annotations changed', () => {
    const everyTen = { ...DEFAULT_BACKUP, enabled: true, when: 'changes' as const, changes: 10, lastBackupAt: '2026-11-27T09:00:00.000Z' };
    expect(backupDue(everyTen, 9, now)).toBe(false);
    expect(backupDue(everyTen, 10, now)).toBe(true);
  });

  it('names each backup by date and time in its own folder', () => {
    expect(backupFilename(now)).toBe('claimlens-backups/claimlens-backup-2026-11-27T10-00.claimlens.json');
  });
});
