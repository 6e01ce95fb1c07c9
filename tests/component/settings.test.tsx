// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsApp, type SettingsDeps } from '../../components/settings/SettingsApp';
import { DEFAULT_BACKUP, type BackupSettings } from '../../utils/backup';

function fakeDeps(over: Partial<SettingsDeps> = {}) {
  let stored: BackupSettings = { ...DEFAULT_BACKUP };
  const deps: SettingsDeps = {
    readBackup: vi.fn(async () => stored),
    writeBackup: vi.fn(async (next) => void (stored = next)),
    backUpNow: vi.fn(async () => {
      stored = { ...stored, lastBackupAt: '2026-11-27T10:00:00.000Z' };
      return { saved: true, filename: 'claimlens-backups/claimlens-backup-2026-11-27T10-00.claimlens.json' };
    }),
    persisted: vi.fn(async () => false),
    persist: vi.fn(async () => true),
    countAnnotations: vi.fn(async () => 12),
    ...over,
  };
  return { deps, stored: () => stored };
}

afterEach(cleanup);

describe('settings page', () => {
  it('switches automatic backups on, after a number of changes, and saves each choice', async () => {
    const { deps, stored } = fakeDeps();
    render(<SettingsApp deps={deps} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: /Save backups automatically/ }));
    await user.selectOptions(screen.getByLabelText('When'), 'changes');
    fireEvent.change(screen.getByLabelText('Changes before a backup'), { target: { value: '20' } });
    await waitFor(() => expect(stored()).toMatchObject({ enabled: true, when: 'changes', changes: 20 }));
    expect(screen.getByText(/\(12\) are stored only in this browser profile/)).toBeTruthy();
  });

  it('backs up now and says where the file went; a refused download is reported as an error', async () => {
    const { deps } = fakeDeps();
    const { unmount } = render(<SettingsApp deps={deps} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    await screen.findByText(/Backup saved to your downloads folder as claimlens-backups\/claimlens-backup-2026-11-27T10-00/);
    await screen.findByText(/Last backup:/);
    unmount();

    const failing = fakeDeps({ backUpNow: vi.fn(async () => ({ saved: false, error: 'Download canceled' })) });
    render(<SettingsApp deps={failing.deps} />);
    await user.click(await screen.findByRole('button', { name: 'Back up now' }));
    expect((await screen.findByRole('alert')).textContent).toBe('No backup was saved: Download canceled.');
  });

  it('says whether the browser keeps the storage, and asks it to', async () => {
    const { deps } = fakeDeps();
    render(<SettingsApp deps={deps} />);
    await screen.findByText(/may delete this storage/);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Ask the browser to keep it' }));
    await screen.findByText(/has agreed to keep this storage/);
    expect(deps.persist).toHaveBeenCalled();
  });
});
