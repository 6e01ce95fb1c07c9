// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupDepsContext, type PopupDeps } from '../../components/popup/deps';
import { PopupApp } from '../../components/popup/PopupApp';
import { describeSpan } from '../../utils/anchor/selectors';
import { ClaimlensDB, saveAnnotation } from '../../utils/db';
import { ExportEnvelopeSchema } from '../../utils/export/envelope';
import type { ClaimView, PageClaims } from '../../utils/messaging';
import type { Claim } from '../../utils/model/claim';
import { makeAnnotation } from '../support/annotations';

const text =
  'Yonhap cited the Joint Chiefs of Staff as saying that some 3,000 or more troops were sent. ' +
  'An earlier 11,000-strong contingent fought in Kursk, Ukrainian analyst Oleh Saakyan told RFE/RL.';
const at = (phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length, text: phrase });
const claims: Claim[] = [
  { type: 'attribution', ...at('cited'), cue: 'cite', sourceType: 'organisation', source: at('the Joint Chiefs of Staff') },
  { type: 'quantity', ...at('some 3,000 or more'), value: 3000, unit: 'troop', approx: true, hedges: ['some', 'or more'] },
  { type: 'quantity', ...at('11,000-strong'), value: 11000, unit: 'contingent', approx: false, hedges: [] },
  { type: 'attribution', ...at('told'), cue: 'tell', sourceType: 'person', source: at('Ukrainian analyst Oleh Saakyan') },
];
const page = { url: 'http://127.0.0.1/sample.html', title: 'Kim Parades New Drones' };
const views: ClaimView[] = claims.map((claim) => ({ key: `0:${claim.type}:${claim.start}-${claim.end}`, claim, sentence: text, target: describeSpan(text, claim.start, claim.end) }));
const pageClaims = (over: Partial<PageClaims> = {}): PageClaims => ({ page, scanning: true, claims: views, offset: 0, total: views.length, marked: views.length, anchors: [], orphanIds: [], scanMs: 3.2, scans: 1, busyMs: 3, ...over });

let db: ClaimlensDB;
let deps: PopupDeps;
let ids = 0;
beforeEach(() => {
  db = new ClaimlensDB(`popup-${Math.random()}`);
  deps = {
    db,
    tabId: 7,
    listClaims: vi.fn(async () => pageClaims()),
    focusClaim: vi.fn(async () => true),
    notifyAnnotationsChanged: vi.fn(async () => undefined),
    setSiteEnabled: vi.fn(async () => undefined),
    download: vi.fn(),
    newId: () => `11111111-1111-4111-8111-${String(++ids).padStart(12, '0')}`,
    now: () => new Date('2026-11-27T09:00:00Z'),
  };
});
afterEach(async () => {
  cleanup();
  await db.delete();
});

const renderPopup = () =>
  render(
    <PopupDepsContext.Provider value={deps}>
      <PopupApp />
    </PopupDepsContext.Provider>,
  );

describe('popup', () => {
  it('lists the tab’s claims grouped by kind with counts, values, hedges and speakers', async () => {
    renderPopup();
    const quantities = await screen.findByRole('region', { name: /Quantities/ });
    expect(within(quantities).getByRole('heading').textContent).toContain('(2)');
    expect(within(quantities).getByRole('button', { name: 'some 3,000 or more' })).toBeTruthy();
    expect(within(quantities).getByText('some, or more')).toBeTruthy();
    expect(within(quantities).getByText('3,000')).toBeTruthy();
    const attributions = screen.getByRole('region', { name: /Attributions/ });
    expect(within(attributions).getByRole('heading').textContent).toContain('(2)');
    expect(within(attributions).getByText('Ukrainian analyst Oleh Saakyan')).toBeTruthy();
    expect(deps.listClaims).toHaveBeenCalledWith(7);
  });

  it('scrolls the page to a claim when it is clicked', async () => {
    renderPopup();
    await userEvent.click(await screen.findByRole('button', { name: '11,000-strong' }));
    expect(deps.focusClaim).toHaveBeenCalledWith(7, views[2].key);
  });

  it('saves verdict, note, tags and evidence as the user types, and tells the page', async () => {
    renderPopup();
    const item = (await screen.findByRole('button', { name: 'some 3,000 or more' })).closest('li')!;
    await userEvent.click(within(item).getByRole('button', { name: 'Annotate' }));
    await userEvent.selectOptions(within(item).getByLabelText('Verdict'), 'misleading');
    await userEvent.type(within(item).getByLabelText('Note'), 'JCS estimate only');
    await userEvent.type(within(item).getByLabelText('Add tag'), 'troops{Enter}');
    await userEvent.click(within(item).getByRole('button', { name: 'Add evidence link' }));
    await userEvent.type(within(item).getByLabelText('Evidence link 1'), 'https://example.org/jcs');

    await waitFor(async () => {
      const [stored] = await db.annotations.toArray();
      expect(stored).toMatchObject({
        verdict: 'misleading',
        note: 'JCS estimate only',
        tags: ['troops'],
        evidence: [{ url: 'https://example.org/jcs' }],
        page,
        claim: { type: 'quantity', value: 3000, text: 'some 3,000 or more' },
        target: { quote: { exact: 'some 3,000 or more' } },
      });
    });
    expect(await db.annotations.count()).toBe(1);
    expect(deps.notifyAnnotationsChanged).toHaveBeenCalledWith(7);
    expect(within(item).getByRole('status').textContent).toBe('Saved');
  });

  it('says “Saved” only when the latest edit is stored, and skips edits superseded while storage was busy', async () => {
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    deps.notifyAnnotationsChanged = vi.fn(() => held); // the page answers slowly: writes queue up behind the first
    renderPopup();
    const item = (await screen.findByRole('button', { name: 'some 3,000 or more' })).closest('li')!;
    await userEvent.click(within(item).getByRole('button', { name: 'Annotate' }));
    await userEvent.type(within(item).getByLabelText('Note'), 'abc');
    await waitFor(async () => expect((await db.annotations.toArray())[0]?.note).toBe('a'));
    expect(within(item).getByRole('status').textContent).not.toBe('Saved');
    release();
    await waitFor(() => expect(within(item).getByRole('status').textContent).toBe('Saved'));
    expect((await db.annotations.toArray())[0].note).toBe('abc');
    expect(deps.notifyAnnotationsChanged).toHaveBeenCalledTimes(2); // 'a', then straight to 'abc'
  });

  it('shows a stored annotation’s verdict and lets it be edited', async () => {
    const a = await saveAnnotation(db, makeAnnotation({ page, target: views[1].target, verdict: 'false', note: 'old note' }));
    deps.listClaims = vi.fn(async () => pageClaims({ claims: views.map((v, i) => (i === 1 ? { ...v, annotationId: a.id, verdict: 'false' as const } : v)) }));
    renderPopup();
    const item = (await screen.findByRole('button', { name: 'some 3,000 or more' })).closest('li')!;
    expect(within(item).getByText('False')).toBeTruthy();
    await userEvent.click(await within(item).findByRole('button', { name: 'Edit' }));
    await waitFor(() => expect((within(item).getByLabelText('Note') as HTMLTextAreaElement).value).toBe('old note'));
    await userEvent.type(within(item).getByLabelText('Note'), ' + new');
    await waitFor(async () => expect((await db.annotations.get(a.id))?.note).toBe('old note + new'));
  });

  it('keeps what was typed and says so when storage fails', async () => {
    renderPopup();
    const item = (await screen.findByRole('button', { name: '11,000-strong' })).closest('li')!;
    await userEvent.click(within(item).getByRole('button', { name: 'Annotate' }));
    vi.spyOn(db.annotations, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await userEvent.type(within(item).getByLabelText('Note'), 'unsaved words');
    expect(await within(item).findByRole('alert')).toBeTruthy();
    expect(within(item).getByRole('alert').textContent).toMatch(/Not saved/);
    expect(within(item).getByRole('alert').textContent).toMatch(/quota/);
    expect((within(item).getByLabelText('Note') as HTMLTextAreaElement).value).toBe('unsaved words');
    expect(await db.annotations.count()).toBe(0);
    // Storage recovers: the next keystroke writes the whole draft.
    vi.mocked(db.annotations.put).mockRestore();
    await userEvent.type(within(item).getByLabelText('Note'), '!');
    await waitFor(async () => expect((await db.annotations.toArray())[0]?.note).toBe('unsaved words!'));
  });

  it('exports this page as a JSON envelope the schema validates', async () => {
    await saveAnnotation(db, makeAnnotation({ page, target: views[1].target, verdict: 'accurate' }));
    await saveAnnotation(db, makeAnnotation({ page: { url: 'https://other.example/x', title: 'Other' } }));
    renderPopup();
    await screen.findByText(/1 annotated/);
    await userEvent.click(screen.getByRole('button', { name: 'Export this page' }));
    const [filename, mime, content] = vi.mocked(deps.download).mock.calls[0];
    expect(filename).toMatch(/^page-2026-11-27\.claimlens\.json$/);
    expect(mime).toBe('application/json');
    const envelope = ExportEnvelopeSchema.parse(JSON.parse(content));
    expect(envelope.annotations.map((a) => a.verdict)).toEqual(['accurate']);

    await userEvent.click(screen.getByRole('button', { name: 'Export all' }));
    await waitFor(() => expect(deps.download).toHaveBeenCalledTimes(2));
    expect(ExportEnvelopeSchema.parse(JSON.parse(vi.mocked(deps.download).mock.calls[1][2])).annotations).toHaveLength(2);
  });

  it('refuses a malformed import with a clear message and imports nothing', async () => {
    renderPopup();
    await screen.findByText(/0 annotated/);
    const bad = new File(['{"format":"claimlens-annotations","version":1,"annotations":"nope"}'], 'bad.json', { type: 'application/json' });
    await userEvent.upload(screen.getByLabelText('Import JSON file'), bad);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Not a valid Claimlens export.*Nothing was imported/);
    expect(await db.annotations.count()).toBe(0);
  });

  it('finds annotations across pages by words and verdict', async () => {
    await saveAnnotation(db, makeAnnotation({ verdict: 'false', note: 'Pentagon disputes', page: { url: 'https://a.example/1', title: 'Page A' } }));
    await saveAnnotation(db, makeAnnotation({ verdict: 'accurate', note: 'checked', page: { url: 'https://b.example/2', title: 'Page B' } }));
    renderPopup();
    await userEvent.click(screen.getByRole('tab', { name: 'All annotations' }));
    await screen.findByText('Page B');
    await userEvent.type(screen.getByLabelText('Search annotations'), 'pentagon');
    await waitFor(() => expect(screen.queryByText('Page B')).toBeNull());
    expect(screen.getByText('Page A')).toBeTruthy();
  });

  it('says when the tab cannot be read', async () => {
    deps.listClaims = vi.fn(async () => {
      throw new Error('Could not establish connection');
    });
    renderPopup();
    expect((await screen.findByText(/cannot read this tab/)).textContent).toMatch(/reload the page/);
  });

  it('switches scanning off for the site', async () => {
    renderPopup();
    await userEvent.click(await screen.findByRole('checkbox', { name: /Scan 127.0.0.1/ }));
    expect(deps.setSiteEnabled).toHaveBeenCalledWith('127.0.0.1', false);
  });
});
