/**
 * Stepwise passes, shared by the detector, the extractor and the scanner: a pass written as a generator function runs the same code
 * whether it is driven to its end at once (the CLI, the scorer, tests) or
 * paused between figures and cues so a page's main thread can breathe (the
 * content script). It pauses only where `shouldYield` says so; the driver
 * decides what happens in the pause.
 */

/** Asked between steps (a figure, a cue): true to pause there. */
export type ShouldYield = () => boolean;

/** A pass that pauses (yields) between steps and returns its result. */
export type Steps<T> = Generator<void, T, void>;

/** Never pauses: the pass runs as one call. */
export const NEVER_YIELD: ShouldYield = () => false;

/** Drives a stepwise pass to its end without pausing. */
export function runToEnd<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
