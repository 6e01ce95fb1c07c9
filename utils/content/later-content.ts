export interface LaterContentOptions {
  /** Quiet time before added content is read, so a burst of changes is one scan. */
  debounceMs: number;
  /** A page that never stops changing is still read at least this often. */
  maxWaitMs: number;
  /** Share of the main thread the reading may take: after a read of t ms the next waits t × (1/share − 1). */
  cpuShare: number;
  setTimeout(run: () => void, ms: number): () => void;
  now(): number;
}

/**
 * Collects subtrees added to the page and hands the outermost ones over in
 * one batch, coalesced: each change costs O(1) until the batch is read, the
 * batch is reduced in O(n · depth), and the time spent reading bounds how
 * soon the next read may start, so a ticker page cannot take more than a
 * fixed share of the CPU.
 */
export class LaterContent {
  private pending = new Set<Node>();
  private cancel: (() => void) | null = null;
  private firstPendingAt = 0;
  private notBefore = 0;

  constructor(
    private readonly options: LaterContentOptions,
    private readonly read: (roots: Node[]) => Promise<void> | void,
  ) {}

  /** Record what a MutationObserver reported. */
  added(nodes: Iterable<Node>): void {
    let any = false;
    for (const node of nodes) {
      const root = node.nodeType === 3 ? node.parentNode : node.nodeType === 1 ? node : null;
      if (root) {
        this.pending.add(root);
        any = true;
      }
    }
    if (!any) return;
    const now = this.options.now();
    if (this.cancel === null) this.firstPendingAt = now;
    this.schedule(now);
  }

  stop(): void {
    this.cancel?.();
    this.cancel = null;
    this.pending.clear();
  }

  private schedule(now: number): void {
    this.cancel?.();
    const quietAt = now + this.options.debounceMs;
    const latest = this.firstPendingAt + this.options.maxWaitMs;
    const at = Math.max(Math.min(quietAt, latest), this.notBefore);
    this.cancel = this.options.setTimeout(() => void this.flush(), Math.max(0, at - now));
  }

  private async flush(): Promise<void> {
    this.cancel = null;
    const roots = outermost(this.pending);
    this.pending = new Set();
    const started = this.options.now();
    try {
      await this.read(roots);
    } finally {
      const spent = this.options.now() - started;
      this.notBefore = this.options.now() + spent * (1 / this.options.cpuShare - 1);
    }
  }
}

/** Drops nodes inside other collected nodes (walking up each one's ancestors), so each new text is read once. */
export function outermost(nodes: Set<Node>): Node[] {
  const out: Node[] = [];
  for (const node of nodes) {
    if (!node.isConnected) continue;
    let inside = false;
    for (let up = node.parentNode; up; up = up.parentNode) {
      if (nodes.has(up)) {
        inside = true;
        break;
      }
    }
    if (!inside) out.push(node);
  }
  return out;
}
