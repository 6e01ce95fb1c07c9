// @vitest-environment jsdom
import { act, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { lastLanguage } from '../../utils/i18n/last-language';
import { useT } from '../../utils/i18n/react';
import { renderInLanguage } from '../../utils/i18n/render';
import { languageSettingItem } from '../../utils/settings';

function Title() {
  const { t } = useT();
  return <h1>{t('library.pageTitle')}</h1>;
}

beforeEach(() => {
  fakeBrowser.reset();
  localStorage.clear();
});
afterEach(() => {
  document.body.innerHTML = '';
});

describe('renderInLanguage', () => {
  it('renders in the chosen language and remembers it for the next page’s first module', async () => {
    await languageSettingItem.setValue('uk');
    const container = document.body.appendChild(document.createElement('div'));
    await act(() => renderInLanguage(container, <Title />, 'library.pageTitle'));
    await waitFor(() => expect(container.textContent).toBe('Бібліотека Claimlens'));
    expect(lastLanguage()).toBe('uk');
    expect(document.documentElement.lang).toBe('uk');
  });

  it('with a first language, renders in it at once, then in the chosen one when they differ', async () => {
    await languageSettingItem.setValue('ru');
    const container = document.body.appendChild(document.createElement('div'));
    const shown: string[] = [];
    new MutationObserver(() => shown.push(container.textContent ?? '')).observe(container, { childList: true, subtree: true, characterData: true });
    let done!: Promise<void>;
    act(() => void (done = renderInLanguage(container, <Title />, 'library.pageTitle', 'en')));
    expect(container.textContent).toBe('Claimlens library'); // before the setting is read
    await act(() => done);
    await waitFor(() => expect(container.textContent).toBe('Библиотека Claimlens'));
    expect(shown[0]).toBe('Claimlens library');
    expect(lastLanguage()).toBe('ru');
  });
});
