import { useEffect, useId, useState } from 'react';
import type { BackupSettings } from '../../utils/backup';
import type { Publisher } from '../../utils/settings';
import { PublisherSettings } from './PublisherSettings';

/** What the settings page needs from the browser, passed in so tests use fakes. */
export interface SettingsDeps {
  readBackup(): Promise<BackupSettings>;
  writeBackup(next: BackupSettings): Promise<void>;
  backUpNow(): Promise<{ saved: boolean; filename?: string; error?: string }>;
  /** navigator.storage: whether the browser promised not to evict the data, and a way to ask. */
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
  countAnnotations(): Promise<number>;
  /** The organisation publishing the fact-checks (utils/settings.ts). */
  readPublisher(): Promise<Publisher>;
  writePublisher(next: Publisher): Promise<unknown>;
}

export function SettingsApp({ deps }: { deps: SettingsDeps }) {
  const [backup, setBackup] = useState<BackupSettings | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [count, setCount] = useState<number | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const ids = { when: useId(), changes: useId() };

  useEffect(() => {
    void deps.readBackup().then(setBackup);
    void deps.persisted().then(setPersisted);
    void deps.countAnnotations().then(setCount, () => setCount(null));
  }, [deps]);

  const update = async (patch: Partial<BackupSettings>) => {
    if (!backup) return;
    const next = { ...backup, ...patch };
    setBackup(next);
    try {
      await deps.writeBackup(next);
      setMessage({ text: 'Settings saved.', error: false });
    } catch (error) {
      setMessage({ text: `Settings not saved: ${error instanceof Error ? error.message : String(error)}`, error: true });
    }
  };

  const backUpNow = async () => {
    setMessage({ text: 'Saving a backup…', error: false });
    const result = await deps.backUpNow();
    if (result.saved) {
      setMessage({ text: `Backup saved to your downloads folder as ${result.filename}.`, error: false });
      setBackup(await deps.readBackup());
    } else setMessage({ text: `No backup was saved: ${result.error ?? 'the browser refused the download'}.`, error: true });
  };

  return (
    <main className="settings">
      <h1>Claimlens settings</h1>

      <section aria-labelledby="storage-heading">
        <h2 id="storage-heading">Where your work is kept</h2>
        <p>
          Your annotations{count !== null ? ` (${count})` : ''} are stored only in this browser profile, in the extension’s own database. Claimlens sends
          nothing over the network.
        </p>
        <p role="status">
          {persisted === null
            ? 'Checking whether the browser keeps this storage…'
            : persisted
              ? 'The browser has agreed to keep this storage: it will not delete it to free space.'
              : 'The browser may delete this storage when the disk is nearly full.'}
        </p>
        {persisted === false && (
          <button type="button" onClick={() => void deps.persist().then(setPersisted)}>
            Ask the browser to keep it
          </button>
        )}
      </section>

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">Automatic backup</h2>
        <p>
          A backup is the same file as “Export all” in JSON: every annotation, which you can import again from the panel. Files go to your downloads folder, in
          <code> claimlens-backups/</code>, one per backup, named by date. Nothing leaves your computer.
        </p>
        {backup && (
          <>
            <label className="row">
              <input type="checkbox" checked={backup.enabled} onChange={(e) => void update({ enabled: e.target.checked })} /> Save backups automatically
            </label>
            <div className="row">
              <label htmlFor={ids.when}>When</label>
              <select id={ids.when} value={backup.when} disabled={!backup.enabled} onChange={(e) => void update({ when: e.target.value as BackupSettings['when'] })}>
                <option value="weekly">once a week, if anything changed</option>
                <option value="changes">after a number of changes</option>
              </select>
            </div>
            {backup.when === 'changes' && (
              <div className="row">
                <label htmlFor={ids.changes}>Changes before a backup</label>
                <input
                  id={ids.changes}
                  type="number"
                  min={1}
                  max={10000}
                  value={backup.changes}
                  disabled={!backup.enabled}
                  onChange={(e) => {
                    const changes = Math.round(Number(e.target.value));
                    if (changes >= 1 && changes <= 10_000) void update({ changes });
                  }}
                />
              </div>
            )}
            <p>{backup.lastBackupAt ? `Last backup: ${new Date(backup.lastBackupAt).toLocaleString()}.` : 'No backup saved yet.'}</p>
            <button type="button" onClick={() => void backUpNow()}>
              Back up now
            </button>
          </>
        )}
      </section>
      <PublisherSettings read={deps.readPublisher} write={deps.writePublisher} onMessage={(text, error) => setMessage({ text, error })} />
      {message && (
        <p className={message.error ? 'message error' : 'message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </main>
  );
}
