/**
 * WXT hands over between two instances of a content script with a DOM
 * event on `document` whose name (extension id + entrypoint) is public. A
 * page dispatching it would switch Claimlens off. Only an instance whose
 * extension is gone (reloaded or updated) may be replaced, so while this
 * instance's extension is alive the event is stopped before WXT sees it:
 * a capture listener on `window` runs before any listener on `document`.
 */
export function guardHandover(win: Window, eventName: string, extensionAlive: () => boolean): () => void {
  const stop = (event: Event) => {
    if (extensionAlive()) event.stopImmediatePropagation();
  };
  win.addEventListener(eventName, stop, { capture: true });
  return () => win.removeEventListener(eventName, stop, { capture: true });
}

/**
 * Rescans after an in-page navigation only when the URL really changed, and
 * at most once per `minIntervalMs` (or ten times the last scan's duration,
 * if longer): a forged location-change event does nothing, and a page that
 * rewrites its URL in a loop cannot make the extension work without bound.
 */
export class NavigationRescan {
  private lastRunAt = Number.NEGATIVE_INFINITY;
  private lastCostMs = 0;
  private cancel: (() => void) | null = null;

  constructor(
    private readonly options: {
      currentUrl(): string;
      scannedUrl(): string;
      rescan(): Promise<void>;
      setTimeout(run: () => void, ms: number): () => void;
      now(): number;
      settleMs: number;
      minIntervalMs: number;
    },
  ) {}

  /** Something says the location may have changed. */
  poke(): void {
    if (this.cancel) return;
    const o = this.options;
    const wait = Math.max(o.settleMs, this.lastRunAt + Math.max(o.minIntervalMs, this.lastCostMs * 10) - o.now());
    this.cancel = o.setTimeout(() => void this.run(), wait);
  }

  stop(): void {
    this.cancel?.();
    this.cancel = null;
  }

  private async run(): Promise<void> {
    this.cancel = null;
    const o = this.options;
    if (o.currentUrl() === o.scannedUrl()) return;
    const started = o.now();
    this.lastRunAt = started;
    try {
      await o.rescan();
    } finally {
      this.lastCostMs = o.now() - started;
    }
  }
}
