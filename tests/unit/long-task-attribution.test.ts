/**
 * How the long-task bench and its end-to-end check decide whose a traced task
 * is (scripts/bench-longtasks.ts `extensionTasks`), on small synthetic
 * Chromium traces shaped like real ones. The case that matters: on a freshly
 * started browser, Chromium finishes parsing a page in one task that forces
 * the first layout (its own DOMContentLoaded observers do, with or without
 * the extension) and, when the page has already loaded, injects our
 * document_idle loader in that same task. Counting that whole task as ours
 * (as the bench did before) blamed the browser's layout on us; counting none
 * of it would hide the injection, which is ours.
 */
import { describe, expect, it } from 'vitest';
import { addsLongTask, extensionTasks, type LoadRecord } from '../../scripts/bench-longtasks';

const PID = 7;
const MAIN = 1;
const EXT = 'chrome-extension://abc/content-scripts/loader.js';

const base = [
  { name: 'thread_name', ph: 'M', pid: PID, tid: MAIN, ts: 0, args: { name: 'CrRendererMain' } },
  { name: 'ParseHTML', ph: 'X', pid: PID, tid: MAIN, ts: 100, dur: 1000, args: { beginData: { url: 'http://127.0.0.1/a/seed.html' } } },
];
const task = (ts: number, ms: number) => ({ name: 'ThreadControllerImpl::RunTask', ph: 'X', pid: PID, tid: MAIN, ts, dur: ms * 1000 });
const slice = (name: string, ts: number, ms: number, url?: string) => ({ name, ph: 'X', pid: PID, tid: MAIN, ts, dur: ms * 1000, args: url ? { data: { url } } : {} });

/** V8 samples every millisecond from `from` for `ms`, all in a frame of `url`. */
function samples(from: number, ms: number, url: string, id: string, node: number) {
  return [
    { name: 'Profile', ph: 'P', pid: PID, tid: MAIN, ts: from, id, args: { data: { startTime: from } } },
    {
      name: 'ProfileChunk', ph: 'P', pid: PID, tid: MAIN, ts: from, id,
      args: { data: { cpuProfile: { nodes: [{ id: node, callFrame: { url } }], samples: Array(ms).fill(node) }, timeDeltas: Array(ms).fill(1000) } },
    },
  ];
}

describe('whose task is it (traced)', () => {
  it('counts only the injection as ours when Chromium injects the loader inside the page’s parse-finishing task', () => {
    const start = 10_000;
    const trace = [
      ...base,
      task(start, 130), // Document::FinishedParsing: 100 ms of forced first layout, then our loader
      slice('Document::UpdateStyleAndLayout', start + 2_000, 98),
      slice('ScriptInjection::InjectJs', start + 102_000, 27),
      slice('EvaluateScript', start + 120_000, 7, EXT),
    ];
    const result = extensionTasks(trace as never, '/a/seed.html');
    expect(result.evaluation).toEqual([]);
    expect(result.inPageLongTasks).toEqual([{ duration: 130, extensionMs: 27 }]);
  });

  it('counts a task that is mostly our injection as our own evaluation task, whole', () => {
    const trace = [...base, task(10_000, 40), slice('ScriptInjection::InjectJs', 11_000, 30), slice('EvaluateScript', 20_000, 20, EXT)];
    expect(extensionTasks(trace as never, '/a/seed.html')).toEqual({ evaluation: [40], other: [], inPageLongTasks: [] });
  });

  it('counts a task whose JavaScript is mostly ours as ours (start-up, scan), and our code inside a page’s task as our share', () => {
    const trace = [
      ...base,
      task(10_000, 30),
      ...samples(10_000, 30, 'chrome-extension://abc/content-scripts/scanner.js', 'p1', 1),
      task(100_000, 80),
      ...samples(100_000, 60, 'http://127.0.0.1/app.js', 'p2', 2),
      ...samples(160_000, 20, 'chrome-extension://abc/content-scripts/scanner.js', 'p3', 3),
    ];
    const result = extensionTasks(trace as never, '/a/seed.html');
    expect(result.other).toEqual([30]);
    expect(result.inPageLongTasks).toHaveLength(1);
    expect(result.inPageLongTasks[0].duration).toBe(80);
    // Sampled once a millisecond: within a sample or two of the 20 ms of our code.
    expect(result.inPageLongTasks[0].extensionMs).toBeGreaterThan(18);
    expect(result.inPageLongTasks[0].extensionMs).toBeLessThan(22);
  });
});

describe('the verdict', () => {
  const load = (extension: LoadRecord['extension']): LoadRecord => ({ tasks: [], marks: 3, extension });
  const figures = (loads: LoadRecord[]) => ({ label: 'p', path: '/p', with: loads, without: [] });

  it('does not blame the page’s own long task on us when our share is small and the page’s part alone is long', () => {
    const first = load({ evaluation: [], other: [20], inPageLongTasks: [{ duration: 130, extensionMs: 27 }] });
    const later = load({ evaluation: [12], other: [25], inPageLongTasks: [] });
    expect(addsLongTask(figures([first, later, later]))).toBe(false);
  });

  it('fails when our code takes a page task past the bar, or our share alone reaches it', () => {
    const pushed = load({ evaluation: [], other: [], inPageLongTasks: [{ duration: 60, extensionMs: 20 }] });
    expect(addsLongTask(figures([pushed, pushed, pushed]))).toBe(true);
    const big = load({ evaluation: [], other: [], inPageLongTasks: [{ duration: 200, extensionMs: 55 }] });
    expect(addsLongTask(figures([big, big, big]))).toBe(true);
  });

  it('fails when a task of our own reaches the bar', () => {
    const own = load({ evaluation: [70], other: [], inPageLongTasks: [] });
    expect(addsLongTask(figures([own, own, own]))).toBe(true);
  });
});
