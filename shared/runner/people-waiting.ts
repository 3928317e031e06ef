/**
 * Who waits on the HQ worker besides its jobs: a person's command (Synchronize order, Save, Finish
 * editing…) under way. The worker runs commands side by side, each item of work one IndexedDB
 * transaction, so a person's command queues behind the job's transaction under way. A long job
 * asks here between its items: it gives way while a person's command runs, and takes smaller
 * items for a while after one (a person working through failures clicks again).
 */
export class PeopleWaiting {
  private waiting = 0;
  private lastLeftAt = Number.NEGATIVE_INFINITY;
  private wakers: (() => void)[] = [];

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** A person's command begins; call what it returns when it has answered. */
  enter(): () => void {
    this.waiting += 1;
    let left = false;
    return () => {
      if (left) return;
      left = true;
      this.waiting -= 1;
      this.lastLeftAt = this.clock();
      if (this.waiting === 0) for (const wake of this.wakers.splice(0)) wake();
    };
  }

  /** Whether a person's command is under way now. */
  get someone(): boolean {
    return this.waiting > 0;
  }

  /** Whether a person's command is under way, or ended less than `withinMs` ago. */
  recently(withinMs: number): boolean {
    return this.waiting > 0 || this.clock() - this.lastLeftAt < withinMs;
  }

  /** Resolves once no person's command is under way (at once when none is). */
  givenWay(): Promise<void> {
    if (this.waiting === 0) return Promise.resolve();
    return new Promise((resolve) => this.wakers.push(resolve));
  }
}
