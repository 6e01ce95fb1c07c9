import { selectorFor } from './e2e';
import type { TestPage } from './harness/types';

/** Selectors for what a user reaches in the popup (the same page as `popup.html?tabId=N`). */
export const popupParts = {
  /** The per-site switch "Scan <site>". */
  siteSwitch: 'label input[type="checkbox"]',
  /** The kind filter "Quantities (9)": how many claims of that kind are listed. */
  groupHeading: (kind: 'quantity' | 'attribution') => `label.kind-toggle.${kind}`,
  speakers: 'li.claim.attribution .speaker',
};

/** The list item of the claim whose words are exactly `text` (waits for the list). */
export async function claimItem(popup: TestPage, text: string): Promise<string> {
  const button = await selectorFor(popup, 'li.claim button.claim-text', text);
  const key = await popup.evaluate((button) => document.querySelector(button)!.closest('li')!.getAttribute('data-claim-key'), button);
  return `li.claim[data-claim-key="${key}"]`;
}

/** "Quantities (9)" → 9, once the list has loaded. */
export async function groupCount(popup: TestPage, kind: 'quantity' | 'attribution'): Promise<number> {
  const heading = popupParts.groupHeading(kind);
  await popup.waitForFunction((heading) => /\(\d+\)/.test(document.querySelector(heading)?.textContent ?? ''), heading);
  return popup.evaluate((heading) => Number(/\((\d+)\)/.exec(document.querySelector(heading)!.textContent!)![1]), heading);
}

export function textOf(page: TestPage, selector: string): Promise<string> {
  return page.evaluate((selector) => document.querySelector(selector)?.textContent ?? '', selector);
}

export function textsOf(page: TestPage, selector: string): Promise<string[]> {
  return page.evaluate((selector) => [...document.querySelectorAll(selector)].map((el) => el.textContent ?? ''), selector);
}
