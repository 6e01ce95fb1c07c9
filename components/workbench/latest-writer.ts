/**
 * Writes the latest value, one write at a time: while a write is in flight,
 * newer values replace each other and only the last one is written next.
 * A keystroke therefore never waits behind a queue of stale drafts, and a
 * failed write leaves the value "unsaved" until a later one succeeds.
 */
export class LatestWriter<T> {
  private next: { value: T; version: number } | null = null;
  private running = false;
  private submitted = 0;
  private confirmed = 0;
  private idleWaiters: (() => void)[] = [];

  /** `write` resolves true when the value is stored, false when it failed (and was reported). */
  constructor(private readonly write: (value: T, version: number) => Promise<boolean>) {}

  submit(value: T): void {
    this.latest = value;
    this.next = { value, version: ++this.submitted };
    if (!this.running) void this.pump();
  }

  /** Something submitted is not known to be stored yet (queued, in flight, or failed). */
  get unsaved(): boolean {
    return this.confirmed < this.submitted;
  }

  /** The newest submitted value while it is unsaved, e.g. to write it synchronously as the page goes away. */
  get unsavedValue(): T | undefined {
    return this.unsaved ? this.latest : undefined;
  }

  /** How many values were submitted: the version of the newest. */
  get version(): number {
    return this.submitted;
  }

  idle(): Promise<void> {
    return this.running ? new Promise((resolve) => this.idleWaiters.push(resolve)) : Promise.resolve();
  }

  private latest: T | undefined;

  private async pump(): Promise<void> {
    this.running = true;
    while (this.next) {
      const { value, version } = this.next;
      this.next = null;
      if (await this.write(value, version)) this.confirmed = Math.max(this.confirmed, version);
    }
    this.running = false;
    this.idleWaiters.splice(0).forEach((resolve) => resolve());
  }
}
