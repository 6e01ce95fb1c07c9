/**
 * A bound on how many figures or cues are read in any stretch of text.
 *
 * Each figure and each cue costs a small, fixed amount of work, but hostile
 * text can pack one into every second character ("$1$1$1…", "said said
 * said…") and so run a 100 KB paragraph at a fraction of the normal speed.
 * Real articles stay below the bound (measured on the 194 texts of
 * ../shared: at most 60 figures, in a standings table, and 6 cues in any
 * 256 characters), so it changes nothing found in them; past it, further
 * candidates in the same stretch are passed over unread.
 */
export class DensityBudget {
  private readonly recent: Float64Array;
  private next = 0;

  /** At most `count` candidates whose starts lie within `span` characters of each other. */
  constructor(
    count: number,
    private readonly span: number,
  ) {
    this.recent = new Float64Array(count).fill(-Infinity);
  }

  /** True (and the candidate counted) when one starting at `at` may still be read; starts must not decrease. */
  take(at: number): boolean {
    if (at - this.recent[this.next] < this.span) return false;
    this.recent[this.next] = at;
    this.next = (this.next + 1) % this.recent.length;
    return true;
  }
}

/** Figures read per 256 characters: above the densest real table of figures, half of "$1$1$1…". */
export const FIGURE_BUDGET = { count: 64, span: 256 } as const;
/** Reporting cues read per 256 characters: well over twice the densest real quoting. */
export const CUE_BUDGET = { count: 16, span: 256 } as const;
