import type { HqDatabase } from '../db/hq-database';
import type { JobRun, RunCounts } from '../runner/job-runs';
import { isDiskFull } from '../platform/storage-errors';
import { UserFacingError, userMessage } from '../platform/user-facing-error';

/** Why a run stopped, in words. A full disk says how far it got, that what it did is kept whole, and what to do. */
export function stoppedMessage(error: unknown, counts: RunCounts | null, total: number | null): string {
  const message = userMessage(error, 'running this job');
  if (!isDiskFull(error)) return message;
  const done = counts?.processed ?? 0;
  const where = done === 0 ? 'early' : `after ${done}${total === null ? '' : ` of ${total}`}`;
  return `The disk is full: this run stopped ${where}. What it saved is kept, each part whole; the part under way when the disk filled `
    + 'was not saved at all, not even in part. Free disk space, or delete an imported workspace you no longer need, then run the job again: '
    + 'it goes on where this run stopped, without doing anything twice.';
}

/** A run that made no progress for the watchdog's limit, in words. */
export function stalledMessage(limitMs: number): string {
  const seconds = Math.round(limitMs / 1000);
  const span = seconds >= 120 ? `${Math.round(seconds / 60)} minutes` : `${seconds} second${seconds === 1 ? '' : 's'}`;
  return `Stopped by Sync Console: this run made no progress for ${span} (the work under way never finished). `
    + 'What it had saved is kept, each part whole. Run the job again; if it stops again, restart Sync Console.';
}

/**
 * Writes how a run ended. If the disk is full even for that, the end is kept by the database's
 * storage status and written as soon as there is room, and the run is answered as it ended: the
 * run never stays Executing because its last write found no room.
 */
export async function recordRunEnd(db: HqDatabase, runId: number, end: Partial<JobRun>): Promise<JobRun> {
  try {
    await db.jobRuns.update(runId, end);
  } catch (error) {
    if (!db.storage.noteFailure(error)) throw error;
    const run = await runOf(db, runId);
    const ended = { ...run, ...end };
    db.storage.retryLater(`run ${runId}`, () => db.jobRuns.update(runId, end), {
      runId, status: ended.status, error: ended.error, endedAt: ended.endedAt,
      processed: ended.processed, succeeded: ended.succeeded, failed: ended.failed, skipped: ended.skipped,
    });
    return ended;
  }
  return runOf(db, runId);
}

async function runOf(db: HqDatabase, runId: number): Promise<JobRun> {
  const run = await db.jobRuns.get(runId);
  if (!run) throw new UserFacingError(`Run ${runId} vanished from the history.`);
  return run;
}
