import type { TestPage } from './harness/types';

export type Marks = Record<string, string[]>;

/** What reading marks needs: a harness TestPage (Chromium or Firefox) or a playwright-core Page. */
export type PageWorld = Pick<TestPage, 'evaluate' | 'waitForFunction'>;

/** The page's Claimlens highlights: highlight name → the text of each range (read from the page's own world). */
export function readMarks(page: PageWorld): Promise<Marks> {
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
export async function waitForMarks(page: PageWorld, kind: 'quantity' | 'attribution', min = 1, timeout = 15_000): Promise<Marks> {
  await page.waitForFunction(
    ({ name, min }) => ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(name)?.size ?? 0) >= min,
    { name: `claimlens-${kind}`, min },
    { timeout },
  );
  return readMarks(page);
}

/** Marked ranges that start inside any element matching `selector` (navigation, video block, …). */
export function marksInside(page: PageWorld, selector: string): Promise<string[]> {
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

let tagged = 0;
/**
 * A CSS selector for the first element matching `css` whose text is `text`
 * (or contains it, with `exact: false`), waiting for it to appear. The element
 * is tagged with a data attribute, so the selector works in both browsers.
 */
export async function selectorFor(page: PageWorld, css: string, text: string, { exact = true, timeout = 15_000 } = {}): Promise<string> {
  const id = `e2e-${++tagged}`;
  await page.waitForFunction(
    ({ css, text, exact, id }) => {
      const found = [...document.querySelectorAll(css)].find((el) => (exact ? el.textContent?.trim() === text : el.textContent?.includes(text)));
      found?.setAttribute('data-e2e', id);
      return Boolean(found);
    },
    { css, text, exact, id },
    { timeout },
  );
  return `[data-e2e="${id}"]`;
}

/** Selects, by script, the start of the first paragraph that begins with `phrase` (as a user's selection would be). */
export function selectParagraphStart(page: PageWorld, phrase: string): Promise<void> {
  return page.evaluate((phrase) => {
    const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.startsWith(phrase));
    if (!p?.firstChild) throw new Error(`no paragraph starts with ${phrase}`);
    const range = document.createRange();
    range.setStart(p.firstChild, 0);
    range.setEnd(p.firstChild, phrase.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, phrase) as Promise<void>;
}
