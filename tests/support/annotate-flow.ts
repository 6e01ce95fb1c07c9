import { expect } from 'vitest';
import { ExportEnvelopeSchema, type ExportEnvelope } from '../../utils/export/envelope';
import { readMarks, selectorFor, waitForMarks } from './e2e';
import type { ExtensionSession, TestPage } from './harness/types';
import { claimItem, textOf } from './popup';
import { privateMarksIn } from './tab-messages';

/**
 * The fact-checker's round trip, shared by the sample-article and seed-page
 * tests in every browser: annotate a claim in the popup, see its verdict
 * marked, reload, find it marked again and its note kept, export the page and
 * validate the file.
 */
export async function annotateReloadExport(session: ExtensionSession, page: TestPage, claimText: string, note: string): Promise<ExportEnvelope> {
  let popup = await session.openExtensionPage('popup.html', await session.tabIdOf(page));
  const item = await claimItem(popup, claimText);
  await popup.click(`${item} button.annotate`);
  await popup.select(`${item} select[id$="-verdict"]`, 'misleading');
  await popup.fill(`${item} textarea[id$="-note"]`, note);
  await popup.fill(`${item} input[aria-label="Add tag"]`, 'casualties');
  await popup.press(`${item} input[aria-label="Add tag"]`, 'Enter');
  await expect.poll(() => textOf(popup, `${item} [role="status"]`), { timeout: 10_000 }).toBe('Saved');
  await expect.poll(() => privateMarksIn(session, page)).toEqual({ [claimText]: 'misleading' });
  // Nothing the user did is readable by the page: its highlight registry has detections only.
  expect(Object.keys(await readMarks(page)).sort()).toEqual(['claimlens-attribution', 'claimlens-quantity']);

  await popup.close();
  const quantities = (await readMarks(page))['claimlens-quantity'].length;
  await page.reload();
  await waitForMarks(page, 'quantity', quantities);
  await expect.poll(() => privateMarksIn(session, page)).toEqual({ [claimText]: 'misleading' });

  popup = await session.openExtensionPage('popup.html', await session.tabIdOf(page));
  const again = await claimItem(popup, claimText);
  await expect.poll(() => textOf(popup, `${again} button.annotate`)).toBe('Edit');
  expect(await textOf(popup, again)).toContain('Misleading');
  await popup.click(`${again} button.annotate`);
  expect(await popup.evaluate((item) => document.querySelector<HTMLTextAreaElement>(`${item} textarea`)!.value, again)).toBe(note);

  const file = await session.downloadText(popup, await selectorFor(popup, '.export button', 'Export this page'));
  const envelope = ExportEnvelopeSchema.parse(JSON.parse(file));
  await popup.close();
  expect(envelope.annotations).toHaveLength(1);
  expect(envelope.annotations[0]).toMatchObject({ verdict: 'misleading', note, tags: ['casualties'], target: { quote: { exact: claimText } } });
  return envelope;
}
