import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { ExportEnvelopeSchema, type ExportEnvelope } from '../../utils/export/envelope';
import { readMarks, waitForMarks } from './e2e';
import { privateMarks } from './tab-messages';

/**
 * The fact-checker's round trip, shared by the sample-article and seed-page
 * tests: annotate a claim in the popup, see its verdict marked, reload, find
 * it marked again and its note kept, export the page and validate the file.
 */
export async function annotateReloadExport(browser: ExtensionBrowser, page: Page, claimText: string, note: string): Promise<ExportEnvelope> {
  let popup = await browser.openPopup(await browser.tabIdOf(page));
  const item = popup.locator('li', { has: popup.getByRole('button', { name: claimText, exact: true }) });
  await item.getByRole('button', { name: 'Annotate' }).click();
  await item.getByLabel('Verdict').selectOption('misleading');
  await item.getByLabel('Note').fill(note);
  await item.getByLabel('Add tag').fill('casualties');
  await item.getByLabel('Add tag').press('Enter');
  await expect.poll(() => item.getByRole('status').textContent()).toBe('Saved');
  await expect.poll(() => privateMarks(browser, page)).toEqual({ [claimText]: 'misleading' });
  // Nothing the user did is readable by the page: its highlight registry has detections only.
  expect(Object.keys(await readMarks(page)).sort()).toEqual(['claimlens-attribution', 'claimlens-quantity']);

  await popup.close();
  const quantities = (await readMarks(page))['claimlens-quantity'].length;
  await page.reload();
  await waitForMarks(page, 'quantity', quantities);
  await expect.poll(() => privateMarks(browser, page)).toEqual({ [claimText]: 'misleading' });

  popup = await browser.openPopup(await browser.tabIdOf(page));
  const again = popup.locator('li', { has: popup.getByRole('button', { name: claimText, exact: true }) });
  await expect.poll(() => again.getByRole('button', { name: 'Edit' }).count()).toBe(1);
  expect(await again.textContent()).toContain('Misleading');
  await again.getByRole('button', { name: 'Edit' }).click();
  expect(await again.getByLabel('Note').inputValue()).toBe(note);

  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Export this page' }).click()]);
  const envelope = ExportEnvelopeSchema.parse(JSON.parse(await readFile((await download.path())!, 'utf8')));
  await popup.close();
  expect(envelope.annotations).toHaveLength(1);
  expect(envelope.annotations[0]).toMatchObject({ verdict: 'misleading', note, tags: ['casualties'], target: { quote: { exact: claimText } } });
  return envelope;
}
