import type { Page } from 'playwright-core';

export type Marks = Record<string, string[]>;

/** The page's Claimlens highlights: highlight name → the text of each range (read from the page's own world). */
export function readMarks(page: Page): Promise<Marks> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const [name, highlight] of registry) {
      if (name.startsWith('claimlens-')) out[name] = [...highlight].map((r) => r.toString());
    }
    return out;
  });
}

/** Waits until the content script has marked at least `min` claims of a kind. */
export async function waitForMarks(page: Page, kind: 'quantity' | 'attribution', min = 1, timeout = 15_000): Promise<Marks> {
  await page.waitForFunction(
    ({ name, min }) => ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name)?.size ?? 0) >= min,
    { name: `claimlens-${kind}`, min },
    { timeout },
  );
  return readMarks(page);
}

/** Marked ranges that start inside any element matching `selector` (navigation, video block, …). */
export function marksInside(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((selector) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    const hits: string[] = [];
    for (const [name, highlight] of registry) {
      if (!name.startsWith('claimlens-')) continue;
      for (const range of highlight) {
        const el = range.startContainer.parentElement;
        if (el?.closest(selector)) hits.push(`${name}: ${range.toString()}`);
      }
    }
    return hits;
  }, selector);
}
