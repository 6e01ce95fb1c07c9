// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { SettingsApp, type SettingsDeps } from '../../components/settings/SettingsApp';
import { DEFAULT_BACKUP } from '../../utils/backup';
import type { LanguageSetting } from '../../utils/i18n/languages';
import { I18nProvider } from '../../utils/i18n/react';
import { NO_PUBLISHER } from '../../utils/settings';

afterEach(cleanup);

function fakeDeps(language: LanguageSetting) {
  let stored = language;
  const deps: SettingsDeps = {
    readBackup: vi.fn(async () => ({ ...DEFAULT_BACKUP, lastBackupAt: '2026-11-27T10:05:00.000Z' })),
    writeBackup: vi.fn(async () => undefined),
    backUpNow: vi.fn(async () => ({ saved: false })),
    persisted: vi.fn(async () => false),
    persist: vi.fn(async () => true),
    countAnnotations: vi.fn(async () => 3000),
    readPublisher: vi.fn(async () => NO_PUBLISHER),
    writePublisher: vi.fn(async () => undefined),
    readLanguage: vi.fn(async () => stored),
    writeLanguage: vi.fn(async (next: LanguageSetting) => void (stored = next)),
    browserLanguages: ['uk-UA', 'en'],
  };
  return { deps, stored: () => stored };
}

it('chooses the interface language: the browser’s (named) or one of three, saved at once', async () => {
  const { deps, stored } = fakeDeps('auto');
  render(<SettingsApp deps={deps} />);
  const select = await screen.findByLabelText('Interface language');
  expect([...(select as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['As the browser (Українська)', 'English', 'Русский', 'Українська']);
  await userEvent.selectOptions(select, 'ru');
  await waitFor(() => expect(stored()).toBe('ru'));
});

it('shows the settings in Russian, with Russian numbers and dates', async () => {
  const { deps } = fakeDeps('ru');
  const { container } = render(
    <I18nProvider language="ru">
      <SettingsApp deps={deps} />
    </I18nProvider>,
  );
  expect(await screen.findByRole('heading', { name: 'Настройки Claimlens' })).toBeTruthy();
  // Testing Library shows no-break spaces as spaces; the text itself has one.
  expect(await screen.findByText(/^Ваши разборы \(3 000\) хранятся только в этом профиле браузера/)).toBeTruthy();
  expect(container.textContent).toContain('Ваши разборы (3\u00a0000)');
  expect(screen.getByText(/^Последняя резервная копия: 27\.11\.2026, \d\d:05\.$/)).toBeTruthy();
  expect((screen.getByLabelText('Язык интерфейса') as HTMLSelectElement).value).toBe('ru');
  expect(screen.getByText('Неправда', { selector: 'td' })).toBeTruthy();
  expect(container.querySelector('code')?.textContent).toBe('claimlens-backups/');
});
