import type { HqDatabase } from '../db/hq-database';
import type { JobRun, RunCounts } from '../runner/job-runs';
import type { JobId } from '../runner/jobs';
import type { ProgressListener, RunContext } from '../runner/run-progress';
import type { JobOutcome } from '../runner/run-outcome';
import { recordRunEnd, stalledMessage, stoppedMessage } from './run-end';
import { RUN_STALL_LIMIT_MS, RunWatchdog } from './run-watchdog';

const PROGRESS_WRITE_INTERVAL_MS = 250;

export interface RunRequest {
  jobId: JobId;
  scopeLabel: string;
  trigger: JobRun['trigger'];
  batchJobId: string | null;
}

/** At most this many record problems are kept on a run; the rest are counted. */
const MAX_RECORD_PROBLEMS = 50;

/** Adds the run to the history: Waiting while another run of its job is ahead of it, else Executing. */
export async function startRun(db: HqDatabase, request: RunRequest, status: 'Waiting' | 'Executing', now: Date): Promise<number> {
  return Number(await db.jobRuns.add({
    ...request, startedAt: now.toISOString(), endedAt: null, status,
    processed: 0, succeeded: 0, failed: 0, skipped: 0, total: null, error: null,
  }));
}

/**
 * Executes a job body as its run: counts are written back every few hundred milliseconds (the
 * progress bar reads them live), then the run Ends, ends in Error with the message, or is Canceled.
 * A watchdog ends a run that makes no progress for stallLimitMs (its body is told to stop, and
 * whatever it still does is atomic, chunk by chunk); a full disk ends it in words, and its end is
 * written as soon as there is room if there is none even for that (recordRunEnd).
 */
export async function executeRun(
  db: HqDatabase, runId: number, ctx: RunContext, body: (ctx: RunContext) => Promise<JobOutcome>, stallLimitMs = RUN_STALL_LIMIT_MS,
): Promise<JobRun> {
  let final: Partial<JobRun>;
  if (ctx.signal?.aborted) {
    final = { status: 'Canceled' };
  } else {
    let lastWrite = 0;
    let latest: RunCounts | null = null;
    let latestTotal: number | null = null;
    let over = false;
    const watchdog = new RunWatchdog(stallLimitMs);
    const stop = new AbortController();
    const onProgress: ProgressListener = (counts, total) => {
      // A body the watchdog gave up on may still report: the run has ended, its counts stay.
      if (over) return;
      watchdog.progress();
      latest = { ...counts };
      latestTotal = total;
      ctx.onProgress?.(counts, total);
      const at = ctx.now().getTime();
      if (at - lastWrite < PROGRESS_WRITE_INTERVAL_MS && counts.processed < total) return;
      lastWrite = at;
      // Only the progress bar's: a write that fails (a full disk) leaves the end of the run to say so.
      db.jobRuns.update(runId, { ...counts, total }).catch((error: unknown) => db.storage.noteFailureOrLog(error, `Writing the progress of run ${runId}`));
    };
    try {
      // A run waiting its turn that finds the disk full even for this ends in Error like any other.
      await db.jobRuns.update(runId, { status: 'Executing', startedAt: ctx.now().toISOString() });
      const signal = ctx.signal ? AbortSignal.any([ctx.signal, stop.signal]) : stop.signal;
      const outcome = await Promise.race([body({ ...ctx, onProgress, signal }), watchdog.stalled.then(() => null)]);
      if (outcome === null) {
        stop.abort();
        final = { ...(latest ?? {}), status: 'Error', error: stalledMessage(stallLimitMs) };
      } else {
        const { counts, error, recordProblems = [] } = outcome;
        final = { ...counts, status: error ? 'Error' : 'Ended', error, recordProblems: recordProblems.slice(0, MAX_RECORD_PROBLEMS) };
        db.storage.noteRoom();
      }
    } catch (error) {
      const canceled = ctx.signal?.aborted === true;
      db.storage.noteFailure(error);
      // The counts so far, not the last throttled write: a canceled run shows what it did.
      final = { ...(latest ?? {}), status: canceled ? 'Canceled' : 'Error', error: canceled ? null : stoppedMessage(error, latest, latestTotal) };
    } finally {
      over = true;
      watchdog.stop();
    }
  }
  return recordRunEnd(db, runId, { ...final, endedAt: ctx.now().toISOString() });
}

/**
 * Runs left Executing or Waiting by a worker that is gone (the app was closed, the window
 * reloaded, the worker crashed or hung) can never end: the new worker marks them so, rather than
 * leaving them under way forever. On a full disk the mark waits for room (the runs found now, no
 * run started since), and the app opens all the same.
 */
export async function interruptOrphanedRuns(db: HqDatabase, now: Date): Promise<number> {
  const orphaned = (await db.jobRuns.where('status').anyOf('Executing', 'Waiting').primaryKeys()).filter((id) => id !== undefined);
  const interrupt = () => db.jobRuns.where(':id').anyOf(orphaned).and((run) => run.status === 'Executing' || run.status === 'Waiting').modify({
    status: 'Error', endedAt: now.toISOString(),
    error: 'Interrupted: Sync Console stopped (it was closed, reloaded or crashed) while this run was under way. What it saved is kept, each part whole. Run it again.',
  });
  try {
    return await interrupt();
  } catch (error) {
    if (!db.storage.noteFailure(error)) throw error;
    db.storage.retryLater('interrupted runs', interrupt);
    return 0;
  }
}
