/**
 * Results of jobs running on worker threads, handed over in the order the jobs were sent. A new
 * job may be sent as soon as any job in flight is done, not only the oldest: waiting for the
 * oldest would leave a worker idle whenever a later job finishes first (jobs differ in cost).
 * Done results wait here until those before them are done, up to a bound, so memory stays small.
 */
export class InOrder<T, M> {
  private readonly queue: Array<{ meta: M; done: boolean; value?: T; error?: unknown }> = [];
  private running = 0;
  private wake: (() => void) | undefined;

  /**
   * @param running jobs that may run at once (a couple per worker keeps each one busy)
   * @param held jobs that may be sent but not yet handed over, done or not
   * @param take receives each result with its job's data, in the order the jobs were added
   */
  constructor(
    private readonly maxRunning: number,
    private readonly maxHeld: number,
    private readonly take: (value: T, meta: M) => void | Promise<void>,
  ) {}

  /** Adds a sent job; returns once there is room for another, having handed over what is ready. */
  async add(result: Promise<T>, meta: M): Promise<void> {
    const entry: { meta: M; done: boolean; value?: T; error?: unknown } = { meta, done: false };
    this.queue.push(entry);
    this.running++;
    result.then(
      (value) => this.settle(entry, value, undefined),
      (error: unknown) => this.settle(entry, undefined, error ?? new Error("a job failed")),
    );
    await this.handOver();
    while (this.running >= this.maxRunning || this.queue.length >= this.maxHeld) {
      await new Promise<void>((resolve) => (this.wake = resolve));
      await this.handOver();
    }
  }

  /** Waits for every job and hands over the rest. */
  async finish(): Promise<void> {
    await this.handOver();
    while (this.queue.length) {
      await new Promise<void>((resolve) => (this.wake = resolve));
      await this.handOver();
    }
  }

  private settle(entry: { done: boolean; value?: T; error?: unknown }, value: T | undefined, error: unknown): void {
    entry.done = true;
    if (error !== undefined) entry.error = error;
    else entry.value = value as T;
    this.running--;
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private async handOver(): Promise<void> {
    while (this.queue[0]?.done) {
      const head = this.queue.shift()!;
      if (head.error !== undefined) throw head.error;
      await this.take(head.value as T, head.meta);
    }
  }
}
