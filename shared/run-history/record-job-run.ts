import { userMessage } from '../platform/user-facing-error';
import { UserFacingError } from '../platform/user-facing-error';
import type { HqDatabase } from '../db/hq-database';
import type { JobRun, RunCounts } from '../runner/job-runs';
import type { JobId } from '../runner/jobs';
import type { ProgressListener, RunContext } from '../runner/run-progress';
import type { JobOutcome } from '../runner/run-outcome';

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
 */
export async function executeRun(
  db: HqDatabase, runId: number, ctx: RunContext, body: (ctx: RunContext) => Promise<JobOutcome>,
): Promise<JobRun> {
  let final: Partial<JobRun>;
  if (ctx.signal?.aborted) {
    final = { status: 'Canceled' };
  } else {
    await db.jobRuns.update(runId, { status: 'Executing', startedAt: ctx.now().toISOString() });
    let lastWrite = 0;
    let latest: RunCounts | null = null;
    const onProgress: ProgressListener = (counts, total) => {
      latest = { ...counts };
      ctx.onProgress?.(counts, total);
      const at = ctx.now().getTime();
      if (at - lastWrite < PROGRESS_WRITE_INTERVAL_MS && counts.processed < total) return;
      lastWrite = at;
      void db.jobRuns.update(runId, { ...counts, total });
    };
    try {
      const { counts, error, recordProblems = [] } = await body({ ...ctx, onProgress });
      final = { ...counts, status: error ? 'Error' : 'Ended', error, recordProblems: recordProblems.slice(0, MAX_RECORD_PROBLEMS) };
    } catch (error) {
      const canceled = ctx.signal?.aborted === true;
      // The counts so far, not the last throttled write: a canceled run shows what it did.
      final = { ...(latest ?? {}), status: canceled ? 'Canceled' : 'Error', error: canceled ? null : userMessage(error, 'running this job') };
    }
  }
  await db.jobRuns.update(runId, { ...final, endedAt: ctx.now().toISOString() });
  const run = await db.jobRuns.get(runId);
  if (!run) throw new UserFacingError(`Run ${runId} vanished from the history.`);
  return run;
}

/**
 * Runs left Executing or Waiting by a worker that is gone (the app was closed, the window
 * reloaded) can never end: the new worker marks them so, rather than leaving them under way forever.
 */
export async function interruptOrphanedRuns(db: HqDatabase, now: Date): Promise<number> {
  return db.jobRuns.where('status').anyOf('Executing', 'Waiting').modify({
    status: 'Error', endedAt: now.toISOString(),
    error: 'Interrupted: the app was closed or reloaded while this run was under way. Run it again.',
  });
}
