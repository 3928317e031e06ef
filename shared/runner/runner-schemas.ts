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

/**
 * An Integration synchronization run for couplings a person chose (Synchronize, Restore records),
 * as the runner carries it: checked here for shape and size; the HQ worker checks a Merge's field
 * names against the mapping before it runs (coupled-records/coupled-record-commands.ts).
 */
const couplingIds = z.array(counterSchema).min(1).max(10_000);
const requestedBy = z.string().min(1).max(100);
const side = z.enum(['hq', 'crm']);
export const couplingsRequestSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('synchronize'), couplingIds, user: requestedBy,
    choice: z.discriminatedUnion('direction', [
      z.object({ direction: z.enum(['send', 'get']) }),
      z.object({ direction: z.literal('merge'), choices: z.record(z.string().min(1).max(LIMITS.idLength), side).refine((c) => Object.keys(c).length <= 100, 'too many fields') }),
    ]),
  }),
  z.object({ action: z.literal('restoreRecords'), couplingIds, user: requestedBy }),
]).refine((request) => request.action !== 'synchronize' || request.choice.direction !== 'merge' || request.couplingIds.length === 1, {
  message: 'Merge data is for one record at a time: choose Send data update or Get data update for several',
});
export type CouplingsRequest = z.infer<typeof couplingsRequestSchema>;

/** What one run of a job is asked to do (JobRequest). */
export const jobRequestSchema = z.discriminatedUnion('jobId', [
  z.object({ jobId: z.literal('P-0001'), channelDatabaseGroupIds: groups }),
  z.object({ jobId: z.literal('1010'), channelDatabaseGroupIds: groups }),
  z.object({ jobId: z.literal('1070'), channelDatabaseGroupIds: groups }),
  z.object({ jobId: z.literal('1110'), channelDatabaseGroupIds: groups }),
  z.object({ jobId: z.literal('synchronize-orders'), scope: orgScopeSchema }),
  z.object({ jobId: z.literal('synchronize-customers') }),
  z.object({ jobId: z.literal('integration-synchronization'), records: couplingsRequestSchema.optional() }),
  // A workspace's id as the registry keeps it (a uuid); the HQ worker says so in words if it is gone or was not pulled.
  z.object({ jobId: z.literal('refresh-from-hq'), workspaceId: z.uuid() }),
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

/** A batch job recurs: a synchronization of the couplings a person chose runs once, and is refused here. */
export const newBatchJobSchema = z.object({
  request: jobRequestSchema.refine((request) => !('records' in request && request.records), { message: 'a synchronization of chosen coupled records runs once, not as a recurring batch job' }),
  recurrence: recurrenceSchema,
});
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
