import type { JobRun } from '../runner/job-runs';
import { describeError, isDiskFull } from '../platform/storage-errors';

/** How a run ended, while that end waits for room to be written: the screens show it ended meanwhile. */
export type RunEnd = Pick<JobRun, 'status' | 'error' | 'endedAt' | 'processed' | 'succeeded' | 'failed' | 'skipped'> & { runId: number };

/** What the app shows about its storage: full since a write found no room, and the writes waiting for room. */
export interface StorageState {
  full: boolean;
  /** Writes that must still happen (a run's end) and are tried again until there is room. */
  waitingWrites: number;
  /** The runs among them: ended, though the history does not say so yet. */
  runEnds: RunEnd[];
}

/** How often the writes waiting for room are tried again. */
export const RETRY_WAITING_WRITES_MS = 5_000;

/**
 * The storage as the HQ worker last found it. A write that fails for want of room marks it full;
 * a later write that goes through (a command, a job's work) marks it as having room again. A write
 * that must not be lost, such as a run's end, is kept here when it finds no room and tried again
 * every few seconds, and at once when room is seen, until it goes through: the run then no longer
 * stays Executing in the history, and nothing else waits for it meanwhile.
 */
export class StorageStatus {
  private full = false;
  private readonly waiting = new Map<string, { write: () => Promise<unknown>; runEnd?: RunEnd }>();
  private readonly listeners = new Set<(state: StorageState) => void>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private retrying: Promise<void> | null = null;

  constructor(private readonly retryMs = RETRY_WAITING_WRITES_MS) {}

  get state(): StorageState {
    const runEnds = [...this.waiting.values()].flatMap(({ runEnd }) => (runEnd ? [runEnd] : []));
    return { full: this.full, waitingWrites: this.waiting.size, runEnds };
  }

  /** Calls back on every change of the state; returns the way to stop. */
  subscribe(listener: (state: StorageState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A write failed: true, and the storage is full, if it was for want of room. */
  noteFailure(error: unknown): boolean {
    if (!isDiskFull(error)) return false;
    this.set(true);
    return true;
  }

  /** A write whose failure only the developer needs to know of, unless it was for want of room (then the storage is full). */
  noteFailureOrLog(error: unknown, what: string): void {
    if (!this.noteFailure(error)) console.error(`${what} failed: ${describeError(error)}`);
  }

  /** A write that needed room went through: the storage has room again, and what waited for it is written now. */
  noteRoom(): void {
    this.set(false);
    if (this.waiting.size) void this.retryNow();
  }

  /**
   * A write that found no room and must still happen, tried again until it goes through. Under
   * the same key, a later write replaces one still waiting (a run has one end). A run's end is
   * given too, for the screens to show meanwhile.
   */
  retryLater(key: string, write: () => Promise<unknown>, runEnd?: RunEnd): void {
    this.waiting.set(key, { write, runEnd });
    this.full = true;
    this.emit();
    this.schedule();
  }

  /** Tries every waiting write now; one still without room waits for the next try. */
  retryNow(): Promise<void> {
    this.retrying ??= this.retryWaiting().finally(() => {
      this.retrying = null;
      this.schedule();
    });
    return this.retrying;
  }

  private async retryWaiting(): Promise<void> {
    for (const [key, waiting] of [...this.waiting]) {
      try {
        await waiting.write();
        if (this.waiting.get(key) === waiting) this.waiting.delete(key);
        this.emit();
      } catch (error) {
        // Still no room: it waits. Any other failure is for the developer log, and it waits too.
        if (!isDiskFull(error)) console.error(`A write waiting for room failed: ${describeError(error)}`);
      }
    }
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = this.waiting.size ? setTimeout(() => void this.retryNow(), this.retryMs) : undefined;
  }

  private set(full: boolean): void {
    if (this.full === full) return;
    this.full = full;
    this.emit();
  }

  private emit(): void {
    const state = this.state;
    for (const listener of this.listeners) listener(state);
  }
}
