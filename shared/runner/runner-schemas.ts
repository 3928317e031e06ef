import { z } from 'zod';
import { jobRequestSchema, triggerSchema } from '../contracts/hq-commands';
import { channelDatabaseGroupIdsSchema, idSchema, LIMITS } from '../platform/limits';

/**
 * The job runner's state and operations, as persisted (electron-store / localStorage) and as
 * they cross the IPC boundary; both ends validate with these schemas.
 */
export const distributionJobIdSchema = z.enum(['P-0001', '1010', '1070', '1110']);

export const distributionEntrySchema = z.object({
  jobId: distributionJobIdSchema,
  /** null: every channel database group. */
  channelDatabaseGroupIds: channelDatabaseGroupIdsSchema,
});
export type DistributionEntry = z.infer<typeof distributionEntrySchema>;

export const MAX_INTERVAL_MINUTES = 7 * 24 * 60;
export const recurrenceSchema = z.object({
  intervalMinutes: z.number().int().min(1).max(MAX_INTERVAL_MINUTES),
  end: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('never') }),
    z.object({ kind: z.literal('after'), runs: z.number().int().min(1).max(100_000) }),
  ]),
});
export type Recurrence = z.infer<typeof recurrenceSchema>;

export const lastRunSchema = z.object({
  runId: z.number().int().min(0).nullable(),
  status: z.enum(['Waiting', 'Executing', 'Ended', 'Error', 'Canceled']),
  endedAt: z.string().max(LIMITS.idLength),
  error: z.string().max(LIMITS.message).nullable(),
});

export const batchJobSchema = z.object({
  id: idSchema,
  request: jobRequestSchema,
  recurrence: recurrenceSchema,
  enabled: z.boolean(),
  /** Scheduled runs started so far, what End after N counts. */
  runsStarted: z.number().int().min(0).max(LIMITS.largestNumber),
  /** null once End after N is reached. */
  nextRunAt: z.string().max(LIMITS.idLength).nullable(),
  createdAt: z.string().max(LIMITS.idLength),
  lastRun: lastRunSchema.nullable(),
});
export type BatchJob = z.infer<typeof batchJobSchema>;

export const runnerStateSchema = z.object({
  version: z.literal(1),
  distribution: z.array(distributionEntrySchema).max(distributionJobIdSchema.options.length),
  batchJobs: z.array(batchJobSchema).max(LIMITS.batchJobs),
});
export type RunnerState = z.infer<typeof runnerStateSchema>;

export const runnerSnapshotSchema = runnerStateSchema.extend({
  /** Jobs with a run under way, and those with a run waiting behind it. */
  executing: z.array(z.string()),
  waiting: z.array(z.string()),
});
export type RunnerSnapshot = z.infer<typeof runnerSnapshotSchema>;

export const newBatchJobSchema = z.object({ request: jobRequestSchema, recurrence: recurrenceSchema });
export type NewBatchJob = z.infer<typeof newBatchJobSchema>;

export const runDispatchSchema = z.object({
  job: jobRequestSchema,
  trigger: triggerSchema,
  batchJobId: idSchema.nullable(),
});
export type RunDispatch = z.infer<typeof runDispatchSchema>;
