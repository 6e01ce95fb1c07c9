/**
 * Issue 10, "no long task, anywhere", checked end to end in Chromium: the
 * built extension (.output/chrome-mv3) on the sample article and saved real
 * pages, and on a page with no story (which gets only the loader). Measured
 * as `npm run bench -- longtasks` measures it: each page loaded with and
 * without the extension, alternately, with a `longtask` PerformanceObserver
 * installed before the page's scripts and a trace of the loads with the
 * extension, which tells the extension's tasks from the page's by their code
 * and also shows what the page's observer cannot: the evaluation of scripts
 * injected by `scripting.executeScript` (scanner-zod.js, then the scanner,
 * one task each).
 *
 * The bar is 50 ms, every task of the extension's included: evaluating its
 * scripts, its start-up and its scan. The margin: this 2-core machine is
 * shared (load averages of 5 to 12 are usual while tests run), and other
 * work only ever lengthens a task, by up to 2 to 3 times. So each page must
 * have, over its 3 loads,
 * - at least one load whose longest extension task is under the bar itself
 *   (50 ms): the least disturbed load is the closest to the real cost;
 * - a median longest extension task under 80 ms (the bar stretched by the
 *   usual noise).
 * Before issue 10's last step the scanner's evaluation alone was one task of
 * 117–218 ms on an idle machine (150–450 ms under load), and an unsliced
 * scan 55–115 ms idle: either fails both checks. Quiet-machine figures are
 * in README ("Light on the page").
 *
 * Firefox has no `longtask` entries (PerformanceObserver.supportedEntryTypes
 * lacks it) and no trace of this kind, so this check is Chromium's; the
 * Firefox build shares the same code and the same two-file injection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchPages, extensionTaskMs, LONG_TASK_MS, longest, measureLongTasks, median, pushedOverTheBar, shareInPageTasks, type PageFigures } from '../../scripts/bench-longtasks';
import { BROWSERS } from '../support/harness';

const ABSOLUTE_CEILING_MS = 80;
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
      const traced = r.with.filter((x) => x.extension).map((x) => x.extension!);
      const ours = traced.map((x) => `${Math.max(0, ...x.evaluation).toFixed(0)}+${Math.max(0, ...x.other).toFixed(0)}`).join('/');
      console.log(`${r.label}: longest with ${r.with.map(longest).map(Math.round).join('/')} ms, without ${r.without.map(longest).map(Math.round).join('/')} ms; the extension's longest evaluation + other task per load (traced) ${ours} ms`);
    }
  });

  it('scans and marks each page (so the figures are about a real scan)', () => {
    expect(results.length).toBe(4);
    for (const r of results.filter((p) => p.path !== '/listing.html')) expect(median(r.with.map((x) => x.marks)), r.label).toBeGreaterThan(0);
  });

  it('adds no task of 50 ms or more: its scripts’ evaluation, start-up and scan (traced)', () => {
    for (const r of results) {
      const traced = r.with.filter((x) => x.extension);
      expect(traced.length, r.label).toBe(LOADS);
      const longestPerLoad = traced.map((x) => Math.max(0, ...x.extension!.evaluation, ...x.extension!.other));
      const detail = `${r.label}: the extension's longest task per load ${longestPerLoad.map((d) => d.toFixed(0)).join('/')} ms (evaluation ${traced.map((x) => Math.max(0, ...x.extension!.evaluation).toFixed(0)).join('/')}, the rest ${traced.map((x) => Math.max(0, ...x.extension!.other).toFixed(0)).join('/')})`;
      expect(Math.min(...longestPerLoad), detail).toBeLessThan(LONG_TASK_MS);
      expect(median(longestPerLoad), detail).toBeLessThan(ABSOLUTE_CEILING_MS);
    }
  });

  it('takes none of the page’s own tasks to 50 ms, and its share inside them stays under the bar (traced)', () => {
    // A freshly started browser's first load: Chromium finishes parsing the
    // page in one task that forces the first layout (its own DOMContentLoaded
    // observers, with or without the extension) and may inject our loader
    // there; only the injection is ours.
    for (const r of results) {
      const traced = r.with.filter((x) => x.extension);
      const shares = traced.map(shareInPageTasks);
      const detail = `${r.label}: our share of the page's long tasks per load ${shares.map((d) => d.toFixed(0)).join('/')} ms; tasks taken past 50 ms ${traced.map(pushedOverTheBar).join('/')}`;
      expect(Math.min(...shares), detail).toBeLessThan(LONG_TASK_MS);
      expect(median(shares), detail).toBeLessThan(ABSOLUTE_CEILING_MS);
      expect(median(traced.map(pushedOverTheBar)), detail).toBe(0);
    }
  });

  it('loads only its small loader on a page with no story: no scan, no task of its own over the bar', () => {
    const listing = results.find((r) => r.path === '/listing.html')!;
    expect(listing.with.map((x) => x.marks)).toEqual(Array(LOADS).fill(0));
    expect(extensionTaskMs(listing), 'the extension’s longest traced task on the listing page').toBeLessThan(ABSOLUTE_CEILING_MS);
  });
});
