// @vitest-environment jsdom
import { cleanup, render, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LibraryList } from '../../components/library/LibraryList';
import type { RowActions } from '../../components/library/LibraryRow';
import { toEntry } from '../../utils/library/entry';
import { makeAnnotation } from '../support/annotations';

beforeEach(() => {
  // jsdom lays nothing out: a 900 px viewport, so the list renders 900 / 150 (its row estimate) = 6 rows in view.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(900);
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(900);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(150); // each row, as measured
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const actions: RowActions = { onToggle: () => undefined, onOpen: () => undefined, onDelete: () => undefined, onVerdict: () => undefined };
const entries = Array.from({ length: 50 }, (_, i) => toEntry(makeAnnotation({ claim: { type: 'passage', text: `claim ${i}` } })));
const quotes = () => [...document.querySelectorAll('.row-quote')].map((q) => q.textContent);

describe('the library list', () => {
  it('renders a new list’s rows in view (and one more) at once, in its order, and the rows below once painted', async () => {
    const { rerender } = render(<LibraryList entries={entries} selected={new Set()} actions={actions} />);
    expect(quotes()).toEqual(entries.slice(0, 7).map((e) => e.annotation.claim.text));
    await waitFor(() => expect(quotes()).toHaveLength(12));
    // A search's result: a new list, shown first by the rows in view again.
    const result = [...entries].reverse().slice(0, 30);
    rerender(<LibraryList entries={result} selected={new Set()} actions={actions} />);
    expect(quotes()).toEqual(result.slice(0, 7).map((e) => e.annotation.claim.text));
    await waitFor(() => expect(quotes()).toEqual(result.slice(0, 12).map((e) => e.annotation.claim.text)));
  });
});
