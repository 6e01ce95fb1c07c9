/**
 * Timers that all end with the content script. WXT's `ctx.setTimeout` adds
 * an abort listener per call that is never removed (a page that keeps
 * changing would grow it without bound); here one listener clears them all.
 */
export class Timers {
  private readonly pending = new Set<ReturnType<typeof setTimeout>>();
  private stopped = false;

  setTimeout(run: () => void, ms: number): () => void {
    if (this.stopped) return () => undefined;
    const id = setTimeout(() => {
      this.pending.delete(id);
      if (!this.stopped) run();
    }, ms);
    this.pending.add(id);
    return () => {
      clearTimeout(id);
      this.pending.delete(id);
    };
  }

  get size(): number {
    return this.pending.size;
  }

  stop(): void {
    this.stopped = true;
    for (const id of this.pending) clearTimeout(id);
    this.pending.clear();
  }
}
