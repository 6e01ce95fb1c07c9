import { useEffect, useId, useState } from 'react';
import { LANGUAGE_NAMES, LANGUAGES, resolveLanguage, type LanguageSetting } from '../../utils/i18n/languages';
import { useT } from '../../utils/i18n/react';

/**
 * The interface language: the browser's (shown with what it resolves to) or
 * one chosen here. Saved on change; every open Claimlens page, the in-page
 * card and the context menu follow at once.
 */
export function LanguageSettings({ read, write, browserLanguages, onMessage }: { read(): Promise<LanguageSetting>; write(next: LanguageSetting): Promise<unknown>; browserLanguages: readonly string[]; onMessage(text: string, error: boolean): void }) {
  const { t } = useT();
  const id = useId();
  const [setting, setSetting] = useState<LanguageSetting | null>(null);
  useEffect(() => {
    void read().then(setSetting, () => setSetting('auto'));
  }, [read]);
  if (!setting) return null;
  const change = async (next: LanguageSetting) => {
    setSetting(next);
    try {
      await write(next);
    } catch (error) {
      onMessage(t('settings.notSaved', { error: error instanceof Error ? error.message : String(error) }), true);
    }
  };
  return (
    <section aria-labelledby="language-heading">
      <h2 id="language-heading">{t('settings.languageHeading')}</h2>
      <div className="row">
        <label htmlFor={id}>{t('settings.languageLabel')}</label>
        <select id={id} value={setting} onChange={(e) => void change(e.target.value as LanguageSetting)}>
          <option value="auto">{t('settings.languageAuto', { language: LANGUAGE_NAMES[resolveLanguage('auto', browserLanguages)] })}</option>
          {LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {LANGUAGE_NAMES[language]}
            </option>
          ))}
        </select>
      </div>
      <p>{t('settings.languageHint')}</p>
    </section>
  );
}
