import { useEffect, useId, useState } from 'react';
import type { BackupSettings } from '../../utils/backup';
import type { LanguageSetting } from '../../utils/i18n/languages';
import { useT } from '../../utils/i18n/react';
import type { Publisher } from '../../utils/settings';
import { LanguageSettings } from './LanguageSettings';
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
  /** The interface language (utils/settings.ts); absent: the page shows no language choice. */
  readLanguage?(): Promise<LanguageSetting>;
  writeLanguage?(next: LanguageSetting): Promise<unknown>;
  /** What the browser says its languages are, for the 'auto' choice's label. */
  browserLanguages?: readonly string[];
}

export function SettingsApp({ deps }: { deps: SettingsDeps }) {
  const { t, number, dateTime } = useT();
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
      setMessage({ text: t('settings.saved'), error: false });
    } catch (error) {
      setMessage({ text: t('settings.notSaved', { error: error instanceof Error ? error.message : String(error) }), error: true });
    }
  };

  const backUpNow = async () => {
    setMessage({ text: t('settings.backingUp'), error: false });
    const result = await deps.backUpNow();
    if (result.saved) {
      setMessage({ text: t('settings.backupSaved', { file: result.filename ?? '' }), error: false });
      setBackup(await deps.readBackup());
    } else setMessage({ text: t('settings.backupFailed', { error: result.error ?? t('settings.downloadRefused') }), error: true });
  };

  return (
    <main className="settings">
      <h1>{t('settings.pageTitle')}</h1>

      <section aria-labelledby="storage-heading">
        <h2 id="storage-heading">{t('settings.storageHeading')}</h2>
        <p>{t('settings.storageText', { count: count !== null ? ` (${number(count)})` : '' })}</p>
        <p role="status">
          {persisted === null
            ? t('settings.checkingPersist')
            : persisted
              ? t('settings.persisted')
              : t('settings.mayEvict')}
        </p>
        {persisted === false && (
          <button type="button" onClick={() => void deps.persist().then(setPersisted)}>
            {t('settings.askPersist')}
          </button>
        )}
      </section>

      <section aria-labelledby="backup-heading">
        <h2 id="backup-heading">{t('settings.backupHeading')}</h2>
        <p>{withCode(t('settings.backupText'), '{folder}', 'claimlens-backups/')}</p>
        {backup && (
          <>
            <label className="row">
              <input type="checkbox" checked={backup.enabled} onChange={(e) => void update({ enabled: e.target.checked })} /> {t('settings.autoBackup')}
            </label>
            <div className="row">
              <label htmlFor={ids.when}>{t('settings.when')}</label>
              <select id={ids.when} value={backup.when} disabled={!backup.enabled} onChange={(e) => void update({ when: e.target.value as BackupSettings['when'] })}>
                <option value="weekly">{t('settings.weekly')}</option>
                <option value="changes">{t('settings.afterChanges')}</option>
              </select>
            </div>
            {backup.when === 'changes' && (
              <div className="row">
                <label htmlFor={ids.changes}>{t('settings.changes')}</label>
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
            <p>{backup.lastBackupAt ? t('settings.lastBackup', { date: dateTime(backup.lastBackupAt) }) : t('settings.noBackup')}</p>
            <button type="button" onClick={() => void backUpNow()}>
              {t('settings.backUpNow')}
            </button>
          </>
        )}
      </section>
      {deps.readLanguage && deps.writeLanguage && (
        <LanguageSettings read={deps.readLanguage} write={deps.writeLanguage} browserLanguages={deps.browserLanguages ?? []} onMessage={(text, error) => setMessage({ text, error })} />
      )}
      <PublisherSettings read={deps.readPublisher} write={deps.writePublisher} onMessage={(text, error) => setMessage({ text, error })} />
      {message && (
        <p className={message.error ? 'message error' : 'message'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </main>
  );
}

/** A translated sentence with a file or folder name set as code where its placeholder stands. */
function withCode(text: string, placeholder: string, code: string) {
  const at = text.indexOf(placeholder);
  if (at < 0) return text;
  return (
    <>
      {text.slice(0, at)}
      <code>{code}</code>
      {text.slice(at + placeholder.length)}
    </>
  );
}
