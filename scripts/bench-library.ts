/**
 * The library at scale, in Chromium with the built extension (`npm run build`):
 * 100,000 annotations written into the extension's IndexedDB, then the times
 * a user waits for the first rows, a search, an export of everything as JSON
 * and as CSV, and an import of that JSON back (onto the same records, and
 * into an emptied database). Measured in the browser because fake-indexeddb's
 * speed is not the browser's. Printed with the targets; never asserted.
 */
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension } from './lib/extension-browser';
import { seedLibrary } from './lib/library-seed';

const COUNT = Number(process.env.BENCH_LIBRARY_COUNT ?? 100_000);
const QUERIES = ['3000', 'заявил', 'troops reported', 'evidence.example', 'meduza'];

interface Figure {
  what: string;
  ms: number;
  target: number;
  note?: string;
}

export async function benchLibrary(): Promise<boolean> {
  const browser = await launchWithExtension();
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-library-bench-'));
  const figures: Figure[] = [];
  try {
    const url = `chrome-extension://${browser.extensionId}/library.html`;
    const seeder = await browser.context.newPage();
    await seeder.goto(url);
    await seeder.getByText('No annotations yet').waitFor({ timeout: 30_000 });
    let t = Date.now();
    await seedLibrary(seeder, { count: COUNT });
    console.log(`\nLibrary in Chromium, ${COUNT.toLocaleString('en')} annotations (written raw in ${((Date.now() - t) / 1000).toFixed(1)} s):`);
    await seeder.close();

    const page = await browser.context.newPage();
    await page.goto(url);
    await page.locator('article.library-row').first().waitFor({ timeout: 60_000 });
    const firstRows = await mark(page, 'claimlens-library:first-rows');
    figures.push({ what: 'page script started (from navigation)', ms: await mark(page, 'claimlens-library:script'), target: Infinity });
    figures.push({ what: 'first rows (from navigation)', ms: firstRows, target: 100 });
    await page.waitForFunction(() => performance.getEntriesByName('claimlens-library:loaded').length > 0, undefined, { timeout: 300_000 });
    figures.push({ what: 'whole table read (rows usable meanwhile)', ms: await mark(page, 'claimlens-library:loaded'), target: Infinity });

    await page.evaluate('globalThis.__name ??= (fn) => fn');
    const searches: number[] = [];
    for (const query of QUERIES) {
      searches.push(await timeSearch(page, query));
      await timeSearch(page, '');
    }
    const sorted = [...searches].sort((a, b) => a - b);
    figures.push({ what: `search, typed → count shown (${QUERIES.length} queries, median; worst ${sorted.at(-1)!.toFixed(0)} ms)`, ms: sorted[Math.floor(sorted.length / 2)], target: 100 });

    const exportAll = async (format: 'json' | 'csv') => {
      await page.getByLabel('Export format').selectOption(format);
      const start = Date.now();
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.getByRole('button', { name: /^Export all/ }).click()]);
      const file = join(dir, `all.${format}`);
      await download.saveAs(file);
      const ms = Date.now() - start;
      figures.push({ what: `export all as ${format.toUpperCase()}`, ms, target: 5000, note: `${(statSync(file).size / 1e6).toFixed(0)} MB` });
      return file;
    };
    const json = await exportAll('json');
    await exportAll('csv');

    const importFile = async (label: string) => {
      const start = Date.now();
      await page.getByLabel('Import a Claimlens export (JSON)').setInputFiles(json);
      await page.locator('.message').filter({ hasText: /Imported:|Could not import/ }).waitFor({ timeout: 300_000 });
      const ms = Date.now() - start;
      const text = (await page.locator('.message').textContent()) ?? '';
      figures.push({ what: label, ms, target: 5000, note: text.replace(/ \(newer or same here\)\.?/, '') });
    };
    await importFile('import that JSON back (all kept)');
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('claimlens');
          open.onsuccess = () => {
            const tx = open.result.transaction('annotations', 'readwrite');
            tx.objectStore('annotations').clear();
            tx.oncomplete = () => (open.result.close(), resolve());
            tx.onerror = () => reject(tx.error);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    await page.reload();
    await page.getByText('No annotations yet').waitFor({ timeout: 60_000 });
    await importFile('import that JSON into an empty database (all new)');
    JSON.parse(readFileSync(json, 'utf8')); // the file is whole JSON
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
  for (const f of figures) {
    const verdict = f.target === Infinity ? '' : f.ms <= f.target ? `  (target ${f.target} ms: met)` : `  (target ${f.target} ms: MISSED)`;
    console.log(`  ${f.what.padEnd(62)} ${f.ms.toFixed(0).padStart(7)} ms${verdict}${f.note ? `  ${f.note}` : ''}`);
  }
  return true;
}

function mark(page: Page, name: string): Promise<number> {
  return page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN, name);
}

/** In the page: from the input event of a typed query to the frame that shows the new count. */
function timeSearch(page: Page, query: string): Promise<number> {
  return page.evaluate(
    (query) =>
      new Promise<number>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('input.library-search')!;
        const counter = document.querySelector('.library-count')!;
        const before = counter.textContent;
        if (input.value === query) return resolve(0);
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
        const start = performance.now();
        setValue.call(input, query);
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const check = () => {
          if (counter.textContent !== before) requestAnimationFrame(() => resolve(performance.now() - start));
          else if (performance.now() - start > 30_000) reject(new Error(`search "${query}" did not change the count`));
          else requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      }),
    query,
  );
}
