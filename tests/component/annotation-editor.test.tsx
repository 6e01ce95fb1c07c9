// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnnotationEditor } from '../../components/workbench/AnnotationEditor';
import { WorkbenchDepsContext } from '../../components/workbench/deps';
import { flushOnPageHide } from '../../components/workbench/pending-writes';
import type { ClaimRow } from '../../components/workbench/rows';
import { allAnnotations, countAnnotations, getAnnotation, putAnnotations, saveAnnotation } from '../../utils/db';
import type { Annotation } from '../../utils/model/annotation';
import { makeAnnotation } from '../support/annotations';
import { makeHarness, page, renderApp, views, type Harness } from './workbench-fixture';

vi.setConfig({ testTimeout: 20_000 });

let h: Harness;
beforeEach(() => {
  h = makeHarness();
});
afterEach(async () => {
  cleanup();
  await h.db.delete();
});

const row = (view = views[1], annotation?: Annotation): ClaimRow => ({ view, annotation, verdict: annotation?.verdict ?? 'unreviewed', dismissed: false, needsRecheck: false });
const renderEditor = (r: ClaimRow) =>
  render(
    <WorkbenchDepsContext.Provider value={h.deps}>
      <AnnotationEditor row={r} page={page} tabId={7} onClose={vi.fn()} onDismiss={vi.fn()} onDelete={vi.fn()} />
    </WorkbenchDepsContext.Provider>,
  );
const stored = async () => (await allAnnotations(h.db))[0];

describe('saving', () => {
  it('stores verdict, note, tags and links as typed, without waiting for the tab to re-mark', async () => {
    // The tab never answers (a huge page re-marking): saving must not depend on it.
    h.deps.notifyAnnotationsChanged = vi.fn(() => new Promise<void>(() => undefined));
    renderEditor(row());
    await userEvent.selectOptions(screen.getByLabelText('Verdict'), 'misleading');
    await userEvent.type(screen.getByLabelText('Note'), 'JCS estimate only');
    await userEvent.type(screen.getByLabelText('Add tag'), 'troops{Enter}');
    await userEvent.click(screen.getByRole('button', { name: 'Add evidence link' }));
    await userEvent.type(screen.getByLabelText('Evidence link 1'), 'https://example.org/jcs');
    await waitFor(async () =>
      expect(await stored()).toMatchObject({
        verdict: 'misleading',
        note: 'JCS estimate only',
        tags: ['troops'],
        evidence: [{ url: 'https://example.org/jcs' }],
        page,
        claim: { type: 'quantity', value: 3000, text: 'some 3,000 or more' },
        target: { quote: { exact: 'some 3,000 or more' } },
      }),
    );
    expect(await countAnnotations(h.db)).toBe(1);
    expect(h.deps.notifyAnnotationsChanged).toHaveBeenCalledWith(7);
    expect(screen.getByRole('status').textContent).toBe('Saved');
  });

  it('adds https:// to a link typed without it, and says which link it could not store', async () => {
    renderEditor(row());
    await userEvent.click(screen.getByRole('button', { name: 'Add evidence link' }));
    await userEvent.type(screen.getByLabelText('Evidence link 1'), 'example.org/report');
    await userEvent.click(screen.getByRole('button', { name: 'Add evidence link' }));
    await userEvent.type(screen.getByLabelText('Evidence link 2'), 'not a link');
    await waitFor(async () => expect((await stored())?.evidence).toEqual([{ url: 'https://example.org/report' }]));
    // The status follows the last keystroke's write, which may still be under way.
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Saved, except 1 link that is not a web address'));
    expect((screen.getByLabelText('Evidence link 1') as HTMLInputElement).value).toBe('https://example.org/report');
    const bad = screen.getByLabelText('Evidence link 2') as HTMLInputElement;
    expect(bad.value).toBe('not a link');
    expect(bad.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Not a web address: not saved.')).toBeTruthy();
  });

  it('keeps what was typed and says so when storage fails; the next change repairs it', async () => {
    renderEditor(row(views[2]));
    vi.spyOn(h.db.pages, 'bulkPut').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await userEvent.type(screen.getByLabelText('Note'), 'unsaved words');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Not saved.*quota/);
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('unsaved words');
    expect(await countAnnotations(h.db)).toBe(0);
    vi.mocked(h.db.pages.bulkPut).mockRestore();
    await userEvent.type(screen.getByLabelText('Note'), '!');
    await waitFor(async () => expect((await stored())?.note).toBe('unsaved words!'));
  });

  it('writes the unsaved draft synchronously when the page goes away', async () => {
    const a = await saveAnnotation(h.db, makeAnnotation({ page, target: views[1].target, note: 'before' }));
    renderEditor(row(views[1], a));
    const removeFlush = flushOnPageHide(window);
    // Every asynchronous write hangs, as when the page is closing.
    const get = vi.spyOn(h.db.pages, 'bulkGet').mockReturnValue(new Promise(() => undefined) as never);
    await userEvent.type(screen.getByLabelText('Note'), ' and after');
    window.dispatchEvent(new Event('pagehide'));
    get.mockRestore();
    removeFlush();
    await waitFor(async () => expect(await stored()).toMatchObject({ id: a.id, note: 'before and after', revision: a.revision + 2 }));
  });
});

describe('corrections', () => {
  it('stores a corrected speaker with the time of the correction', async () => {
    renderEditor(row(views[3]));
    await userEvent.click(screen.getByText('Correct the detection'));
    const speaker = screen.getByLabelText('Speaker');
    await userEvent.clear(speaker);
    await userEvent.type(speaker, 'Oleh Saakyan');
    await userEvent.type(screen.getByLabelText('Stands for (who the speaker is)'), 'National Unity Platform');
    await waitFor(async () =>
      expect(await stored()).toMatchObject({
        claim: { type: 'attribution', text: 'told', source: { text: 'Oleh Saakyan' }, resolved: 'National Unity Platform' },
        claimEditedAt: '2026-11-27T09:00:00.000Z',
      }),
    );
  });

  it('stores a corrected value and unit, and refuses a value that is not a number', async () => {
    renderEditor(row(views[2]));
    await userEvent.click(screen.getByText('Correct the detection'));
    const value = screen.getByLabelText('Value');
    await userEvent.clear(value);
    await userEvent.type(value, '12,000');
    await userEvent.clear(screen.getByLabelText('Unit'));
    await userEvent.type(screen.getByLabelText('Unit'), 'soldier');
    await waitFor(async () => expect((await stored())?.claim).toMatchObject({ value: 12000, unit: 'soldier' }));
    await userEvent.type(value, 'x');
    expect(screen.getByText('Not a number: the stored value is unchanged.')).toBeTruthy();
    expect((await stored())?.claim).toMatchObject({ value: 12000 });
  });
});

describe('two windows on one annotation', () => {
  it('shows "Changed in another window" with the other value when both edited the same field, and can take theirs', async () => {
    const base = await saveAnnotation(h.db, makeAnnotation({ page, target: views[1].target, note: 'first' }));
    // Another window saved meanwhile; this editor still holds the record it read before.
    await putAnnotations(h.db, [{ ...base, note: 'their words', revision: 2 }]);
    renderEditor(row(views[1], base));
    await userEvent.type(screen.getByLabelText('Note'), ' mine');
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/Changed in another window/);
    expect(within(alert).getByText('their words')).toBeTruthy();
    // The alert came with the first merged write; the last keystrokes' writes follow it.
    await waitFor(async () => expect((await stored())?.note).toBe('first mine'));
    await userEvent.click(within(alert).getByRole('button', { name: 'Use theirs' }));
    await waitFor(async () => expect((await stored())?.note).toBe('their words'));
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('their words');
  });

  it('keeps the other window’s change to a field this one did not touch', async () => {
    const base = await saveAnnotation(h.db, makeAnnotation({ page, target: views[1].target, note: 'first' }));
    await putAnnotations(h.db, [{ ...base, verdict: 'false', revision: 2 }]);
    renderEditor(row(views[1], base));
    await userEvent.type(screen.getByLabelText('Note'), '!');
    await waitFor(async () => expect(await stored()).toMatchObject({ note: 'first!', verdict: 'false' }));
    expect((screen.getByLabelText('Verdict') as HTMLSelectElement).value).toBe('false');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps a field merged from the other window when the next queued write goes out', async () => {
    const base = await saveAnnotation(h.db, makeAnnotation({ page, target: views[1].target, note: 'first' }));
    await putAnnotations(h.db, [{ ...base, verdict: 'false', revision: 2 }]);
    renderEditor(row(views[1], base));
    // Hold the first write back so that more typing queues behind it.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const transaction = h.db.transaction.bind(h.db) as (...args: unknown[]) => Promise<unknown>;
    const spy = vi.spyOn(h.db, 'transaction').mockImplementationOnce(((...args: unknown[]) => gate.then(() => transaction(...args))) as never);
    await userEvent.type(screen.getByLabelText('Note'), ' a');
    release();
    await waitFor(async () => expect(await stored()).toMatchObject({ note: 'first a', verdict: 'false' }));
    expect(spy).toHaveBeenCalled();
    expect((screen.getByLabelText('Verdict') as HTMLSelectElement).value).toBe('false');
  });

  it('never goes back to an older revision delivered late by the live query', async () => {
    const a = await saveAnnotation(h.db, makeAnnotation({ page, target: views[1].target, note: 'v1' }));
    const props = { page, tabId: 7, onClose: vi.fn(), onDismiss: vi.fn(), onDelete: vi.fn() };
    const view = (stored: Annotation) => (
      <WorkbenchDepsContext.Provider value={h.deps}>
        <AnnotationEditor row={row(views[1], stored)} {...props} />
      </WorkbenchDepsContext.Provider>
    );
    const { rerender } = render(view(a));
    await userEvent.type(screen.getByLabelText('Note'), ' v2');
    await waitFor(async () => expect((await stored())?.note).toBe('v1 v2'));
    rerender(view({ ...a, note: 'v1 v', revision: a.revision + 1 }));
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('v1 v2');
    // A really newer record from elsewhere is adopted.
    rerender(view({ ...a, note: 'from elsewhere', revision: a.revision + 50 }));
    expect((screen.getByLabelText('Note') as HTMLTextAreaElement).value).toBe('from elsewhere');
  });

  it('updates an open view live with what another view saved', async () => {
    const a = await saveAnnotation(h.db, makeAnnotation({ page, target: views[1].target }));
    renderApp(h.deps);
    renderApp({ ...h.deps, surface: 'popup' });
    // Plain selectors: role queries over two whole apps are slow in jsdom.
    const editButtons = () => [...document.querySelectorAll<HTMLElement>('[aria-label="Edit: some 3,000 or more (troop)"]')];
    await waitFor(() => expect(editButtons()).toHaveLength(2), { timeout: 10_000 });
    await userEvent.click(editButtons()[0]);
    await userEvent.click(editButtons()[0]);
    const [panelEditor, popupEditor] = [...document.querySelectorAll<HTMLElement>('.editor')];
    await userEvent.type(within(panelEditor).getByLabelText('Note'), 'from the panel');
    await waitFor(() => expect((within(popupEditor).getByLabelText('Note') as HTMLTextAreaElement).value).toBe('from the panel'), { timeout: 5000 });
    await userEvent.selectOptions(within(popupEditor).getByLabelText('Verdict'), 'mixed');
    await waitFor(async () => expect(await getAnnotation(h.db, a)).toMatchObject({ note: 'from the panel', verdict: 'mixed' }), { timeout: 5000 });
    await waitFor(() => expect((within(panelEditor).getByLabelText('Verdict') as HTMLSelectElement).value).toBe('mixed'), { timeout: 5000 });
  });
});

describe('a changed passage', () => {
  it('counts an edit of the review as a re-check: the current words become the target', async () => {
    const oldTarget = { ...views[1].target, quote: { ...views[1].target.quote, exact: 'some 2,000 or more' } };
    const a = await saveAnnotation(h.db, makeAnnotation({ page, target: oldTarget, verdict: 'accurate' }));
    renderEditor({ ...row(views[1], a), needsRecheck: true });
    await userEvent.selectOptions(screen.getByLabelText('Verdict'), 'misleading');
    await waitFor(async () => expect(await stored()).toMatchObject({ verdict: 'misleading', target: views[1].target, lastAnchor: { state: 'exact', text: 'some 3,000 or more' } }));
  });
});

describe('publishing fields (issue 8)', () => {
  it('stores the published fact-check URL (http(s) only, https:// added), and clears it when emptied', async () => {
    renderEditor(row());
    const input = screen.getByLabelText('Published fact-check URL') as HTMLInputElement;
    await userEvent.type(input, 'javascript:alert(1)');
    await waitFor(() => expect(input.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Not a web address: not saved.')).toBeTruthy();
    await userEvent.clear(input);
    await userEvent.type(input, 'factcheck.example/2026/drones');
    await waitFor(async () => expect((await stored())?.factCheckUrl).toBe('https://factcheck.example/2026/drones'));
    expect((await stored())?.factCheckUrl).not.toMatch(/^javascript:/);
    await userEvent.clear(input);
    await waitFor(async () => expect((await stored())?.factCheckUrl).toBeUndefined());
  });

  it('dates the review when a verdict is first given; a later change of verdict keeps that date', async () => {
    let clock = new Date('2026-11-25T09:00:00.000Z');
    h.deps.now = () => clock;
    renderEditor(row());
    await userEvent.type(screen.getByLabelText('Note'), 'checking');
    await waitFor(async () => expect((await stored())?.note).toBe('checking'));
    expect((await stored())?.reviewedAt).toBeUndefined();
    clock = new Date('2026-11-26T10:00:00.000Z');
    await userEvent.selectOptions(screen.getByLabelText('Verdict'), 'false');
    await waitFor(async () => expect((await stored())?.reviewedAt).toBe('2026-11-26T10:00:00.000Z'));
    clock = new Date('2026-11-27T11:00:00.000Z');
    await userEvent.selectOptions(screen.getByLabelText('Verdict'), 'misleading');
    await waitFor(async () => expect((await stored())?.verdict).toBe('misleading'));
    expect(await stored()).toMatchObject({ reviewedAt: '2026-11-26T10:00:00.000Z', updatedAt: '2026-11-27T11:00:00.000Z' });
  });

  it('shows beside the verdict how ClaimReview rates it', async () => {
    renderEditor(row());
    await userEvent.selectOptions(screen.getByLabelText('Verdict'), 'misleading');
    expect(screen.getByLabelText('Verdict').getAttribute('aria-describedby')).toBeTruthy();
    expect(screen.getByText(/Published in ClaimReview as 2 on a scale of 1 \(false\) to 5 \(accurate\)/)).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Verdict'), 'unverifiable');
    expect(screen.getByText(/“Unverifiable”, with no number/)).toBeTruthy();
  });
});

