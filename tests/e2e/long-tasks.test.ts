/**
 * Issue 10, "no long task, anywhere", checked end to end in Chromium, as far
 * as it is met: the built extension (.output/chrome-mv3) scans the sample
 * article and saved real pages in slices (none of its scan tasks reaches the
 * bar), and a page with no story gets only the loader. Measured as `npm run
 * bench -- longtasks` measures it: each page loaded with and without the
 * extension, alternately, with a `longtask` PerformanceObserver installed
 * before the page's scripts and a trace of the loads with the extension (to
 * tell the extension's tasks from the page's by their code).
 *
 * The margin: on an idle machine the bar is 50 ms. This 2-core machine is
 * shared (load averages of 5 to 12 are usual while tests run), which
 * stretches every task, the page's own included, by up to 2 to 3 times.
 * So a page passes when the median (over 3 loads) of its longest task with
 * the extension stays below 80 ms (a 50 ms task stretched by the usual
 * noise) or below the same page's longest task without the extension plus
 * 25 ms (the page's own work already over the bar). A regression to one
 * unsliced scan (55–115 ms idle, 150–370 ms under this load) fails either way.
 *
 * The scan itself (extract, detect, mark) is checked on its own through a
 * trace of each load (the extension's tasks told from the page's by their
 * code), since its script's evaluation is one task by nature.
 *
 * Firefox has no `longtask` entries (PerformanceObserver.supportedEntryTypes
 * lacks it), so this check is Chromium's; the Firefox build shares the same
 * sliced scanner code.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchPages, extensionTaskMs, longest, measureLongTasks, median, type PageFigures } from '../../scripts/bench-longtasks';
import { BROWSERS } from '../support/harness';

const ABSOLUTE_CEILING_MS = 80;
const OVER_BASELINE_MS = 25;
const LOADS = 3;

describe.runIf(BROWSERS.includes('chromium'))('long tasks in Chromium', () => {
  let results: PageFigures[] = [];

  beforeAll(async () => {
    // The sample article and the two saved pages with the longest article text (sharedDir fails loudly without ../shared).
    const pages = benchPages(2);
    results = await measureLongTasks(pages, LOADS);
  }, 600_000);
  afterAll(() => {
    for (const r of results) {
      console.log(`${r.label}: longest with ${r.with.map(longest).map(Math.round).join('/')} ms, without ${r.without.map(longest).map(Math.round).join('/')} ms`);
    }
  });

  it('scans and marks each page (so the figures are about a real scan)', () => {
    expect(results.length).toBe(4);
    for (const r of results.filter((p) => p.path !== '/listing.html')) expect(median(r.with.map((x) => x.marks)), r.label).toBeGreaterThan(0);
  });

  it('runs its scan in slices: no long task of the extension besides evaluating its script', () => {
    for (const r of results) {
      const traced = r.with.filter((x) => x.extension);
      expect(traced.length, r.label).toBe(LOADS);
      // The extension's own tasks (a trace tells its code from the page's), script evaluation aside.
      const longestScanTask = median(traced.map((x) => Math.max(0, ...x.extension!.other)));
      expect(longestScanTask, `${r.label}: the extension's tasks besides evaluating its script, per load ${traced.map((x) => Math.max(0, ...x.extension!.other).toFixed(0)).join('/')} ms`).toBeLessThan(ABSOLUTE_CEILING_MS);
    }
  });

  it('loads only its small loader on a page with no story: no scan, no task of its own over the bar', () => {
    const listing = results.find((r) => r.path === '/listing.html')!;
    expect(listing.with.map((x) => x.marks)).toEqual(Array(LOADS).fill(0));
    expect(extensionTaskMs(listing), 'the extension’s longest traced task on the listing page').toBeLessThan(ABSOLUTE_CEILING_MS);
  });
  /*
   * Not checked here, because it is not met yet (issue 10 stays open): on a
   * story, evaluating the injected 348 kB scanner is one task of 117–218 ms
   * on an idle machine (traced: compiling 26–37 ms, its modules' top level and
   * start-up 89–176 ms, of which zod building the message schemas ~38 ms).
   * The page's own longtask observer does not see that task (the scanner is
   * injected by scripting.executeScript), so only the trace shows it;
   * `npm run bench -- longtasks` reports it and fails on it.
   */
});
