import { hqResponseSchema, type HqCommand, type HqResponse, type HqWorkerConfig } from '../../shared/contracts/hq-commands';
import type { RunCounts } from '../../shared/runner/job-runs';
import type { FieldErrors } from '../../shared/platform/validation-error';
import type { CommandOutcome } from '../../shared/runner/run-outcome';
import type { StorageState } from '../../shared/db/storage-status';
import type { HqReader } from '../../shared/pull/hq-read';
import type { PullStatus } from '../../shared/pull/pull-status';

export type ProgressHandler = (counts: RunCounts, total: number) => void;

/** A command the HQ worker refused or could not carry out; fieldErrors when it was invalid input. */
export class CommandError extends Error {
  constructor(message: string, readonly fieldErrors: FieldErrors | null) {
    super(message);
  }
}

/** The HQ worker could not start because another window's worker is the writer. */
export class WriterElsewhereError extends Error {}

interface Pending {
  resolve: (result: CommandOutcome) => void;
  reject: (error: CommandError) => void;
  onProgress?: ProgressHandler;
  onPullStatus?: (status: PullStatus) => void;
}

/** Where the worker's reads of HQ go when this host cannot reach it (a page not served by the browser host's own server). */
const cannotReach: HqReader = () => Promise.resolve({ kind: 'failed', reason: 'refused', status: null, message: 'This window cannot reach headquarters.' });

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
  /** The host's read of HQ, which the worker's pulls go through (the page holds the connection to the host; the worker does not). */
  hqReader: HqReader = cannotReach;

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
      if (message.kind === 'hqRead') return void this.readHq(message.readId, message.request);
      const pending = this.pending.get(message.requestId);
      if (!pending) return;
      if (message.kind === 'progress') return pending.onProgress?.(message.counts, message.total);
      if (message.kind === 'pullStatus') return pending.onPullStatus?.(message.status);
      this.pending.delete(message.requestId);
      if (message.kind === 'done') pending.resolve(message.outcome);
      else pending.reject(new CommandError(message.message, message.fieldErrors));
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

  /** Reads one page of HQ for the worker through the host; whatever goes wrong on the way is an answer, never a thrown error. */
  private async readHq(readId: number, request: Parameters<HqReader>[0]): Promise<void> {
    const answer = await this.hqReader(request).catch(() => cannotReach(request));
    this.worker.postMessage({ kind: 'hqReadAnswer', readId, answer });
  }

  execute(command: HqCommand, onProgress?: ProgressHandler, onPullStatus?: (status: PullStatus) => void): Promise<CommandOutcome> {
    const requestId = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(requestId, { resolve, reject, onProgress, onPullStatus });
      this.worker.postMessage({ requestId, command });
    });
  }
}

/** Starts the HQ worker on a workspace's database; the configuration travels as the worker's name. */
export function startHqWorker(config: HqWorkerConfig): HqClient {
  return new HqClient(new Worker(new URL('./hq-worker.ts', import.meta.url), { type: 'module', name: JSON.stringify(config) }));
}
