/**
 * Issue 10, "no long task, anywhere": what the extension adds to a page's
 * main thread in Chromium. Each page is loaded LOADS times in a browser with
 * the built extension (.output/chrome-mv3) and LOADS times in the same
 * browser without it; a `longtask` PerformanceObserver installed before the
 * page's own scripts (buffered) records every task of 50 ms or more. The
 * content script runs on the page's main thread, so its tasks are in that
 * list too (Chromium attributes them to the frame, "self"/"unknown").
 * Printed per page: the longest task and the total blocking time (each long
 * task's time past 50 ms), medians with and without the extension. Fails
 * when the extension adds a task of 50 ms or more.
 *
 * Firefox implements no `longtask` entries, so this bench is Chromium's.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { sharedDir } from '../tests/support/shared-dir';
import { EXTENSION_DIR } from './lib/extension-browser';
import { findBrowser } from './lib/find-browser';
import { serveFiles, type StaticServer } from './lib/static-server';

const LOADS = Number(process.env.BENCH_LOADS ?? 5);
/** How long after the load event a page is watched, with and without the extension alike. */
const WATCH_MS = Number(process.env.BENCH_WATCH_MS ?? 3000);
/** Trace the loads with the extension, to tell its script evaluation from its scan (BENCH_TRACE=0: no trace). */
const TRACE = process.env.BENCH_TRACE !== '0';
/** The bar: no task of this length or more (the W3C long-task threshold). */
export const LONG_TASK_MS = 50;
/** Traced tasks of the extension this long or more are recorded, so the figures show how far below the bar they stay. */
const TRACED_FLOOR_MS = 10;

/** What one load recorded: every long task's duration, in ms. */
export interface LoadRecord {
  tasks: number[];
  /** Marks the extension drew (0 without it). */
  marks: number;
  /**
   * With the extension and tracing: the tasks of TRACED_FLOOR_MS or more
   * that ran mostly the extension's code, split into those that evaluate its
   * content scripts (the loader; scanner-zod.js and the scanner, injected
   * one per task) and the rest (start-up and the scan, in slices). From a
   * Chromium trace of the load.
   */
  extension?: ExtensionTasks;
}

export interface PageFigures {
  label: string;
  path: string;
  with: LoadRecord[];
  without: LoadRecord[];
}

/** Installed before any page script: collects long tasks, buffered ones included. */
const OBSERVER = `(() => {
  const tasks = [];
  Object.defineProperty(window, '__longTasks', { value: tasks });
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push(e.duration); })
      .observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

/** A search-results listing: no story, so the extension must leave it alone (and cost it nothing). */
export function listingPage(): string {
  const items = Array.from({ length: 60 }, (_, i) =>
    `<li class="result"><h3><a href="/story/${i}">Officials say ${i + 3} projects will cost $${i + 1}.${i % 10} billion</a></h3><p class="teaser">Item ${i}: the ministry said on Tuesday that ${(i * 37) % 900} homes were affected.</p></li>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><title>Search results</title></head><body>
    <header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav></header>
    <main><h1>Search results for "budget"</h1><ul class="results">${items}</ul>
    <nav class="pagination"><a href="?page=2">Next</a></nav></main><footer>© News</footer></body></html>`;
}

/** The sample article, the `count` saved pages with the longest gold article text, and a listing page. */
export function benchPages(count = 5): Array<{ label: string; path: string; file: string }> {
  const gold = JSON.parse(readFileSync(sharedDir('pages', 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string }>;
  const longest = Object.entries(gold)
    .map(([key, page]) => ({ key, chars: page.articleBody?.length ?? 0 }))
    .sort((a, b) => b.chars - a.chars)
    .slice(0, count);
  const dir = mkdtempSync(join(tmpdir(), 'claimlens-longtasks-'));
  const listing = join(dir, 'listing.html');
  writeFileSync(listing, listingPage());
  return [
    { label: 'sample article (rferl-kim-drones)', path: '/sample.html', file: sharedDir('pages', 'rferl-kim-drones.html') },
    ...longest.map(({ key, chars }) => ({ label: `saved ${key.slice(0, 8)} (${(chars / 1000).toFixed(0)}k chars)`, path: `/${key.slice(0, 8)}.html`, file: sharedDir('pages', 'html', `${key}.html.gz`) })),
    { label: 'listing page (no article)', path: '/listing.html', file: listing },
  ];
}

/** The built extension measured: .output/chrome-mv3, or BENCH_EXTENSION_DIR (e.g. an older build, to compare). */
export const EXTENSION_UNDER_TEST = process.env.BENCH_EXTENSION_DIR ?? EXTENSION_DIR;

/** Chromium in a fresh profile, with the extension's sessions' flags, with or without an unpacked extension. */
async function launchChromium(extensionDir: string | null): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  if (extensionDir && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`The extension is not built: ${extensionDir}/manifest.json is missing. Run \`npx wxt build\` first.`);
  }
  const profile = mkdtempSync(join(tmpdir(), 'claimlens-longtasks-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findBrowser(),
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--disable-features=DisableLoadExtensionCommandLineSwitch'] : []),
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-default-apps', '--metrics-recording-only',
    ],
  });
  // The extension's service worker up before the first page, so its start-up does not land in a measured load.
  if (extensionDir && context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker', { timeout: 20_000 });
  return { context, close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })) };
}

/** Saved pages name resources elsewhere: only 127.0.0.1 is reachable, so runs do not wait on the network. */
async function localOnly(context: BrowserContext, server: StaticServer): Promise<void> {
  await context.route(/^https?:/, (route) => (route.request().url().startsWith(server.origin) ? route.continue() : route.abort()));
}

/**
 * One load in a fresh tab: the long tasks from navigation until WATCH_MS
 * after the load event (and, with the extension on an article, until its
 * marks are drawn, then half a second more).
 */
export async function recordLoad(context: BrowserContext, url: string, waitForMarks: boolean, trace = false): Promise<LoadRecord> {
  const page = await context.newPage();
  try {
    await page.addInitScript(OBSERVER);
    const tracing = trace ? await startTrace(context, page) : null;
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForTimeout(WATCH_MS);
    const countMarks = () => page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].filter((k) => k.startsWith('claimlens-')).length);
    if (waitForMarks && (await countMarks()) === 0) {
      await page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].some((k) => k.startsWith('claimlens-')), undefined, { timeout: 20_000 }).catch(() => undefined);
      await page.waitForTimeout(500);
    }
    const tasks = await page.evaluate(() => [...((window as unknown as { __longTasks: number[] }).__longTasks ?? [])]);
    const record: LoadRecord = { tasks, marks: await countMarks() };
    if (tracing) record.extension = extensionTasks(await tracing.stop(), new URL(url).pathname);
    return record;
  } finally {
    await page.close();
  }
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { name?: string; data?: Record<string, unknown> };
}

/** A Chromium trace of the page's renderer: tasks, script evaluation and V8's CPU samples (to tell whose code a task ran). */
async function startTrace(context: BrowserContext, page: Page): Promise<{ stop(): Promise<TraceEvent[]> }> {
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected' as never, ((e: { value: TraceEvent[] }) => void events.push(...e.value)) as never);
  // 'extensions': ScriptInjection::InjectJs, a content script's injection (world creation and evaluation).
  await cdp.send('Tracing.start', { categories: 'toplevel,devtools.timeline,extensions,disabled-by-default-v8.cpu_profiler', transferMode: 'ReportEvents' } as never);
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete' as never, resolve as never));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach();
      return events;
    },
  };
}

/**
 * The tasks of TRACED_FLOOR_MS or more on the page's main thread that are
 * mostly the extension's: half or more of the task injects or evaluates one
 * of its scripts or runs its JavaScript (chrome-extension:// frames in V8's
 * samples). The extension's share of a task is the time of its scripts'
 * injections and evaluations plus its sampled JavaScript outside them.
 */
export type ExtensionTasks = {
  /** Tasks mostly the extension's that inject or evaluate one of its scripts. */
  evaluation: number[];
  /** Other tasks mostly the extension's (start-up, scan). */
  other: number[];
  /**
   * The page's own tasks of 50 ms or more with the extension's share of
   * each, in ms: its code run inside the page's task (an observer's
   * callback), or a content script Chromium injected there (the loader, on
   * a page that finished loading while it was parsed: the injection then
   * runs in the task that finishes parsing, after the browser's own forced
   * first layout).
   */
  inPageLongTasks: Array<{ duration: number; extensionMs: number }>;
};

/** Chromium's trace event for injecting a content script: creating the isolated world (first time in a document) and evaluating the script. */
const INJECTION = 'ScriptInjection::InjectJs';

export function extensionTasks(events: TraceEvent[], path: string): ExtensionTasks {
  const urlOf = (e: TraceEvent) => String(((e.args?.data ?? (e.args as { beginData?: { url?: string } } | undefined)?.beginData) as { url?: string } | undefined)?.url ?? '');
  // The page's renderer: the one that parsed it (ParseHTML carries its URL in beginData), else the one that ran the extension's script.
  const parse = events.find((e) => e.name === 'ParseHTML' && urlOf(e).includes(path)) ?? events.find((e) => e.name === 'EvaluateScript' && urlOf(e).startsWith('chrome-extension://'));
  const pid = parse?.pid;
  const main = events.find((e) => e.pid === pid && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (pid === undefined || !main) return { evaluation: [], other: [], inPageLongTasks: [] };
  // CPU samples of the renderer's profile, with whether each ran extension code.
  const nodes = new Map<number, { parent?: number; url: string }>();
  const samples: Array<{ ts: number; node: number }> = [];
  const profiles = new Map<string, number>();
  for (const e of events) {
    if (e.pid !== pid) continue;
    if (e.name === 'Profile') profiles.set(e.id!, (e.args?.data as { startTime: number }).startTime);
    if (e.name !== 'ProfileChunk') continue;
    const data = e.args?.data as { cpuProfile?: { nodes?: Array<{ id: number; parent?: number; callFrame: { url?: string } }>; samples?: number[] }; timeDeltas?: number[] };
    for (const n of data.cpuProfile?.nodes ?? []) nodes.set(n.id, { parent: n.parent, url: n.callFrame.url ?? '' });
    let ts = profiles.get(e.id!) ?? 0;
    (data.cpuProfile?.samples ?? []).forEach((node, i) => {
      ts += data.timeDeltas?.[i] ?? 0;
      samples.push({ ts, node });
    });
    profiles.set(e.id!, ts);
  }
  const ownership = new Map<number, 'extension' | 'page' | 'none'>();
  const ownerOf = (id: number): 'extension' | 'page' | 'none' => {
    const known = ownership.get(id);
    if (known) return known;
    const node = nodes.get(id);
    const owner = !node ? 'none' : node.url.startsWith('chrome-extension://') ? 'extension' : node.url ? 'page' : node.parent !== undefined ? ownerOf(node.parent) : 'none';
    ownership.set(id, owner);
    return owner;
  };
  const onMain = events.filter((e) => e.pid === pid && e.tid === main.tid && e.ph === 'X');
  // Chromium names a main-thread task ThreadControllerImpl::RunTask (older builds: RunTask, sometimes both, nested).
  const taskName = onMain.some((e) => e.name === 'ThreadControllerImpl::RunTask') ? 'ThreadControllerImpl::RunTask' : 'RunTask';
  const tasks = onMain.filter((e) => e.name === taskName && (e.dur ?? 0) >= TRACED_FLOOR_MS * 1000);
  // Our content scripts' injections (the isolated world's creation and the script's evaluation) and evaluations of our files:
  // Chromium may run them inside one of the page's own tasks (a document_idle script on a page already loaded runs in
  // the task that finishes parsing it), so they are counted as our share of that task, not as the whole task.
  const ourSlices = onMain.filter((e) => e.name === INJECTION || (e.name === 'EvaluateScript' && urlOf(e).startsWith('chrome-extension://')));
  const result: ExtensionTasks = { evaluation: [], other: [], inPageLongTasks: [] };
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    const inTask = ourSlices.filter((e) => e.ts >= task.ts && e.ts < end);
    // Outermost slices only (an evaluation runs inside its injection).
    const windows = inTask.filter((e) => !inTask.some((o) => o !== e && o.ts <= e.ts && e.ts + (e.dur ?? 0) <= o.ts + (o.dur ?? 0) && (o.dur ?? 0) > (e.dur ?? 0)));
    const inWindow = (ts: number) => windows.some((w) => ts >= w.ts && ts < w.ts + (w.dur ?? 0));
    const slicesMs = windows.reduce((sum, w) => sum + (w.dur ?? 0), 0) / 1000;
    let extension = 0;
    let page = 0;
    let sampled = 0;
    for (const sample of samples) {
      if (sample.ts < task.ts || sample.ts >= end) continue;
      sampled++;
      if (inWindow(sample.ts)) continue;
      const owner = ownerOf(sample.node);
      if (owner === 'extension') extension++;
      else if (owner === 'page') page++;
    }
    const duration = task.dur! / 1000;
    const ours = slicesMs + (sampled ? (extension / sampled) * duration : 0);
    if (ours * 2 >= duration || (windows.length === 0 && extension > page)) (windows.length > 0 ? result.evaluation : result.other).push(duration);
    else if (duration >= LONG_TASK_MS) result.inPageLongTasks.push({ duration, extensionMs: ours });
  }
  return result;
}

export const median = (xs: number[]): number => {
  if (xs.length === 0) return 0;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
export const longest = (r: LoadRecord): number => Math.max(0, ...r.tasks);
export const blocking = (r: LoadRecord): number => r.tasks.reduce((sum, d) => sum + Math.max(0, d - LONG_TASK_MS), 0);
const longCount = (r: LoadRecord): number => r.tasks.filter((d) => d >= LONG_TASK_MS).length;

/**
 * Whether the extension added a task of 50 ms or more to a page. Traced: a
 * task of its own reached 50 ms (median over loads), or its code inside one
 * of the page's tasks made that task reach 50 ms (median count over loads),
 * or its share of one of the page's tasks was itself 50 ms (median).
 * The trace tells whose code ran; the page's observer cannot, and on a page
 * whose own tasks vary around 50 ms it counts the page's noise against us.
 * Untraced (BENCH_TRACE=0): the observer's figures, with against without:
 * the longest task (median) is 50 ms or more and longer than without, or
 * there are more such tasks (median) than without.
 */
export function addsLongTask(figures: PageFigures): boolean {
  const traced = figures.with.filter((x) => x.extension);
  if (traced.length > 0) return extensionTaskMs(figures) >= LONG_TASK_MS || median(traced.map(pushedOverTheBar)) > 0 || median(traced.map(shareInPageTasks)) >= LONG_TASK_MS;
  const withLongest = median(figures.with.map(longest));
  const withoutLongest = median(figures.without.map(longest));
  const moreTasks = median(figures.with.map(longCount)) > median(figures.without.map(longCount));
  return (withLongest >= LONG_TASK_MS && withLongest > withoutLongest) || moreTasks;
}

/** The extension's largest share of one of the page's long tasks in one load, in ms (0 when it had none). */
export const shareInPageTasks = (load: LoadRecord): number => Math.max(0, ...(load.extension?.inPageLongTasks ?? []).map((t) => t.extensionMs));

/** The page's tasks in one load that the extension's code inside them took to 50 ms or more. */
export const pushedOverTheBar = (load: LoadRecord): number =>
  (load.extension?.inPageLongTasks ?? []).filter((t) => t.duration - t.extensionMs < LONG_TASK_MS).length;

/**
 * The median over traced loads of the extension's longest task, its
 * scripts' evaluation included. Needed besides the page's own observer:
 * the scanner injected by `scripting.executeScript` evaluates in a task the
 * page's `longtask` observer does not report (seen before the scanner was
 * split: traced 93–117 ms evaluations while the page listed no long task).
 */
export function extensionTaskMs(figures: PageFigures): number {
  const traced = figures.with.filter((x) => x.extension);
  return median(traced.map((x) => Math.max(0, ...x.extension!.evaluation, ...x.extension!.other)));
}

export async function measureLongTasks(pages = benchPages(), loads = LOADS, log: (line: string) => void = () => undefined): Promise<PageFigures[]> {
  const server = await serveFiles(Object.fromEntries(pages.map((p) => [p.path, p.file])));
  const results: PageFigures[] = pages.map((p) => ({ label: p.label, path: p.path, with: [], without: [] }));
  const withExtension = await launchChromium(EXTENSION_UNDER_TEST);
  const plain = await launchChromium(null);
  try {
    await localOnly(withExtension.context, server);
    await localOnly(plain.context, server);
    // Alternate with and without, so that a burst of load elsewhere on the machine falls on both.
    for (let run = 0; run < loads; run++) {
      for (const [index, page] of pages.entries()) {
        const isListing = page.path === '/listing.html';
        results[index].with.push(await recordLoad(withExtension.context, server.url(page.path), !isListing, TRACE));
        results[index].without.push(await recordLoad(plain.context, server.url(page.path), false));
        log(`  run ${run + 1}/${loads} ${page.label}: with ${longest(results[index].with.at(-1)!).toFixed(0)} ms, without ${longest(results[index].without.at(-1)!).toFixed(0)} ms`);
      }
    }
  } finally {
    await withExtension.close();
    await plain.close();
    await server.close();
  }
  return results;
}

const pad = (s: string, n: number) => s.padEnd(n);
const ms = (n: number) => `${n.toFixed(0)} ms`.padStart(7);

export function printLongTasks(results: PageFigures[]): boolean {
  console.log(`\nLong tasks in Chromium, ${results[0]?.with.length ?? 0} loads each with and without the extension ${EXTENSION_UNDER_TEST} (median; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}):`);
  console.log(`  ${pad('page', 40)} ${pad('longest task', 26)} ${pad('total blocking time', 26)} marks  adds ≥ 50 ms`);
  console.log(`  ${pad('', 40)} ${pad('   with  without    diff', 26)} ${pad('   with  without    diff', 26)}`);
  let ok = true;
  for (const r of results) {
    const lw = median(r.with.map(longest));
    const lo = median(r.without.map(longest));
    const bw = median(r.with.map(blocking));
    const bo = median(r.without.map(blocking));
    const adds = addsLongTask(r);
    ok &&= !adds;
    console.log(`  ${pad(r.label, 40)} ${ms(lw)} ${ms(lo)} ${ms(lw - lo)}   ${ms(bw)} ${ms(bo)} ${ms(bw - bo)}   ${String(median(r.with.map((x) => x.marks))).padStart(5)}  ${adds ? 'YES' : 'no'}`);
  }
  console.log(`  every long task of every load (with | without):`);
  for (const r of results) {
    const list = (rs: LoadRecord[]) => rs.map((x) => `[${x.tasks.map((d) => d.toFixed(0)).join(' ')}]`).join(' ');
    console.log(`    ${pad(r.label, 40)} ${list(r.with)} | ${list(r.without)}`);
  }
  if (results.some((r) => r.with.some((x) => x.extension))) {
    console.log(`  the extension's own tasks (traced, ${TRACED_FLOOR_MS} ms or more; per load, the longest; median, and how many loads had one of 50 ms or more):`);
    const perLoad = (xs: number[]) => `${ms(median(xs))} (${xs.map((d) => d.toFixed(0)).join('/')} ms; ${xs.filter((d) => d >= LONG_TASK_MS).length} ≥ 50 ms)`;
    for (const r of results) {
      const traced = r.with.filter((x) => x.extension);
      const evaluation = traced.map((x) => Math.max(0, ...x.extension!.evaluation));
      const other = traced.map((x) => Math.max(0, ...x.extension!.other));
      const inside = traced.map((x) => {
        const top = [...x.extension!.inPageLongTasks].sort((a, b) => b.extensionMs - a.extensionMs)[0];
        return top ? `${top.extensionMs.toFixed(0)} of ${top.duration.toFixed(0)}` : '0';
      });
      console.log(`    ${pad(r.label, 40)} evaluating its scripts ${perLoad(evaluation)}; the rest (start-up, scan) ${perLoad(other)}`);
      console.log(`    ${pad('', 40)} inside the page's own long tasks, ours: at most ${inside.join(' / ')} ms per load; page tasks it took past 50 ms: ${traced.map(pushedOverTheBar).join('/')}`);
    }
  }
  console.log(
    ok
      ? '  target met: the extension adds no task of 50 ms or more (its scripts\' evaluation included, traced)'
      : '  TARGET MISSED: the extension adds a task of 50 ms or more (traced: a task of its own, its scripts\' evaluation included, or its code taking a page task past 50 ms; untraced: the page\'s longtask observer)',
  );
  return ok;
}

/** Freshly started browsers per side for the first-load figures (BENCH_FIRST_LOADS). */
const FIRST_LOADS = Number(process.env.BENCH_FIRST_LOADS ?? 3);

/**
 * The first page a freshly started browser loads pays cold costs (fonts, the
 * first layout, caches) that later loads do not, and in the loads above only
 * the browser with the extension starts cold (it loads first). Here each
 * side gets its own fresh browser for one load of the sample article, the
 * order alternating, so the two columns are alike: what the page's observer
 * sees with and without the extension, and (traced) what of it is ours.
 */
export async function measureFirstLoads(pairs = FIRST_LOADS): Promise<PageFigures> {
  const [article] = benchPages(0);
  const server = await serveFiles({ [article.path]: article.file });
  const figures: PageFigures = { label: `${article.label}, first load`, path: article.path, with: [], without: [] };
  try {
    for (let pair = 0; pair < pairs; pair++) {
      for (const withExtension of pair % 2 === 0 ? [true, false] : [false, true]) {
        const browser = await launchChromium(withExtension ? EXTENSION_UNDER_TEST : null);
        try {
          await localOnly(browser.context, server);
          const load = await recordLoad(browser.context, server.url(article.path), withExtension, withExtension && TRACE);
          (withExtension ? figures.with : figures.without).push(load);
        } finally {
          await browser.close();
        }
      }
    }
  } finally {
    await server.close();
  }
  return figures;
}

export function printFirstLoads(figures: PageFigures): boolean {
  const list = (rs: LoadRecord[]) => rs.map((x) => `[${x.tasks.map((d) => d.toFixed(0)).join(' ')}]`).join(' ');
  console.log(`\nFirst load of a freshly started browser, ${figures.with.length} browsers each side, order alternating (${figures.label}):`);
  console.log(`  the page's long tasks (observer): with ${list(figures.with)} | without ${list(figures.without)}`);
  const traced = figures.with.filter((x) => x.extension);
  const adds = addsLongTask(figures);
  if (traced.length > 0) {
    const own = traced.map((x) => `${Math.max(0, ...x.extension!.evaluation).toFixed(0)}+${Math.max(0, ...x.extension!.other).toFixed(0)}`).join(' / ');
    console.log(`  ours (traced): longest evaluation + other task of our own ${own} ms; share of the page's long tasks ${traced.map(shareInPageTasks).map((d) => d.toFixed(0)).join('/')} ms; page tasks taken past 50 ms ${traced.map(pushedOverTheBar).join('/')}`);
  }
  console.log(adds ? '  TARGET MISSED on a first load' : '  target met on a first load: nothing of 50 ms or more is ours');
  return !adds;
}

export async function benchLongTasks(): Promise<boolean> {
  const verbose = process.env.BENCH_VERBOSE === '1';
  console.log(`Long-task bench: load average at the start ${loadavg().map((l) => l.toFixed(2)).join(' ')} (2 cores; other work on the machine shows in both columns)`);
  const steady = printLongTasks(await measureLongTasks(benchPages(), LOADS, verbose ? (line) => console.log(line) : undefined));
  const first = FIRST_LOADS > 0 ? printFirstLoads(await measureFirstLoads()) : true;
  return steady && first;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  benchLongTasks().then(
    (ok) => (process.exitCode = ok ? 0 : 1),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
