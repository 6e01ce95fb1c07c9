import { createRoot } from 'react-dom/client';
import { SettingsApp, type SettingsDeps } from '../../components/settings/SettingsApp';
import { backupSettingsItem, readBackupSettings } from '../../utils/backup';
import { getDb } from '../../utils/db';
import { request } from '../../utils/messaging';
import { requestPersistentStorage } from '../../utils/persist';
import { readPublisher, writePublisher } from '../../utils/settings';
import './style.css';

const deps: SettingsDeps = {
  readBackup: readBackupSettings,
  writeBackup: (next) => backupSettingsItem.setValue(next),
  backUpNow: () => request('backupNow', undefined),
  persisted: async () => (await navigator.storage?.persisted?.()) ?? false,
  persist: () => requestPersistentStorage(),
  countAnnotations: () => getDb().annotations.count(),
  readPublisher,
  writePublisher,
};

createRoot(document.getElementById('root')!).render(<SettingsApp deps={deps} />);
