// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { detectClaims, detectSteps } from '../../utils/detect';
import { Highlighter, type HighlightApi } from '../../utils/highlight/highlighter';
import { PageScanner } from '../../utils/scan/page-scanner';
import { defaultYield } from '../../utils/scan/slices';

/**
 * Issue 10: the scanner reads, detects and marks in slices that yield to
 * the browser. With a zero budget it pauses at every step, and must list
 * and mark what it lists and marks unsliced; a scan superseded while paused
 * stops there.
 */
const paragraphs = Array.from(
  { length: 40 },
  (_, i) => `<p>Officials said ${i + 2},${100 + i} troops crossed on Tuesday, and the ministry told reporters that ${(i % 60) + 11} percent of ${i + 200} villages lost power.</p>`,
).join('\n');
const ARTICLE = `<header><nav><a href="/">Home</a></nav></header><main><article><h1>Troops cross the river, ministry says</h1>${paragraphs}</article></main>`;

function fakeHighlights() {
  const registry = new Map<string, Set<AbstractRange>>();
  const api: HighlightApi = { registry, create: () => new Set(), adoptStyles: () => () => undefined };
  const texts = (name: string) => [...(registry.get(name) ?? [])].map((r) => (r as Range).toString()).sort();
  return { api, texts };
}

/** The browser's turn, counted; resolves at once (no timers to drive). */
function countingYield(onPause: (n: number) => void = () => undefined) {
  const state = { pauses: 0 };
  const yieldToBrowser = async () => {
    state.pauses++;
    onPause(state.pauses);
  };
  return { state, yieldToBrowser };
}

const unusedTimers = { setTimeout: () => { throw new Error('the scanner should pause through yieldToBrowser'); } };

beforeEach(() => {
  document.body.innerHTML = ARTICLE;
});

async function scanWith(frameBudgetMs: number) {
  const { api, texts } = fakeHighlights();
  const { state, yieldToBrowser } = countingYield();
  const scanner = new PageScanner({ detect: detectClaims, highlighter: new Highlighter(api), loadAnnotations: async () => [], scheduler: unusedTimers, frameBudgetMs, yieldToBrowser });
  await scanner.scanPage();
  const listed = scanner.listClaims();
  return { claims: listed.claims.map((v) => [v.key, v.claim, v.sentence]), marked: listed.marked, quantities: texts('claimlens-quantity'), attributions: texts('claimlens-attribution'), pauses: state.pauses };
}

describe('PageScanner in slices', () => {
  it('lists and marks the same claims paused at every step as in one go', async () => {
    const whole = await scanWith(1e9);
    const sliced = await scanWith(0);
    expect(whole.claims.length).toBeGreaterThan(100);
    expect(sliced.claims).toEqual(whole.claims);
    expect(sliced.marked).toBe(whole.marked);
    expect(sliced.quantities).toEqual(whole.quantities);
    expect(sliced.attributions).toEqual(whole.attributions);
    // Only the opening pause with an unbounded budget; with none, one at (almost) every figure, cue and mark.
    expect(whole.pauses).toBe(1);
    expect(sliced.pauses).toBeGreaterThan(whole.claims.length);
  });

  it('stops a scan superseded while it is paused: no further detection step, no marks', async () => {
    const { api, texts } = fakeHighlights();
    let steps = 0;
    let scanner: PageScanner;
    const { yieldToBrowser } = countingYield((n) => {
      if (n === 5) scanner.clear(); // the content script torn down (or the site switched off) mid-scan
    });
    scanner = new PageScanner({
      detect: detectClaims,
      detectSteps: function* (text, options, shouldYield) {
        const inner = detectSteps(text, options, shouldYield);
        for (;;) {
          steps++;
          const step = inner.next();
          if (step.done) return step.value;
          yield;
        }
      },
      highlighter: new Highlighter(api),
      loadAnnotations: async () => [],
      scheduler: unusedTimers,
      frameBudgetMs: 0,
      yieldToBrowser,
    });
    await scanner.scanPage();
    const stepsAtStop = steps;
    expect(stepsAtStop).toBeGreaterThan(0);
    expect(texts('claimlens-quantity')).toEqual([]);
    expect(scanner.listClaims().total).toBe(0);
    await new Promise((r) => setTimeout(r, 10));
    expect(steps).toBe(stepsAtStop);
  });

  it('yields with scheduler.yield where there is one, and lets the page’s own tasks in at least every 50 ms', async () => {
    const used: string[] = [];
    const holder = globalThis as { scheduler?: unknown };
    const before = holder.scheduler;
    holder.scheduler = { yield: async () => void used.push('yield') };
    try {
      let clock = 0;
      const timers = { setTimeout: (run: () => void) => void (used.push('timer'), run()) };
      const pause = defaultYield(timers, () => clock);
      for (let i = 0; i < 6; i++) {
        await pause();
        clock += 12;
      }
      // 0, 12, 24, 36, 48 ms since the last timer turn: continuations; at 60 ms: a timer turn.
      expect(used).toEqual(['yield', 'yield', 'yield', 'yield', 'yield', 'timer']);
    } finally {
      holder.scheduler = before;
    }
  });

  it('yields through the caller’s timers where there is no scheduler.yield', async () => {
    const holder = globalThis as { scheduler?: unknown };
    const before = holder.scheduler;
    holder.scheduler = undefined;
    try {
      let turns = 0;
      const pause = defaultYield({ setTimeout: (run: () => void) => void (turns++, run()) });
      await pause();
      await pause();
      expect(turns).toBe(2);
    } finally {
      holder.scheduler = before;
    }
  });
});
