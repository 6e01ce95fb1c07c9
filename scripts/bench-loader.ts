/**
 * What the loader costs a page and what injecting the scanner costs, in
 * Chromium with the built extension (`npx wxt build` first):
 *   npx tsx scripts/bench-loader.ts [runs]
 * - the loader's decision (utils/loader/is-article.ts) as the loader reports it
 *   (performance.now() around it, sent with its loadScanner request), on the
 *   RFE/RL seed page in ../shared/pages served on 127.0.0.1;
 * - the same test run in the page on a story-less page of 20,000 table rows
 *   (its worst case: nothing says yes early);
 * - the page's long tasks (PerformanceObserver 'longtask') from the scanner's
 *   injection to its first marks, and the time from the loader's request to
 *   the scanner answering a ping.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchWithExtension } from './lib/extension-browser';
import { serveFiles } from './lib/static-server';
import { sharedDir } from '../tests/support/shared-dir';

const runs = Number(process.argv[2] ?? 5);
const OBSERVER = `<script>window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, ms: e.duration }); }).observe({ type: 'longtask', buffered: true });</script>`;

const dir = mkdtempSync(join(tmpdir(), 'claimlens-bench-loader-'));
const seed = readFileSync(sharedDir('pages', 'rferl-kim-drones.html'), 'utf8').replace(/<head[^>]*>/i, (head) => `${head}${OBSERVER}`);
writeFileSync(join(dir, 'seed.html'), seed);
const rows = Array.from({ length: 20_000 }, (_, i) => `<tr><td>Payment ${i}</td><td>${(i * 37) % 9000} EUR credited on day ${i % 28}</td></tr>`).join('');
writeFileSync(join(dir, 'table.html'), `<!doctype html><html><head><title>Statement</title></head><body><table>${rows}</table></body></html>`);
writeFileSync(join(dir, 'blank.html'), `<!doctype html><html><head>${OBSERVER}<title>Blank</title></head><body><p>Nothing to read here.</p></body></html>`);
const isArticle = await build({ entryPoints: ['utils/loader/is-article.ts'], bundle: true, format: 'iife', globalName: 'claimlensIsArticle', write: false, minify: true });

const server = await serveFiles({ '/seed.html': join(dir, 'seed.html'), '/table.html': join(dir, 'table.html'), '/blank.html': join(dir, 'blank.html') });
const browser = await launchWithExtension();
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  // Every loadScanner request the background receives, with the time it arrived.
  await browser.worker.evaluate(() => {
    const seen: Array<{ at: number; data: unknown }> = [];
    (globalThis as unknown as { __loads: typeof seen }).__loads = seen;
    chrome.runtime.onMessage.addListener((message: { type?: string; data?: unknown }) => {
      if (message?.type === 'loadScanner') seen.push({ at: Date.now(), data: message.data });
    });
  });
  const decisions: number[] = [];
  const toReady: number[] = [];
  const longTasks: number[][] = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.context.newPage();
    await page.goto(server.url(`/seed.html?run=${i}`));
    await page.waitForFunction(() => ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('claimlens-quantity')?.size ?? 0) > 0, undefined, { timeout: 20_000 });
    const marked = Date.now();
    const loads = await browser.worker.evaluate(() => (globalThis as unknown as { __loads: Array<{ at: number; data: { decisionMs: number } }> }).__loads.splice(0));
    decisions.push(loads[0].data.decisionMs);
    toReady.push(marked - loads[0].at);
    longTasks.push(await page.evaluate(() => (window as unknown as { __longTasks: Array<{ ms: number }> }).__longTasks.map((t) => Math.round(t.ms))));
    await page.close();
  }
  const table = await browser.context.newPage();
  await table.goto(server.url('/table.html'));
  await table.addScriptTag({ content: isArticle.outputFiles[0].text });
  const tableMs = await table.evaluate(() => {
    const times: number[] = [];
    let verdict: unknown;
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      verdict = (window as unknown as { claimlensIsArticle: { looksLikeArticle(doc: Document): unknown } }).claimlensIsArticle.looksLikeArticle(document);
      times.push(performance.now() - started);
    }
    return { times, verdict };
  });
  // The scanner's own cost, with nothing to scan: executeScript's round trip, and the page's long tasks.
  const inject: Array<{ ms: number; tasks: number[] }> = [];
  for (let i = 0; i < runs; i++) {
    const blank = await browser.context.newPage();
    await blank.goto(server.url(`/blank.html?run=${i}`));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const tabId = await browser.tabIdOf(blank);
    const ms = await browser.worker.evaluate(async (tabId) => {
      const started = performance.now();
      // As the background injects it (utils/scanner-files.ts): zod, the detector, then the scanner.
      for (const file of ['/scanner-zod.js', '/scanner-detect.js', '/content-scripts/scanner.js']) await chrome.scripting.executeScript({ target: { tabId }, files: [file] });
      return performance.now() - started;
    }, tabId);
    await new Promise((resolve) => setTimeout(resolve, 500));
    inject.push({ ms: Math.round(ms), tasks: await blank.evaluate(() => (window as unknown as { __longTasks: Array<{ ms: number }> }).__longTasks.map((t) => Math.round(t.ms))) });
    await blank.close();
  }
  console.log(`blank page: executeScript(scanner) ${inject.map((r) => r.ms).join(', ')} ms; long tasks ${inject.map((r) => `[${r.tasks.join(', ')}]`).join(' ')}`);
  console.log(`seed page: loader decision ${decisions.map((d) => d.toFixed(2)).join(', ')} ms (median ${median(decisions).toFixed(2)})`);
  console.log(`seed page: loader request → first marks ${toReady.join(', ')} ms (median ${median(toReady)})`);
  console.log(`seed page: long tasks per load (ms): ${longTasks.map((t) => `[${t.join(', ')}]`).join(' ')}`);
  console.log(`20,000-row table: decision ${tableMs.times.map((t) => t.toFixed(1)).join(', ')} ms, ${JSON.stringify(tableMs.verdict)}`);
} finally {
  await browser.close();
  await server.close();
}
