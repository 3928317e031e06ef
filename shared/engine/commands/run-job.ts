import { cancelIdSchema, defineCommand } from '../../command/define-command';
import { JOBS, runsInImportedWorkspace } from '../../runner/jobs';
import { jobRequestSchema, triggerSchema } from '../../runner/runner-schemas';
import { commandOutcomeSchema } from '../../runner/run-outcome';
import { clipMessage, idSchema } from '../../platform/limits';
import { executeRun, startRun } from '../../run-history/record-job-run';
import { describeJobRequest, jobBody } from '../run-job';

/** The name a run answers a cancel to: Run history cancels a run it did not start, by its number. */
export const runCancelName = (runId: number): string => `run ${runId}`;

/**
 * A job run, as the job runner dispatches it (or Run job now): recorded in Run history, and run
 * after any run of its job already under way (recorded as Waiting meanwhile), never beside it.
 */
export const runJobCommand = defineCommand({
  type: 'runJob',
  input: { job: jobRequestSchema, trigger: triggerSchema, batchJobId: idSchema.nullable(), cancelId: cancelIdSchema.optional() },
  result: commandOutcomeSchema,
  inImportedWorkspace: false,
  // Refresh from HQ writes to no HQ: a schedule runs it whichever workspace the window has open.
  inImportedWorkspaceFor: ({ job }) => runsInImportedWorkspace(job.jobId),
  long: true,
  activity: ({ job }) => `running ${JOBS[job.jobId].name}`,
  // A run says itself whether its writes found room (executeRun).
  provesRoom: false,
  // Its place in line is claimed before the first await, so two runs arriving together queue up.
  handle: ({ job, trigger, batchJobId }, ctx) => ctx.inLine(`job ${job.jobId}`, async (ahead) => {
    const { db } = ctx;
    const runId = await startRun(db, { jobId: job.jobId, scopeLabel: await describeJobRequest(ctx, job), trigger, batchJobId }, ahead ? 'Waiting' : 'Executing', ctx.now());
    ctx.answerCancelAs(runCancelName(runId));
    await ahead?.catch(() => undefined);
    const run = await executeRun(db, runId, ctx, jobBody(ctx, job, runId), ctx.stallLimitMs);
    const { id, status, processed, succeeded, failed, skipped, error } = run;
    return { runId: id ?? null, status, error: error === null ? null : clipMessage(error), counts: { processed, succeeded, failed, skipped } };
  }),
});
