/**
 * How long a run may go without progress before it is ended: far beyond what a chunk takes (a
 * fraction of a second) or a job's set-up (seconds at 100,000 rows), even on a busy machine.
 */
export const RUN_STALL_LIMIT_MS = 120_000;

/**
 * Watches a run's progress. If none comes for the limit (a chunk whose work never settles),
 * `stalled` resolves, so the run can be ended in words rather than stay Executing for good.
 * Each progress report starts the wait again.
 */
export class RunWatchdog {
  readonly stalled: Promise<void>;
  private fire!: () => void;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly limitMs: number) {
    this.stalled = new Promise((resolve) => (this.fire = resolve));
    this.progress();
  }

  progress(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.fire, this.limitMs);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
