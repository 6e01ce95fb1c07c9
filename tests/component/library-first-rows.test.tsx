// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { LibraryDepsContext, type LibraryDeps } from '../../components/library/deps';
import { LibraryRow, type RowActions } from '../../components/library/LibraryRow';
import { ClaimlensDB, newestAnnotations, putAnnotations } from '../../utils/db';
import { rememberLanguage } from '../../utils/i18n/last-language';
import type { Language } from '../../utils/i18n/languages';
import { I18nProvider } from '../../utils/i18n/react';
import { toEntry } from '../../utils/library/entry';
import { FIRST_ROWS_CLASS, rememberControlsHeight, showFirstRows } from '../../utils/library/first-rows';
import type { Annotation } from '../../utils/model/annotation';
import { makeAnnotation } from '../support/annotations';

vi.setConfig({ testTimeout: 20_000 });

beforeEach(() => {
  localStorage.clear();
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(900);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

/** Every kind of row part: tags and evidence, a note, an orphan, a changed passage, a speaker, a dismissed detection. */
const annotations: Annotation[] = [
  makeAnnotation({ verdict: 'accurate', tags: ['troops', 'drones'], note: 'Matches the JCS statement', evidence: [{ url: 'https://evidence.example/1', title: 'One' }], updatedAt: '2026-11-24T10:00:00.000Z' }),
  {
    ...makeAnnotation({ verdict: 'false', note: 'Песков сказал иначе', lastAnchor: { state: 'orphan', checkedAt: '2026-11-25T00:00:00.000Z' } }),
    claim: { type: 'passage', text: 'visited Moscow in 2019' },
    page: { url: 'https://www.svoboda.org/a/2.html', title: 'Визит' },
  },
  makeAnnotation({ verdict: 'misleading', lastAnchor: { state: 'changed', checkedAt: '2026-11-25T00:00:00.000Z', text: 'some 4,000' }, dismissed: true }),
  {
    ...makeAnnotation({ verdict: 'mostly-accurate', lastAnchor: { state: 'moved', checkedAt: '2026-11-25T00:00:00.000Z', text: 'said' } }),
    claim: { type: 'attribution', text: 'said', cue: 'say', sourceType: 'official', source: { start: 0, end: 9, text: 'Official 7' } },
    page: { url: 'https://apnews.com/x', canonicalUrl: 'https://www.reuters.com/y', title: '' },
  },
];

const noActions: RowActions = { onToggle: () => undefined, onOpen: () => undefined, onDelete: () => undefined, onVerdict: () => undefined };

/** What a row shows and says to a screen reader, part by part (the verdict menu by its chosen verdict). */
function describeRow(row: Element) {
  const parts = [...row.querySelectorAll('*')].filter((el) => el.tagName !== 'OPTION').map((el) => `${el.tagName} .${el.className} [${el.getAttribute('aria-label') ?? ''}]`);
  const select = row.querySelector('select')!;
  return { className: row.className, label: row.getAttribute('aria-label'), text: row.textContent!.replace(select.textContent!, ''), verdict: [select.value, select.selectedOptions[0]?.textContent], parts };
}

describe('the first rows the library page shows before React', () => {
  it.each<Language>(['en', 'ru', 'uk'])('are what LibraryRow renders, in %s', (language) => {
    rememberLanguage(language);
    const early = document.createElement('div');
    expect(showFirstRows(early, annotations, { rows: annotations.length })).toBe(true);
    render(
      <I18nProvider language={language}>
        {annotations.map((a) => (
          <LibraryRow key={a.id} entry={toEntry(a)} selected={false} actions={noActions} />
        ))}
      </I18nProvider>,
    );
    const reactRows = [...document.querySelectorAll('body > div article.library-row')].map(describeRow);
    const earlyRows = [...early.querySelectorAll('article.library-row')].map(describeRow);
    expect(earlyRows).toHaveLength(annotations.length);
    expect(earlyRows).toEqual(reactRows);
    expect(document.documentElement.lang).toBe(language);
  });

  it('show only as many rows as fill the window, inert, with the room the controls took last time', () => {
    rememberLanguage('en');
    rememberControlsHeight(123.4);
    const container = document.createElement('div');
    const many = Array.from({ length: 60 }, (_, i) => makeAnnotation({ note: `note ${i}` }));
    expect(showFirstRows(container, many, { rows: 8 })).toBe(true);
    const page = container.querySelector<HTMLElement>(`main.${FIRST_ROWS_CLASS}`)!;
    expect(page.inert).toBe(true);
    expect(page.querySelectorAll('article.library-row')).toHaveLength(8);
    expect(page.querySelector<HTMLElement>('.first-rows-controls')!.style.height).toBe('123px');
    expect(page.querySelector('.library-count')!.textContent).toBe('Reading annotations…');
  });

  it('are not shown before any page has rendered (no language known), over React’s page, or for an empty table', () => {
    const container = document.createElement('div');
    expect(showFirstRows(container, annotations)).toBe(false);
    rememberLanguage('en');
    expect(showFirstRows(container, [])).toBe(false);
    container.append(document.createElement('main'));
    expect(showFirstRows(container, annotations)).toBe(false);
    expect(container.querySelector('article')).toBeNull();
  });

  it('are replaced by React’s page, whose rows can be used', async () => {
    const db = new ClaimlensDB(`library-${Math.random()}`);
    await putAnnotations(db, annotations);
    rememberLanguage('en');
    const root = document.createElement('div');
    document.body.append(root);
    const newest = await newestAnnotations(db, 60);
    expect(showFirstRows(root, newest)).toBe(true);
    expect(root.querySelectorAll('article.library-row')).toHaveLength(annotations.length);
    const earlyOrder = [...root.querySelectorAll('.row-quote')].map((q) => q.textContent);
    const deps: LibraryDeps = { db, download: vi.fn(), openAtClaim: vi.fn(async () => ({ outcome: 'focused' as const })), now: () => new Date('2026-11-27T12:00:00Z'), newest: { promise: Promise.resolve(newest), rows: () => newest } };
    const reactRoot = createRoot(root);
    await act(async () =>
      reactRoot.render(
        <LibraryDepsContext.Provider value={deps}>
          <LibraryApp />
        </LibraryDepsContext.Provider>,
      ),
    );
    expect(root.querySelector(`.${FIRST_ROWS_CLASS}`)).toBeNull();
    await waitFor(() => expect(within(root).getByText('4 of 4 annotations')).toBeTruthy());
    // The same rows in the same order (three share an updatedAt: ties are ordered as the list orders them).
    expect([...root.querySelectorAll('.row-quote')].map((q) => q.textContent)).toEqual(earlyOrder);
    const row = within(root).getByRole('article', { name: 'visited Moscow in 2019' });
    await userEvent.click(within(row).getByRole('checkbox'));
    expect(await screen.findByText('1 selected')).toBeTruthy();
    act(() => reactRoot.unmount());
    await db.delete();
  });
});
