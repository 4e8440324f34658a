/**
 * Counts work in flight (file reads, debounced edits, pending refreshes) so tests and the progress indicator can
 * wait until the sidebar shows the current state of the workspace instead of sleeping.
 */
export class IdleTracker {
  private busy = 0;
  private waiters: Array<() => void> = [];

  /** Marks the start of a piece of work; call the returned function exactly once when it ends. */
  begin(): () => void {
    this.busy++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.busy--;
      if (this.busy === 0) {
        // Wake waiters on a later turn: work that ends often schedules follow-up work synchronously.
        setTimeout(() => this.flush(), 0);
      }
    };
  }

  async track<T>(work: Promise<T>): Promise<T> {
    const end = this.begin();
    try {
      return await work;
    } finally {
      end();
    }
  }

  get isIdle(): boolean {
    return this.busy === 0;
  }

  whenIdle(): Promise<void> {
    if (this.busy === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private flush(): void {
    if (this.busy !== 0) return;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}

/**
 * Calls `fn` at most once per `delayMs`, trailing: a burst of index changes (the initial scan, a folder move) ends
 * in one refresh of the trees and the dashboard, and the first refresh comes soon so the views fill while indexing.
 */
export class Throttle {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private endWork: (() => void) | undefined;

  constructor(
    private readonly delayMs: number,
    private readonly fn: () => void,
    private readonly idle?: IdleTracker,
  ) {}

  schedule(): void {
    if (this.timer) return;
    this.endWork = this.idle?.begin();
    this.timer = setTimeout(() => {
      this.timer = undefined;
      const end = this.endWork;
      this.endWork = undefined;
      try {
        this.fn();
      } finally {
        end?.();
      }
    }, this.delayMs);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.endWork?.();
    this.endWork = undefined;
  }
}
