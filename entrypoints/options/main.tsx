import { SettingsApp, type SettingsDeps } from '../../components/settings/SettingsApp';
import { backupSettingsItem, readBackupSettings } from '../../utils/backup';
import { countAnnotations, getDb } from '../../utils/db';
import { browserLanguages } from '../../utils/i18n/current';
import { renderInLanguage } from '../../utils/i18n/render';
import { request } from '../../utils/messaging';
import { requestPersistentStorage } from '../../utils/persist';
import { languageSettingItem, readLanguageSetting, readPublisher, writePublisher } from '../../utils/settings';
import './style.css';

const deps: SettingsDeps = {
  readBackup: readBackupSettings,
  writeBackup: (next) => backupSettingsItem.setValue(next),
  backUpNow: () => request('backupNow', undefined),
  persisted: async () => (await navigator.storage?.persisted?.()) ?? false,
  persist: () => requestPersistentStorage(),
  countAnnotations: () => countAnnotations(getDb()),
  readPublisher,
  writePublisher,
  readLanguage: readLanguageSetting,
  writeLanguage: (next) => languageSettingItem.setValue(next),
  browserLanguages: browserLanguages(),
};

void renderInLanguage(document.getElementById('root')!, <SettingsApp deps={deps} />, 'settings.pageTitle');
