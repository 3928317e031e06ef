import { ImportRefused } from '../../shared/import/import-types';
import { hqRequestSchema, type HqCommand, type HqResponse } from '../../shared/contracts/hq-commands';
import type { StorageStatus } from '../../shared/db/storage-status';
import { counterSchema } from '../../shared/platform/limits';
import { describeRefusal } from '../../shared/platform/describe-refusal';
import { UserFacingError } from '../../shared/platform/user-facing-error';
import { ValidationError } from '../../shared/platform/validation-error';
import type { RunCounts } from '../../shared/runner/job-runs';
import type { PullStatus } from '../../shared/pull/pull-status';
import { commandDone, commandFailed } from './command-activity';

const PROGRESS_INTERVAL_MS = 100;

export interface HqRequestDeps {
  /** Runs a command (the HQ engine). */
  execute(command: HqCommand, onProgress: (counts: RunCounts, total: number) => void, onPullStatus: (status: PullStatus) => void): Promise<unknown>;
  storage: StorageStatus;
  post(message: HqResponse): void;
  /** Settles once the database is open and seeded: every command waits for it, and fails with it. */
  ready: Promise<unknown>;
}

/**
 * The HQ worker's requests (hq-worker.ts hands it every message but a release): each is validated
 * against the contract before anything runs, so a malformed or oversized one is answered with a
 * refusal in words and changes nothing; a valid one is run, its progress reported at most every
 * 100 ms, and answered with its result or why it failed.
 */
export class HqRequests {
  private readonly underWay = new Set<Promise<unknown>>();
  private released = false;

  constructor(private readonly deps: HqRequestDeps) {}

  receive(data: unknown): void {
    const { post } = this.deps;
    const parsed = hqRequestSchema.safeParse(data);
    if (!parsed.success) {
      post({ kind: 'failed', requestId: requestIdOf(data), message: describeRefusal(parsed.error), fieldErrors: null });
      return;
    }
    const { requestId, command } = parsed.data;
    let lastProgress = 0;
    const onProgress = (counts: RunCounts, total: number) => {
      const now = Date.now();
      if (now - lastProgress < PROGRESS_INTERVAL_MS && counts.processed < total) return;
      lastProgress = now;
      post({ kind: 'progress', requestId, counts: { ...counts }, total });
    };
    const work = this.deps.ready.then(() => {
      if (this.released) throw new UserFacingError('The work has moved to another Sync Console window: do it there.');
      return this.deps.execute(command, onProgress, (status) => post({ kind: 'pullStatus', requestId, status }));
    });
    this.underWay.add(work);
    void work
      .finally(() => this.underWay.delete(work))
      .then(
        (result) => {
          commandDone(this.deps.storage, command);
          post({ kind: 'done', requestId, result });
        },
        (error: unknown) =>
          post({
            kind: 'failed', requestId, message: commandFailed(this.deps.storage, command, error),
            fieldErrors: error instanceof ValidationError ? error.fieldErrors : null,
            ...(error instanceof ImportRefused && error.file !== null ? { refusedFile: error.file } : {}),
          }),
      );
  }

  /** The work moves to another window: no command starts here any more. Settles when those under way have ended. */
  release(): Promise<unknown> {
    this.released = true;
    return Promise.allSettled([...this.underWay]);
  }
}

/** The request id of a message refused whole, so its sender hears of it: -1 when it has none a client could have given. */
function requestIdOf(data: unknown): number {
  const id = typeof data === 'object' && data !== null && 'requestId' in data ? data.requestId : undefined;
  const parsed = counterSchema.safeParse(id);
  return parsed.success ? parsed.data : -1;
}
