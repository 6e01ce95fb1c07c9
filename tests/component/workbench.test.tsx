// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { allAnnotations, countAnnotations, getAnnotation, putAnnotations, saveAnnotation } from '../../utils/db';
import { ExportEnvelopeSchema } from '../../utils/export/envelope';
import type { ClaimView } from '../../utils/messaging';
import { makeAnnotation } from '../support/annotations';
import { itemOf, makeHarness, page, pageClaims, renderApp, views, type Harness } from './workbench-fixture';

// Typing through userEvent in jsdom is slow on a shared 2-core machine.
vi.setConfig({ testTimeout: 20_000 });

let h: Harness;
beforeEach(() => {
  h = makeHarness();
});
afterEach(async () => {
  cleanup();
  await h.db.delete();
});

const claimButtons = () => within(screen.getByRole('list', { name: 'Claims in reading order' })).getAllByRole('button', { name: /./ }).filter((b) => b.classList.contains('claim-text'));
const item = async (name: string) => itemOf(await screen.findByRole('button', { name }));

describe('the page’s claims', () => {
  it('are listed in reading order, attributions named with their speaker', async () => {
    renderApp(h.deps);
    await screen.findByRole('list', { name: 'Claims in reading order' });
    expect(claimButtons().map((b) => b.textContent)).toEqual(['cited the Joint Chiefs of Staff', 'some 3,000 or more', '11,000-strong', 'Ukrainian analyst Oleh Saakyan told']);
    expect(h.deps.listClaims).toHaveBeenCalledWith(7, { offset: 0, limit: 200 });
    // Every button says which claim it acts on.
    expect(screen.getByRole('button', { name: 'Annotate: some 3,000 or more (troop)' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Annotate: Ukrainian analyst Oleh Saakyan told' })).toBeTruthy();
  });

  it('are narrowed by kind, verdict, annotated or not, and by words', async () => {
    await saveAnnotation(h.db, makeAnnotation({ page, target: views[2].target, verdict: 'false', note: 'Kursk figure from Kyiv' }));
    renderApp(h.deps);
    await screen.findByText('False', { selector: '.verdict-badge' });
    await userEvent.click(screen.getByRole('checkbox', { name: /^Attributions/ }));
    expect(claimButtons().map((b) => b.textContent)).toEqual(['some 3,000 or more', '11,000-strong']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Verdict' }), 'false');
    expect(claimButtons().map((b) => b.textContent)).toEqual(['11,000-strong']);
    expect(screen.getByText('1 of 4 claims match')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Annotated' }), 'no');
    expect(claimButtons()).toHaveLength(3);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Annotated' }), 'any');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search this page’s claims' }), 'saakyan');
    // Both claims of Saakyan's sentence.
    expect(claimButtons().map((b) => b.textContent)).toEqual(['11,000-strong', 'Ukrainian analyst Oleh Saakyan told']);
    await userEvent.clear(screen.getByRole('searchbox', { name: 'Search this page’s claims' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search this page’s claims' }), 'from kyiv');
    expect(claimButtons().map((b) => b.textContent), (screen.getByRole('searchbox', { name: 'Search this page’s claims' }) as HTMLInputElement).value).toEqual(['11,000-strong']);
  });

  it('shows passages the user selected under "Mine"', async () => {
    const passage: ClaimView = { key: '0:passage:0-6', claim: { type: 'passage', start: 0, end: 6, text: 'Yonhap' }, sentence: '', target: views[0].target };
    h.deps.listClaims = vi.fn(async () => pageClaims({ claims: [passage, ...views] }));
    renderApp(h.deps);
    await userEvent.click(await screen.findByRole('checkbox', { name: /Mine/ }));
    expect(claimButtons().map((b) => b.textContent)).toEqual(['Yonhap']);
  });

  it('are read 200 at a time on a huge page, and say how many are marked', async () => {
    const many = Array.from({ length: 10_000 }, (_, i): ClaimView => ({ ...views[1], key: `0:quantity:${i}` }));
    h.deps.listClaims = vi.fn(async (_tab, { offset, limit }) => pageClaims({ claims: many.slice(offset, offset + limit), offset, total: 10_000, marked: 2_000 }));
    renderApp(h.deps);
    await screen.findByText('Showing 200 of 10,000 claims.', {}, { timeout: 5000 });
    expect(document.querySelectorAll('li.claim')).toHaveLength(200);
    expect(screen.getByText(/First 2,000 of 10,000 claims marked/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Show 200 more' }));
    await screen.findByText('Showing 400 of 10,000 claims.', {}, { timeout: 5000 });
    expect(h.deps.listClaims).toHaveBeenLastCalledWith(7, { offset: 200, limit: 200 });
    expect(document.querySelectorAll('li.claim')).toHaveLength(400);
  }, 20_000);

  it('follow the active tab and list again when the tab says its page changed', async () => {
    renderApp(h.deps);
    await screen.findByText('Kim Parades New Drones');
    h.deps.listClaims = vi.fn(async (tab) => pageClaims({ page: { url: `http://127.0.0.1/tab-${tab}.html`, title: `Story in tab ${tab}` }, claims: views.slice(0, 1) }));
    act(() => h.listener().activeTab(9));
    await screen.findByText('Story in tab 9');
    expect(h.deps.listClaims).toHaveBeenCalledWith(9, { offset: 0, limit: 200 });
    h.deps.listClaims = vi.fn(async () => pageClaims({ page: { url: 'http://127.0.0.1/next.html', title: 'Next story' } }));
    act(() => h.listener().pageChanged(8)); // another tab: ignored
    act(() => h.listener().pageChanged(9));
    await screen.findByText('Next story');
    expect(h.deps.listClaims).toHaveBeenCalledTimes(1);
  });

  it('says when the tab cannot be read', async () => {
    h.deps.listClaims = vi.fn(async () => Promise.reject(new Error('Could not establish connection')));
    renderApp(h.deps);
    expect((await screen.findByText(/cannot read this tab/)).textContent).toMatch(/reload the page/);
    expect(h.deps.listClaims).toHaveBeenCalledTimes(1);
  });

  it('asks a tab that has just navigated again before saying it cannot be read', async () => {
    renderApp(h.deps);
    await screen.findByText('Kim Parades New Drones');
    let calls = 0;
    h.deps.listClaims = vi.fn(async () => {
      if (++calls < 3) throw new Error('Could not establish connection');
      return pageClaims({ page: { url: 'http://127.0.0.1/next.html', title: 'Next story' } });
    });
    act(() => h.listener().pageChanged(7));
    expect(await screen.findByText('Next story')).toBeTruthy();
    expect(h.deps.listClaims).toHaveBeenCalledTimes(3);
  });

  it('switches scanning off for the site', async () => {
    renderApp(h.deps);
    await userEvent.click(await screen.findByRole('checkbox', { name: /Scan 127.0.0.1/ }));
    expect(h.deps.setSiteEnabled).toHaveBeenCalledWith('127.0.0.1', false);
  });
});

describe('keyboard', () => {
  it('moves with j/k and arrows (scrolling the page), sets a verdict with a number key and opens the editor with Enter', async () => {
    renderApp(h.deps);
    const first = await screen.findByRole('button', { name: 'cited the Joint Chiefs of Staff' });
    // One row in the Tab order: the list is one stop, not 4 × 2 buttons.
    expect(claimButtons().filter((b) => b.tabIndex === 0)).toEqual([first]);
    first.focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement?.textContent).toBe('some 3,000 or more');
    expect(h.deps.focusClaim).toHaveBeenLastCalledWith(7, views[1].key);
    await userEvent.keyboard('jk');
    expect(document.activeElement?.textContent).toBe('some 3,000 or more');
    await userEvent.keyboard('5');
    await waitFor(async () => expect((await allAnnotations(h.db)).map((a) => [a.claim.text, a.verdict])).toEqual([['some 3,000 or more', 'false']]));
    await screen.findByText('False', { selector: '.verdict-badge' });
    await userEvent.keyboard('{Enter}');
    const editor = await screen.findByRole('group', { name: 'Annotation of some 3,000 or more' });
    expect(document.activeElement).toBe(within(editor).getByLabelText('Verdict'));
    await userEvent.tab();
    await userEvent.keyboard('JCS estimate');
    await waitFor(async () => expect((await allAnnotations(h.db))[0]).toMatchObject({ verdict: 'false', note: 'JCS estimate' }));
    // Number keys typed in the note are text, not verdicts.
    await userEvent.keyboard(' 3');
    await waitFor(async () => expect((await allAnnotations(h.db))[0]).toMatchObject({ verdict: 'false', note: 'JCS estimate 3' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Annotation of/ })).toBeNull();
  });

  it('shows the verdict keys and the browser shortcut for annotating a selection, with a way to change it', async () => {
    const openShortcutSettings = vi.fn();
    renderApp({ ...h.deps, annotateShortcut: async () => 'Alt+Shift+A', openShortcutSettings });
    const help = await screen.findByText('Keyboard');
    await userEvent.click(help);
    const panel = help.closest('details')!;
    expect(within(panel).getByText('5').nextElementSibling?.textContent).toBe('False');
    expect(await within(panel).findByText('Alt+Shift+A')).toBeTruthy();
    await userEvent.click(within(panel).getByRole('button', { name: 'Change shortcut' }));
    expect(openShortcutSettings).toHaveBeenCalled();
  });

  it('tabs are a tablist with panels and arrow keys', async () => {
    renderApp(h.deps);
    const pageTab = screen.getByRole('tab', { name: 'This page' });
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(pageTab.id);
    expect(pageTab.getAttribute('aria-controls')).toBe(screen.getByRole('tabpanel').id);
    pageTab.focus();
    await userEvent.keyboard('{ArrowRight}');
    const allTab = screen.getByRole('tab', { name: 'All annotations' });
    expect(document.activeElement).toBe(allTab);
    expect(allTab.getAttribute('aria-selected')).toBe('true');
    expect(within(screen.getByRole('tabpanel')).getByRole('searchbox', { name: 'Search annotations' })).toBeTruthy();
  });
});

describe('a click on a mark in the page', () => {
  it('selects that claim in the panel of that tab and opens its editor', async () => {
    renderApp(h.deps);
    await screen.findByRole('list', { name: 'Claims in reading order' });
    act(() => h.listener().claimActivated(8, { key: views[2].key }));
    expect(screen.queryByRole('group', { name: /Annotation of/ })).toBeNull();
    act(() => h.listener().claimActivated(7, { key: views[2].key }));
    const editor = await screen.findByRole('group', { name: 'Annotation of 11,000-strong' });
    expect(itemOf(editor).getAttribute('aria-current')).toBe('true');
    expect(document.activeElement).toBe(within(editor).getByLabelText('Verdict'));
  });

  it('opens the claim clicked before the panel was open (the tab remembers it)', async () => {
    h.deps.listClaims = vi.fn(async () => pageClaims({ activeKey: views[3].key }));
    renderApp(h.deps);
    const editor = await screen.findByRole('group', { name: 'Annotation of told' });
    expect(itemOf(editor).getAttribute('aria-current')).toBe('true');
  });

  it('clears a filter that hides the claim', async () => {
    renderApp(h.deps);
    await userEvent.click(await screen.findByRole('checkbox', { name: /^Quantities/ }));
    act(() => h.listener().claimActivated(7, { key: views[1].key }));
    expect(await screen.findByRole('group', { name: 'Annotation of some 3,000 or more' })).toBeTruthy();
  });
});

describe('correcting and undoing', () => {
  it('"Not a claim" hides the detection, stores it dismissed, tells the tab, and Undo brings it back', async () => {
    renderApp(h.deps);
    await userEvent.click(await screen.findByRole('button', { name: 'Annotate: 11,000-strong (contingent)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Not a claim: 11,000-strong' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: '11,000-strong' })).toBeNull());
    expect(await allAnnotations(h.db)).toMatchObject([{ dismissed: true, claim: { text: '11,000-strong' } }]);
    expect(h.deps.notifyAnnotationsChanged).toHaveBeenCalledWith(7);
    // Shown on request, restorable from there.
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show dismissed' }));
    expect(within(await item('11,000-strong')).getByText('Not a claim')).toBeTruthy();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Show dismissed' }));
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await screen.findByRole('button', { name: '11,000-strong' });
    expect(await countAnnotations(h.db)).toBe(0);
  });

  it('deletes an annotation, and Undo puts the same record back', async () => {
    const a = await saveAnnotation(h.db, makeAnnotation({ page, target: views[1].target, verdict: 'misleading', note: 'keep me', tags: ['troops'] }));
    renderApp(h.deps);
    await userEvent.click(await screen.findByRole('button', { name: 'Edit: some 3,000 or more (troop)' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete annotation: some 3,000 or more' }));
    await waitFor(async () => expect(await countAnnotations(h.db)).toBe(0));
    expect(await screen.findByText(/Deleted the annotation of “some 3,000 or more”/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () => expect(await getAnnotation(h.db, a)).toEqual(a));
    expect(await screen.findByRole('button', { name: 'Edit: some 3,000 or more (troop)' }, { timeout: 5000 })).toBeTruthy();
  });

  it('links to the library, and says when "All annotations" lists only the newest 200', async () => {
    await putAnnotations(h.db, Array.from({ length: 201 }, (_, i) => makeAnnotation({ updatedAt: new Date(Date.UTC(2026, 10, 1, 0, i)).toISOString() })));
    renderApp(h.deps);
    expect(screen.getByRole('link', { name: 'Library' }).getAttribute('href')).toBe('/library.html');
    await userEvent.click(screen.getByRole('tab', { name: 'All annotations' }));
    expect(await screen.findByText('The newest 200 matches are listed; the library lists them all.')).toBeTruthy();
    expect(within(screen.getByRole('tabpanel')).getAllByRole('button', { name: /^Delete annotation/ })).toHaveLength(200);
    expect(within(screen.getByRole('tabpanel')).getByRole('link', { name: 'Open the library' }).getAttribute('target')).toBe('_blank');
  });

  it('deletes from "All annotations" with undo', async () => {
    const a = await saveAnnotation(h.db, makeAnnotation({ verdict: 'false', page: { url: 'https://a.example/1', title: 'Page A' } }));
    renderApp(h.deps);
    await userEvent.click(screen.getByRole('tab', { name: 'All annotations' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Delete annotation: some 3,000 or more (Page A)' }));
    await waitFor(() => expect(screen.queryByText('Page A')).toBeNull());
    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await screen.findByText('Page A')).toBeTruthy();
    expect(await getAnnotation(h.db, a)).toEqual(a);
  });
});

describe('anchor states', () => {
  it('shows changed words as a diff with "Needs re-check" until the user says the verdict still holds', async () => {
    // Stored on "3,000"; the page now says "4,000".
    const old = { ...views[1].target, quote: { ...views[1].target.quote, exact: 'some 3,000 or more' } };
    const now = { ...views[1], claim: { ...views[1].claim, text: 'some 4,000 or more' }, target: { ...views[1].target, quote: { ...views[1].target.quote, exact: 'some 4,000 or more' } } } as ClaimView;
    const a = await saveAnnotation(h.db, makeAnnotation({ page, target: old, verdict: 'accurate' }));
    h.deps.listClaims = vi.fn(async () =>
      pageClaims({
        claims: [views[0], { ...now, annotationId: a.id, anchorState: 'changed' }],
        anchors: [{ annotationId: a.id, state: 'changed', key: now.key, text: 'some 4,000 or more', diff: [{ op: 'same', text: 'some ' }, { op: 'removed', text: '3,000' }, { op: 'added', text: '4,000' }, { op: 'same', text: ' or more' }] }],
      }),
    );
    renderApp(h.deps);
    const row = await item('some 4,000 or more');
    expect(await within(row).findByText('Needs re-check')).toBeTruthy();
    expect(within(row).getByText('3,000', { selector: '.diff *' }).tagName).toBe('DEL');
    expect(within(row).getByText('4,000', { selector: '.diff *' }).tagName).toBe('INS');
    await userEvent.click(within(row).getByRole('button', { name: 'Still holds: some 4,000 or more (troop)' }));
    await waitFor(() => expect(within(row).queryByText('Needs re-check')).toBeNull());
    expect(await getAnnotation(h.db, a)).toMatchObject({ verdict: 'accurate', target: now.target, lastAnchor: { state: 'exact', text: 'some 4,000 or more' } });
  });

  it('lists orphans with their stored quote; re-attaches one to the page selection and deletes another', async () => {
    const gone = await saveAnnotation(h.db, makeAnnotation({ page, target: { ...views[1].target, quote: { ...views[1].target.quote, exact: 'a passage that was removed' } }, claim: { type: 'passage', text: 'a passage that was removed' }, note: 'check later' }));
    const other = await saveAnnotation(h.db, makeAnnotation({ page, target: { ...views[1].target, quote: { ...views[1].target.quote, exact: 'another lost one' } } }));
    h.deps.listClaims = vi.fn(async () => pageClaims({ anchors: [{ annotationId: gone.id, state: 'orphan' }], orphanIds: [gone.id, other.id] }));
    renderApp(h.deps);
    const section = await screen.findByRole('region', { name: 'No longer in the page (2)' });
    expect(within(section).getByText('a passage that was removed').tagName).toBe('BLOCKQUOTE');
    expect(within(section).getByText('check later')).toBeTruthy();

    await userEvent.click(within(section).getByRole('button', { name: 'Re-attach to selection: a passage that was removed' }));
    expect(await within(section).findByText(/Select the passage in the page first/)).toBeTruthy();
    const selection = { text: 'fought in Kursk', sentence: 'An earlier contingent fought in Kursk.', page, target: views[2].target };
    h.deps.readSelection = vi.fn(async () => selection);
    await userEvent.click(within(section).getByRole('button', { name: 'Re-attach to selection: a passage that was removed' }));
    await waitFor(async () => expect(await getAnnotation(h.db, gone)).toMatchObject({ target: views[2].target, sentence: selection.sentence, claim: { type: 'passage', text: 'fought in Kursk' }, note: 'check later' }));
    expect(h.deps.readSelection).toHaveBeenCalledWith(7);

    await userEvent.click(within(section).getByRole('button', { name: 'Delete annotation: another lost one' }));
    await waitFor(async () => expect(await getAnnotation(h.db, other)).toBeUndefined());
  });
});

describe('popup', () => {
  it('opens the side panel for its tab from the click', async () => {
    const openSidePanel = vi.fn();
    renderApp({ ...h.deps, surface: 'popup', openSidePanel });
    await userEvent.click(screen.getByRole('button', { name: 'Open side panel' }));
    expect(openSidePanel).toHaveBeenCalledWith(7);
  });

  it('exports this page as a JSON envelope', async () => {
    await saveAnnotation(h.db, makeAnnotation({ page, target: views[1].target, verdict: 'accurate' }));
    await saveAnnotation(h.db, makeAnnotation({ page: { url: 'https://other.example/x', title: 'Other' } }));
    renderApp(h.deps);
    await screen.findByText(/1 annotated/);
    await userEvent.click(screen.getByRole('button', { name: 'Export this page' }));
    const [filename, , content] = vi.mocked(h.deps.download).mock.calls[0];
    expect(filename).toMatch(/^page-2026-11-27\.claimlens\.json$/);
    expect(ExportEnvelopeSchema.parse(JSON.parse(content)).annotations.map((a) => a.verdict)).toEqual(['accurate']);
  });

  it('has a legend whose colours are the page’s marks', async () => {
    renderApp(h.deps);
    const legend = screen.getByText('What the colours in the page mean').closest('details')!;
    expect((legend.querySelector('.swatch.quantity') as HTMLElement).style.background).toContain('255, 193, 7');
    expect((legend.querySelector('.swatch.passage') as HTMLElement).style.background).not.toBe('');
    expect(within(legend).getByText('Misleading')).toBeTruthy();
  });
});
