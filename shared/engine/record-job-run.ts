import type { HqDatabase } from '../db/hq-database';
import type { JobId, JobRun, RunCounts } from '../domain/job-runs';
import type { ProgressListener, RunContext } from './run-progress';

const PROGRESS_WRITE_INTERVAL_MS = 250;

export interface RunRequest {
  jobId: JobId;
  scopeLabel: string;
  trigger: JobRun['trigger'];
}

/**
 * Runs a job body as one entry of the run history: Executing while it works, with its counts
 * written back every few hundred milliseconds (the UI's progress bar reads them live), then
 * Ended, Error with the message, or Canceled.
 */
export async function recordJobRun(
  db: HqDatabase,
  request: RunRequest,
  ctx: RunContext,
  body: (ctx: RunContext) => Promise<RunCounts>,
): Promise<{ runId: number; run: JobRun }> {
  const runId = Number(await db.jobRuns.add({
    ...request, startedAt: ctx.now().toISOString(), endedAt: null, status: 'Executing',
    processed: 0, succeeded: 0, failed: 0, skipped: 0, total: null, error: null,
  }));
  let lastWrite = 0;
  const onProgress: ProgressListener = (counts, total) => {
    ctx.onProgress?.(counts, total);
    const at = ctx.now().getTime();
    if (at - lastWrite < PROGRESS_WRITE_INTERVAL_MS && counts.processed < total) return;
    lastWrite = at;
    void db.jobRuns.update(runId, { ...counts, total });
  };
  let final: Partial<JobRun>;
  try {
    const counts = await body({ ...ctx, onProgress });
    final = { ...counts, status: 'Ended' };
  } catch (error) {
    const canceled = ctx.signal?.aborted === true;
    final = { status: canceled ? 'Canceled' : 'Error', error: canceled ? null : error instanceof Error ? error.message : String(error) };
  }
  await db.jobRuns.update(runId, { ...final, endedAt: ctx.now().toISOString() });
  const run = await db.jobRuns.get(runId);
  if (!run) throw new Error(`Run ${runId} vanished from the history.`);
  return { runId, run };
}
