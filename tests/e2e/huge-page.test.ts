import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../../scripts/lib/extension-browser';
import { readMarks } from '../support/e2e';
import { readAnnotations } from '../support/extension-db';
import { askTab } from '../support/tab-messages';
import { openSidePanel } from '../support/workbench-page';

let browser: ExtensionBrowser;

beforeAll(async () => {
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
});

/** About 5 MB of article text with a figure in every sentence (some 100,000 claims). */
function hugeArticle(): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < 24_000; i++) {
    paragraphs.push(
      `<p${i === 12_000 ? ' id="middle"' : ''}>Officials said ${(i % 900) + 100} troops crossed on day ${i}, and ${(i % 70) + 11} percent of the ${(i % 400) + 200} villages lost power, while ${(i % 80) + 12} more trucks arrived at the depot near the river crossing in the south of the region.</p>`,
    );
  }
  return `<!doctype html><html lang="en"><head><title>Huge</title></head><body><article><h1>Huge</h1>${paragraphs.join('\n')}</article></body></html>`;
}

describe('A huge page', () => {
  it("is marked up to the cap, nearest the reader first, and listed page by page", { timeout: 150_000 }, async () => {
    const page = await browser.context.newPage();
    const html = hugeArticle();
    expect(html.length).toBeGreaterThan(4_500_000);
    await page.route('http://127.0.0.1:9/huge.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    // The reader arrives in the middle of the story (a link to a fragment): marking starts there.
    await page.goto('http://127.0.0.1:9/huge.html#middle');
    const markCount = async () => Object.values(await readMarks(page)).reduce((n, texts) => n + texts.length, 0);
    await expect.poll(markCount, { timeout: 90_000, interval: 1000 }).toBe(5000);

    const started = Date.now();
    const first = await askTab(browser, page, 'listClaims', { offset: 0, limit: 200 });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(first.claims).toHaveLength(200);
    expect(first.total).toBeGreaterThan(80_000);
    expect(first.marked).toBe(5000);
    const later = await askTab(browser, page, 'listClaims', { offset: 30_000, limit: 200 });
    expect(later.offset).toBe(30_000);
    expect(later.claims[0].key).not.toBe(first.claims[0].key);

    // The marks are around what the reader sees, not the top of the article.
    const visible = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      let inView = 0;
      for (const range of [...(registry.get('claimlens-quantity') ?? []), ...(registry.get('claimlens-attribution') ?? [])]) {
        const r = range.getBoundingClientRect();
        if (r.bottom > 0 && r.top < innerHeight) inView++;
      }
      return inView;
    });
    expect(visible).toBeGreaterThan(5);

    // A note typed on this page and the panel closed 50 ms after the last key: nothing lost.
    const tabId = await browser.tabIdOf(page);
    let panel = await openSidePanel(browser, tabId);
    await expect.poll(() => panel.getByText(/First 5,000 of [\d,]+ claims marked/).count(), { timeout: 10_000 }).toBe(1);
    const firstRow = panel.locator('li.claim').first();
    await firstRow.getByRole('button', { name: /^Annotate:/ }).click();
    await firstRow.getByLabel('Note').pressSequentially('Checked against the ministry table: matches');
    await panel.waitForTimeout(50);
    await panel.close();
    // What IndexedDB had not got when the page closed is in the draft journal: the next extension page stores it.
    panel = await openSidePanel(browser, tabId);
    await expect.poll(async () => (await readAnnotations(browser)).map((a) => a.note), { timeout: 5000 }).toEqual(['Checked against the ministry table: matches']);
    await panel.close();
    await page.close();
  });

  it('a 32 KB paragraph of hostile text does not freeze the tab', async () => {
    const page = await browser.context.newPage();
    const hostile = '$1'.repeat(16_384);
    const html = `<!doctype html><html lang="en"><head><title>Hostile</title></head><body><article><h1>Hostile</h1>
      <p>Officials said 2,300 residents had been evacuated from front-line villages since September, the regional governor told reporters.</p>
      <p>${hostile}</p><p>${'(1'.repeat(16_384)}</p>
      <p>Ukraine's economy has also been hit: the National Bank of Ukraine said it expects inflation of 12.5 percent this year.</p></article>
      <script>window.longest = 0; new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longest = Math.max(window.longest, e.duration); }).observe({ type: 'longtask', buffered: true });</script>
      </body></html>`;
    await page.route('http://127.0.0.1:9/hostile.html', (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await page.goto('http://127.0.0.1:9/hostile.html');
    await expect.poll(async () => (await readMarks(page))['claimlens-quantity'] ?? [], { timeout: 15_000 }).toContain('2,300');
    // The hostile runs are read as thousands of figures: marks stop at the cap, the list still has the story's last claim.
    const { total } = await askTab(browser, page, 'listClaims', { limit: 1 });
    const tail = await askTab(browser, page, 'listClaims', { offset: Math.max(0, total - 3), limit: 3 });
    expect(tail.claims.map((c) => c.claim.text)).toContain('12.5 percent');
    // Before the detector was made linear, one such paragraph froze the tab for 3.3–23.7 s.
    const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
    expect(longest).toBeLessThan(1000);
    await page.close();
  });
});
