// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsApp, type SettingsDeps } from '../../components/settings/SettingsApp';
import { DEFAULT_BACKUP, type BackupSettings } from '../../utils/backup';
import { PublisherSchema, type Publisher } from '../../utils/settings';

function fakeDeps(over: Partial<SettingsDeps> = {}) {
  let stored: BackupSettings = { ...DEFAULT_BACKUP };
  let publisher: Publisher = { name: '', url: '' };
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
    readPublisher: vi.fn(async () => publisher),
    // As utils/settings.ts writes it: validated by the same schema.
    writePublisher: vi.fn(async (next: Publisher) => void (publisher = PublisherSchema.parse(next))),
    ...over,
  };
  return { deps, stored: () => stored, publisher: () => publisher };
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

  it('keeps the organisation for ClaimReview: a name and an http(s) address, never another scheme', async () => {
    const { deps, publisher } = fakeDeps();
    render(<SettingsApp deps={deps} />);
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText('Name'), 'Example Fact Check');
    await user.type(screen.getByLabelText('Web address'), 'javascript:alert(1)');
    await user.tab();
    expect((await screen.findByRole('alert')).textContent).toMatch(/must start with http/);
    expect(screen.getByLabelText('Web address').getAttribute('aria-invalid')).toBe('true');
    expect(publisher().url).toBe('');
    await user.clear(screen.getByLabelText('Web address'));
    await user.type(screen.getByLabelText('Web address'), 'https://factcheck.example/');
    await user.tab();
    await waitFor(() => expect(publisher()).toEqual({ name: 'Example Fact Check', url: 'https://factcheck.example/' }));
    expect(() => PublisherSchema.parse({ name: 'x', url: 'ftp://x.example/' })).toThrow();
  });

  it('shows how each verdict is rated in ClaimReview', async () => {
    render(<SettingsApp deps={fakeDeps().deps} />);
    const table = await screen.findByRole('table', { name: /How verdicts are rated in ClaimReview/ });
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(rows).toEqual([
      ['Accurate', '5'],
      ['Mostly accurate', '4'],
      ['Mixed', '3'],
      ['Misleading', '2'],
      ['False', '1'],
      ['Unverifiable', 'none (named only)'],
    ]);
  });
});
