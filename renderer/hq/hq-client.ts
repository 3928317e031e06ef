import {
  hqResponseSchema, resultSchemaOf, type HqCommand, type HqCommandResult, type HqCommandType, type HqResponse, type HqWorkerConfig,
} from '../../shared/contracts/hq-commands';
import type { RunCounts } from '../../shared/runner/job-runs';
import type { FieldErrors } from '../../shared/platform/validation-error';
import type { StorageState } from '../../shared/db/storage-status';
import type { HqReader } from '../../shared/pull/hq-read';
import type { PullStatus } from '../../shared/pull/pull-status';

export type ProgressHandler = (counts: RunCounts, total: number) => void;

/** A command the HQ worker refused or could not carry out; fieldErrors when it was invalid input. */
export class CommandError extends Error {
  constructor(message: string, readonly fieldErrors: FieldErrors | null, readonly refusedFile: string | null = null) {
    super(message);
  }
}

/** The HQ worker could not start because another window's worker is the writer. */
export class WriterElsewhereError extends Error {}

/**
 * The HQ worker stopped (it failed, or answered something outside its contract): a command sent to
 * it is not known to be done. Each item is atomic, so nothing is half-saved; a reload starts a new one.
 */
export class HqWorkerStoppedError extends Error {
  override readonly name = 'HqWorkerStoppedError';
  constructor(readonly why: string) {
    super('The HQ worker, which keeps the headquarters database, stopped, so Sync Console cannot tell whether this was done. Nothing is half-saved: reload the window, then look.');
  }
}

interface Pending {
  type: HqCommandType;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: ProgressHandler;
  onPullStatus?: (status: PullStatus) => void;
}

/** Where the worker's reads of HQ go when this host cannot reach it (a page not served by the browser host's own server). */
const cannotReach: HqReader = () => Promise.resolve({ kind: 'failed', reason: 'refused', status: null, message: 'This window cannot reach headquarters.' });

/**
 * The UI's side of the HQ worker: sends commands, and checks every answer against the contract.
 * Every command's promise settles: with its result, with the worker's refusal in words, or with
 * HqWorkerStoppedError once the worker has failed or broken its contract (it is then stopped for good).
 */
export class HqClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  readonly ready: Promise<void>;
  /** Set once ready: why the database is read-only for this version of the app, if it is. */
  readOnly: 'newerVersion' | null = null;
  private storageState: StorageState = { full: false, waitingWrites: 0, runEnds: [] };
  private readonly storageListeners = new Set<() => void>();
  private onReleased: () => void = () => undefined;
  /** Set once the worker has stopped: every command then fails with it at once. */
  private stopped: HqWorkerStoppedError | null = null;
  private failStart: (e: Error) => void = () => undefined;
  /** The host's read of HQ, which the worker's pulls go through (the page holds the connection to the host; the worker does not). */
  hqReader: HqReader = cannotReach;

  constructor(private readonly worker: Worker) {
    let started!: () => void;
    this.ready = new Promise((resolve, reject) => ((started = resolve), (this.failStart = reject)));
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const parsed = hqResponseSchema.safeParse(event.data);
      if (!parsed.success) return this.stop(`it sent a message outside its contract: ${parsed.error.message}`);
      const message: HqResponse = parsed.data;
      if (message.kind === 'ready') {
        this.readOnly = message.readOnly;
        return started();
      }
      if (message.kind === 'storage') {
        this.storageState = { full: message.full, waitingWrites: message.waitingWrites, runEnds: message.runEnds };
        return this.storageListeners.forEach((listener) => listener());
      }
      if (message.kind === 'startFailed') return this.failStart(message.writerElsewhere ? new WriterElsewhereError(message.message) : new Error(message.message));
      if (message.kind === 'released') return this.onReleased();
      if (message.kind === 'hqRead') return void this.readHq(message.readId, message.request);
      const pending = this.pending.get(message.requestId);
      if (!pending) return;
      if (message.kind === 'progress') return pending.onProgress?.(message.counts, message.total);
      if (message.kind === 'pullStatus') return pending.onPullStatus?.(message.status);
      if (message.kind === 'failed') {
        this.pending.delete(message.requestId);
        return pending.reject(new CommandError(message.message, message.fieldErrors, message.refusedFile ?? null));
      }
      const result = resultSchemaOf(pending.type).safeParse(message.result);
      // The caller hears what every caller waiting hears: the worker is not to be trusted any more.
      if (!result.success) return this.stop(`its answer to ${pending.type} is outside the contract: ${result.error.message}`);
      this.pending.delete(message.requestId);
      pending.resolve(result.data);
    });
    // Before it started: it could not (a module that would not load). After: it failed, and what it was doing is lost with it.
    worker.addEventListener('error', (event) => this.stop(event.message || 'it failed'));
    worker.addEventListener('messageerror', () => this.stop('it sent a message that could not be read'));
  }

  /** The storage as the worker last found it (a full disk, writes waiting for room). */
  get storage(): StorageState {
    return this.storageState;
  }

  /** Calls back when the storage's state changes (for useSyncExternalStore); returns the way to stop. */
  readonly subscribeStorage = (listener: () => void): (() => void) => {
    this.storageListeners.add(listener);
    return () => this.storageListeners.delete(listener);
  };
  /**
   * Hands the work to another window: the worker cancels what is under way, closes the database
   * and lets go of the writer lock. Resolves once it has.
   */
  release(): Promise<void> {
    return new Promise((resolve) => {
      this.onReleased = resolve;
      this.worker.postMessage({ kind: 'release' });
    });
  }

  /** Stops the worker before it became the writer (another window is): its wait for the lock ends with it. */
  terminate(): void {
    this.stop('this window stopped it', false);
  }

  /** Reads one page of HQ for the worker through the host; whatever goes wrong on the way is an answer, never a thrown error. */
  private async readHq(readId: number, request: Parameters<HqReader>[0]): Promise<void> {
    const answer = await this.hqReader(request).catch(() => cannotReach(request));
    this.worker.postMessage({ kind: 'hqReadAnswer', readId, answer });
  }

  execute<C extends HqCommand>(command: C, onProgress?: ProgressHandler, onPullStatus?: (status: PullStatus) => void): Promise<HqCommandResult<C['type']>> {
    if (this.stopped) return Promise.reject(this.stopped);
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { type: command.type, resolve: resolve as (result: unknown) => void, reject, onProgress, onPullStatus });
      this.worker.postMessage({ requestId, command });
    });
  }

  /**
   * The worker is gone or not to be trusted: it is stopped for good, and every command waiting for
   * it, or sent later, fails in words. A failure is a fault for the developer log, and a start it
   * cuts short fails as the startup screen says it.
   */
  private stop(why: string, failure = true): void {
    if (this.stopped) return;
    this.stopped = new HqWorkerStoppedError(why);
    this.worker.terminate();
    if (failure) {
      console.error(`The HQ worker stopped: ${why}`);
      this.failStart(new Error(`The HQ worker could not start: ${why}.`));
    }
    for (const pending of this.pending.values()) pending.reject(this.stopped);
    this.pending.clear();
  }
}

/** Starts the HQ worker on a workspace's database; the configuration travels as the worker's name. */
export function startHqWorker(config: HqWorkerConfig): HqClient {
  return new HqClient(new Worker(new URL('./hq-worker.ts', import.meta.url), { type: 'module', name: JSON.stringify(config) }));
}
