import type { ShouldYield, Steps } from '../steps';

/** Timers of the caller's lifetime (released with the content script). */
export interface Scheduler {
  setTimeout(run: () => void, ms: number): unknown;
}

/** The browser's prioritised yield (Chromium 129+), where there is one. */
interface NativeScheduler {
  yield?: () => Promise<void>;
}

/**
 * How long a chain of `scheduler.yield()` continuations may go on before a
 * timer turn: a continuation runs ahead of the page's own tasks, so a long
 * scan yielding only that way would hold back the page's timers and
 * messages for its whole length (a hostile page's 1.3 s scan starved its
 * 20 ms interval). Input and rendering get through either way.
 */
const PAGE_TURN_EVERY_MS = 50;

/**
 * Gives the main thread back to the page and resumes soon after:
 * `scheduler.yield()` where the browser has it (Chromium 129+; the
 * continuation runs ahead of other queued tasks), with a zero-delay timer
 * of the caller's lifetime at least every PAGE_TURN_EVERY_MS so the page's
 * own tasks run too; only that timer where there is no `scheduler.yield`.
 */
export function defaultYield(scheduler: Scheduler, now: () => number = () => performance.now()): () => Promise<void> {
  const timerTurn = () => new Promise<void>((resolve) => void scheduler.setTimeout(resolve, 0));
  const native = (globalThis as { scheduler?: NativeScheduler }).scheduler;
  if (!native || typeof native.yield !== 'function') return timerTurn;
  let lastTurn = now();
  return async () => {
    if (now() - lastTurn < PAGE_TURN_EVERY_MS) return native.yield!();
    await timerTurn();
    lastTurn = now();
  };
}

/**
 * One scan's main-thread work cut into slices of at most about `budgetMs`
 * (issue 10: no long task): stepwise work asks `shouldYield` between steps
 * and `pause` gives the browser its turn. A scan superseded by a newer one
 * (`isCurrent` false) stops at its next pause. Counts the time the scan
 * kept the main thread, the pauses and awaits left out.
 */
export class Slices {
  private sliceStart = performance.now();
  private busySince = this.sliceStart;
  private busy = 0;

  constructor(
    private readonly budgetMs: number,
    private readonly yieldToBrowser: () => Promise<void>,
    private readonly isCurrent: () => boolean,
  ) {}

  /** True once the current slice has used its budget. */
  readonly shouldYield: ShouldYield = () => performance.now() - this.sliceStart >= this.budgetMs;

  /** Lets the browser run; false when the scan was superseded meanwhile. */
  async pause(): Promise<boolean> {
    this.busy += performance.now() - this.busySince;
    await this.yieldToBrowser();
    this.sliceStart = this.busySince = performance.now();
    return this.isCurrent();
  }

  /** Waits for something else (storage, a message) without counting the wait as busy; a new slice starts after it. */
  async idle<T>(waiting: Promise<T>): Promise<T> {
    this.busy += performance.now() - this.busySince;
    try {
      return await waiting;
    } finally {
      this.sliceStart = this.busySince = performance.now();
    }
  }

  /** Runs stepwise work to its end, pausing between steps; null when the scan was superseded. */
  async run<T>(steps: Steps<T>): Promise<{ value: T } | null> {
    for (;;) {
      const step = steps.next();
      if (step.done) return { value: step.value };
      if (!(await this.pause())) return null;
    }
  }

  /** Main-thread time spent since the last call (or the start). */
  takeBusy(): number {
    const now = performance.now();
    const spent = this.busy + now - this.busySince;
    this.busy = 0;
    this.busySince = now;
    return spent;
  }
}
