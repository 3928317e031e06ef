import { hqResponseSchema, type HqCommand, type HqResponse, type HqWorkerConfig } from '../../shared/contracts/hq-commands';
import type { RunCounts } from '../../shared/runner/job-runs';
import type { FieldErrors } from '../../shared/platform/validation-error';
import type { CommandOutcome } from '../../shared/runner/run-outcome';
import type { StorageState } from '../../shared/db/storage-status';

export type ProgressHandler = (counts: RunCounts, total: number) => void;

/** A command the HQ worker refused or could not carry out; fieldErrors when it was invalid input. */
export class CommandError extends Error {
  constructor(message: string, readonly fieldErrors: FieldErrors | null, readonly refusedFile: string | null = null) {
    super(message);
  }
}

/** The HQ worker could not start because another window's worker is the writer. */
export class WriterElsewhereError extends Error {}

interface Pending {
  resolve: (result: CommandOutcome) => void;
  reject: (error: CommandError) => void;
  onProgress?: ProgressHandler;
}

/** The UI's side of the HQ worker: sends commands, and checks every answer against the contract. */
export class HqClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  readonly ready: Promise<void>;
  /** Set once ready: why the database is read-only for this version of the app, if it is. */
  readOnly: 'newerVersion' | null = null;
  private storageState: StorageState = { full: false, waitingWrites: 0, runEnds: [] };
  private readonly storageListeners = new Set<() => void>();
  private onReleased: () => void = () => undefined;

  constructor(private readonly worker: Worker) {
    let started!: () => void;
    let failed!: (e: Error) => void;
    this.ready = new Promise((resolve, reject) => ((started = resolve), (failed = reject)));
    worker.addEventListener('message', (event: MessageEvent<unknown>) => {
      const parsed = hqResponseSchema.safeParse(event.data);
      if (!parsed.success) return console.error('HQ worker sent a malformed message', parsed.error);
      const message: HqResponse = parsed.data;
      if (message.kind === 'ready') {
        this.readOnly = message.readOnly;
        return started();
      }
      if (message.kind === 'storage') {
        this.storageState = { full: message.full, waitingWrites: message.waitingWrites, runEnds: message.runEnds };
        return this.storageListeners.forEach((listener) => listener());
      }
      if (message.kind === 'startFailed') return failed(message.writerElsewhere ? new WriterElsewhereError(message.message) : new Error(message.message));
      if (message.kind === 'released') return this.onReleased();
      const pending = this.pending.get(message.requestId);
      if (!pending) return;
      if (message.kind === 'progress') return pending.onProgress?.(message.counts, message.total);
      this.pending.delete(message.requestId);
      if (message.kind === 'done') pending.resolve(message.outcome);
      else pending.reject(new CommandError(message.message, message.fieldErrors, message.refusedFile ?? null));
    });
    worker.addEventListener('error', (event) => failed(new Error(event.message || 'The HQ worker could not start.')));
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
    this.worker.terminate();
  }

  execute(command: HqCommand, onProgress?: ProgressHandler): Promise<CommandOutcome> {
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject, onProgress });
      this.worker.postMessage({ requestId, command });
    });
  }
}

/** Starts the HQ worker on a workspace's database; the configuration travels as the worker's name. */
export function startHqWorker(config: HqWorkerConfig): HqClient {
  return new HqClient(new Worker(new URL('./hq-worker.ts', import.meta.url), { type: 'module', name: JSON.stringify(config) }));
}
