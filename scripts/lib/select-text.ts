import type { Page } from 'playwright-core';

/** Viewport boxes of a phrase in the page (its first and last line), after scrolling it to the middle. */
export function phraseBox(page: Page, phrase: string) {
  return page.evaluate((phrase) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + phrase.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rects = [...range.getClientRects()];
      const first = rects[0];
      const last = rects[rects.length - 1];
      return { x1: first.left, y1: first.top + first.height / 2, x2: last.right, y2: last.top + last.height / 2, bottom: last.bottom };
    }
    throw new Error(`phrase not in page: ${phrase}`);
  }, phrase);
}

/** Selects a phrase with a real mouse drag; resolves with where the in-page "Annotate" button is drawn. */
export async function selectWithMouse(page: Page, phrase: string): Promise<{ x: number; y: number }> {
  const box = await phraseBox(page, phrase);
  await page.mouse.move(box.x1 + 1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2 - 1, box.y2, { steps: 8 });
  await page.mouse.up();
  // The button sits below the selection's end (right − 20, bottom + 6) in the closed layer, after the selection settles.
  await page.waitForTimeout(400);
  return { x: box.x2 - 20 + 30, y: box.bottom + 6 + 12 };
}
