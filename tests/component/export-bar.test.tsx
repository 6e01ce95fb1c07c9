// @vitest-environment jsdom
import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countAnnotations, getAnnotation, saveAnnotation } from '../../utils/db';
import { buildExport } from '../../utils/export';
import { writePublisher } from '../../utils/settings';
import { makeAnnotation } from '../support/annotations';
import { makeHarness, page, renderApp, views, type Harness } from './workbench-fixture';

vi.setConfig({ testTimeout: 20_000 });

let h: Harness;
beforeEach(() => {
  fakeBrowser.reset();
  h = makeHarness();
});
afterEach(async () => {
  cleanup();
  await h.db.delete();
});

const downloaded = async () => {
  await waitFor(() => expect(h.deps.download).toHaveBeenCalled());
  const [filename, mimeType, content] = vi.mocked(h.deps.download).mock.calls.at(-1)!;
  return { filename, mimeType, content };
};

describe('export bar', () => {
  it('exports ClaimReview with the organisation from the settings as author', async () => {
    await writePublisher({ name: 'Example Fact Check', url: 'https://factcheck.example/' });
    await saveAnnotation(h.db, makeAnnotation({ page, target: views[1].target, verdict: 'false', factCheckUrl: 'https://factcheck.example/fc/1' }));
    renderApp(h.deps);
    await screen.findByText(/1 annotated/);
    await userEvent.selectOptions(screen.getByLabelText('Format'), 'claimreview');
    await userEvent.click(screen.getByRole('button', { name: 'Export this page' }));
    const { filename, content } = await downloaded();
    expect(filename).toMatch(/\.claimreview\.jsonld$/);
    const [review] = JSON.parse(content);
    expect(review.author).toEqual({ '@type': 'Organization', name: 'Example Fact Check', url: 'https://factcheck.example/' });
    expect(review.url).toBe('https://factcheck.example/fc/1');
  });

  it('says when no organisation is set for ClaimReview', async () => {
    await saveAnnotation(h.db, makeAnnotation({ page, target: views[1].target, verdict: 'false' }));
    renderApp(h.deps);
    await screen.findByText(/1 annotated/);
    await userEvent.selectOptions(screen.getByLabelText('Format'), 'claimreview');
    await userEvent.click(screen.getByRole('button', { name: 'Export all' }));
    const [review] = JSON.parse((await downloaded()).content);
    expect(review).not.toHaveProperty('author');
    expect((await screen.findByText(/No organisation is set as their author/)).textContent).toMatch(/^Exported 1 annotation\. No organisation is set as their author: add it under Settings/);
  });

  it('imports a W3C file Claimlens exported, and says what it added', async () => {
    const record = makeAnnotation({ page, target: views[1].target, verdict: 'misleading', note: 'from a colleague' });
    const file = new File([buildExport('w3c', [record], { kind: 'all' }).content], 'colleague.annotations.jsonld', { type: 'application/ld+json' });
    renderApp(h.deps);
    await userEvent.upload(screen.getByLabelText('Import JSON file'), file);
    await screen.findByText('Imported: 1 new, 0 updated, 0 kept (newer or same here).');
    expect(await getAnnotation(h.db, record)).toEqual(record);
  });

  it('refuses a W3C file of another tool and changes nothing', async () => {
    const other = JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'http://example.org/anno1', type: 'Annotation', body: 'http://example.org/c', target: 'http://example.org/t' });
    renderApp(h.deps);
    await userEvent.upload(screen.getByLabelText('Import JSON file'), new File([other], 'other.jsonld', { type: 'application/ld+json' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/not written by Claimlens.*Nothing was imported\./);
    expect(await countAnnotations(h.db)).toBe(0);
  });
});
