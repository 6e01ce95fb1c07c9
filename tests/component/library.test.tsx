// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryApp } from '../../components/library/LibraryApp';
import { LibraryDepsContext, type LibraryDeps } from '../../components/library/deps';
import { allAnnotations, ClaimlensDB, deleteAnnotations, getAnnotation, putAnnotations, updateAnnotation } from '../../utils/db';
import type { Annotation } from '../../utils/model/annotation';
import { makeAnnotation } from '../support/annotations';

vi.setConfig({ testTimeout: 20_000 });

let db: ClaimlensDB;
let deps: LibraryDeps;
beforeEach(() => {
  db = new ClaimlensDB(`library-${Math.random()}`);
  deps = { db, download: vi.fn(), openAtClaim: vi.fn(async () => ({ outcome: 'focused' as const })), now: () => new Date('2026-11-27T12:00:00Z') };
  // jsdom lays nothing out: give the virtualised list a viewport so it renders rows.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(900);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900);
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await db.delete();
});

const renderLibrary = () =>
  render(
    <LibraryDepsContext.Provider value={deps}>
      <LibraryApp />
    </LibraryDepsContext.Provider>,
  );
const count = () => screen.getByRole('status', { name: '' }).textContent;
const quotes = () => [...document.querySelectorAll('.row-quote')].map((q) => q.textContent);

const troops = makeAnnotation({ verdict: 'accurate', tags: ['troops'], note: 'Matches the JCS statement', updatedAt: '2026-11-24T10:00:00.000Z' });
const orphan: Annotation = {
  ...makeAnnotation({ verdict: 'false', note: 'Песков сказал иначе', updatedAt: '2026-11-23T10:00:00.000Z', lastAnchor: { state: 'orphan', checkedAt: '2026-11-25T00:00:00.000Z' } }),
  claim: { type: 'passage', text: 'visited Moscow in 2019' },
  target: { quote: { type: 'TextQuoteSelector', exact: 'visited Moscow in 2019', prefix: 'He ', suffix: '.' }, position: { type: 'TextPositionSelector', start: 3, end: 25 } },
  sentence: 'He visited Moscow in 2019.',
  page: { url: 'https://www.svoboda.org/a/2.html', title: 'Визит' },
};

describe('the library page', () => {
  it('says when there is nothing yet', async () => {
    renderLibrary();
    expect(await screen.findByText(/No annotations yet/)).toBeTruthy();
    expect(screen.getByText('0 of 0 annotations')).toBeTruthy();
  });

  it('lists every annotation with its sentence, note, site, dates and a clear orphan label', async () => {
    await putAnnotations(db, [troops, orphan]);
    renderLibrary();
    await screen.findByText('2 of 2 annotations');
    expect(quotes()).toEqual(['some 3,000 or more', 'visited Moscow in 2019']);
    const row = screen.getByRole('article', { name: 'visited Moscow in 2019' });
    expect(within(row).getByText('Orphan: passage gone')).toBeTruthy();
    expect(within(row).getByText('He visited Moscow in 2019.')).toBeTruthy();
    expect(within(row).getByText(/Песков сказал иначе/)).toBeTruthy();
    expect(row.querySelector('.row-meta')?.textContent).toMatch(/^svoboda\.org · Визит · updated .+ · created .+$/);
    expect(within(screen.getByRole('article', { name: 'some 3,000 or more' })).queryByText(/Orphan/)).toBeNull();
  });

  it('searches "3000" for "3,000", Cyrillic in any case, and says when nothing matches', async () => {
    await putAnnotations(db, [troops, orphan]);
    renderLibrary();
    await screen.findByText('2 of 2 annotations');
    const search = screen.getByRole('searchbox', { name: 'Search annotations' });
    await userEvent.type(search, '3000');
    await waitFor(() => expect(quotes()).toEqual(['some 3,000 or more']));
    expect(screen.getByText('1 of 2 annotations')).toBeTruthy();
    await userEvent.clear(search);
    await userEvent.type(search, 'ПЕСКОВ');
    await waitFor(() => expect(quotes()).toEqual(['visited Moscow in 2019']));
    await userEvent.type(search, ' zzz');
    expect(await screen.findByText(/No annotations match/)).toBeTruthy();
    await userEvent.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]);
    await waitFor(() => expect(quotes()).toHaveLength(2));
  });

  it('filters by verdict and anchor state, and sorts by verdict', async () => {
    await putAnnotations(db, [troops, orphan]);
    renderLibrary();
    await screen.findByText('2 of 2 annotations');
    await userEvent.selectOptions(screen.getByLabelText('Verdict'), 'false');
    await waitFor(() => expect(quotes()).toEqual(['visited Moscow in 2019']));
    await userEvent.selectOptions(screen.getByLabelText('Verdict'), '');
    await userEvent.selectOptions(screen.getByLabelText('In the page'), 'unchecked');
    await waitFor(() => expect(quotes()).toEqual(['some 3,000 or more']));
    await userEvent.selectOptions(screen.getByLabelText('In the page'), '');
    await userEvent.selectOptions(screen.getByLabelText('Sort'), 'verdict');
    await waitFor(() => expect(quotes()).toEqual(['some 3,000 or more', 'visited Moscow in 2019']));
  });

  it('exports the selection through the export code, deletes it with Undo, and opens a row at its claim', async () => {
    await putAnnotations(db, [troops, orphan]);
    renderLibrary();
    await screen.findByText('2 of 2 annotations');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select “visited Moscow in 2019”' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export 1 selected' }));
    const [filename, mimeType, content] = vi.mocked(deps.download).mock.calls[0];
    expect([filename, mimeType]).toEqual(['all-2026-11-27.claimlens.json', 'application/json']);
    expect(JSON.parse(content).annotations.map((a: Annotation) => a.id)).toEqual([orphan.id]);

    await userEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    await waitFor(() => expect(quotes()).toEqual(['some 3,000 or more']));
    expect(await allAnnotations(db)).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(quotes()).toHaveLength(2));
    expect(await getAnnotation(db, orphan)).toEqual(orphan);

    await userEvent.click(screen.getByRole('button', { name: 'Open at claim “some 3,000 or more”' }));
    expect(deps.openAtClaim).toHaveBeenCalledWith(troops);
    expect(await screen.findByText('Opened “some 3,000 or more” in its page.')).toBeTruthy();
  });

  it('tells open pages to redraw after each change it stores, and not after an export', async () => {
    const notifyPages = vi.fn();
    deps = { ...deps, notifyPages };
    await putAnnotations(db, [troops, orphan]);
    renderLibrary();
    await screen.findByText('2 of 2 annotations');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Select “visited Moscow in 2019”' }));
    await userEvent.click(screen.getByRole('button', { name: 'Export 1 selected' }));
    expect(notifyPages).not.toHaveBeenCalled();
    await userEvent.type(screen.getByRole('textbox', { name: 'Tag to add to the selected annotations' }), 'desk');
    await userEvent.click(screen.getByRole('button', { name: 'Add tag' }));
    await waitFor(() => expect(notifyPages).toHaveBeenCalledTimes(1));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: /Verdict for “some 3,000 or more”/ }), 'false');
    await waitFor(() => expect(notifyPages).toHaveBeenCalledTimes(2));
    await userEvent.click(screen.getByRole('button', { name: 'Delete selected' }));
    await waitFor(() => expect(notifyPages).toHaveBeenCalledTimes(3));
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(notifyPages).toHaveBeenCalledTimes(4));
  });

  it('shows an annotation edited in another window', async () => {
    await putAnnotations(db, [troops]);
    renderLibrary();
    await screen.findByText('1 of 1 annotation');
    await putAnnotations(db, [{ ...troops, note: 'Edited in the side panel', revision: 2, updatedAt: '2026-11-27T10:00:00.000Z' }]);
    expect(await screen.findByText('Edited in the side panel')).toBeTruthy();
    await putAnnotations(db, [orphan]);
    expect(await screen.findByText('2 of 2 annotations')).toBeTruthy();
  });

  it('follows deletes, additions and edits made in another window, in any page, the newest or not', async () => {
    // Two on the older page, one on the newer: the delete is in the page that is not the newest.
    const sameSite = makeAnnotation({ claim: { type: 'passage', text: 'in the same story' }, page: orphan.page, updatedAt: '2026-11-22T10:00:00.000Z' });
    await putAnnotations(db, [troops, orphan, sameSite]);
    renderLibrary();
    await screen.findByText('3 of 3 annotations');
    const other = new ClaimlensDB(db.name); // another window's connection
    await deleteAnnotations(other, [orphan]);
    await waitFor(() => expect(quotes()).toEqual(['some 3,000 or more', 'in the same story']));
    expect(screen.getByText('2 of 2 annotations')).toBeTruthy();
    await updateAnnotation(other, sameSite, { note: 'Edited elsewhere' }, { now: new Date('2026-11-27T11:00:00Z') });
    expect(await screen.findByText('Edited elsewhere')).toBeTruthy();
    await deleteAnnotations(other, [troops, sameSite]);
    expect(await screen.findByText('0 of 0 annotations')).toBeTruthy();
    await putAnnotations(other, [orphan]);
    expect(await screen.findByText('1 of 1 annotation')).toBeTruthy();
    other.close();
  });
});
