import { z } from 'zod';
import { channelDatabaseGroupIdsSchema, counterSchema, idSchema, LIMITS } from '../platform/limits';
import { commandOutcomeSchema } from './run-outcome';

/**
 * The job runner's state and operations, as persisted (electron-store / localStorage) and as
 * they cross the IPC boundary; both ends validate with these schemas.
 */
/** A node of the organization hierarchy a job is scoped to (OrgScope). */
export const orgScopeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('all') }),
  z.object({ kind: z.literal('region'), id: idSchema }),
  z.object({ kind: z.literal('store'), id: idSchema }),
]);

const groups = channelDatabaseGroupIdsSchema;

/** What one run of a job is asked to do (JobRequest). */
export const jobRequestSchema = z.discriminatedUnion('jobId', [
  z.object({ jobId: z.literal('P-0001'), channelDatabaseGroupIds: groups }),
  z.object({ jobId: z.literal('1010'), channelDatabaseGroupIds: groups }),
  z.object({ jobId: z.literal('1070'), channelDatabaseGroupIds: groups }),
  z.object({ jobId: z.literal('1110'), channelDatabaseGroupIds: groups }),
  z.object({ jobId: z.literal('synchronize-orders'), scope: orgScopeSchema }),
  z.object({ jobId: z.literal('synchronize-customers') }),
  z.object({ jobId: z.literal('integration-synchronization') }),
]);

export const triggerSchema = z.enum(['manual', 'schedule']);

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

/** A run main sends the renderer to carry out, under the id its result comes back with. */
export const runDispatchMessageSchema = z.object({ dispatchId: counterSchema, run: runDispatchSchema });
export type RunDispatchMessage = z.infer<typeof runDispatchMessageSchema>;

/** A run's result as the renderer reports it back to the runner in main. */
export const runResultSchema = z.object({
  dispatchId: counterSchema,
  result: z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), outcome: commandOutcomeSchema }),
    z.object({ ok: z.literal(false), error: z.string().max(LIMITS.message) }),
  ]),
}).strict();
export type RunResult = z.infer<typeof runResultSchema>;
