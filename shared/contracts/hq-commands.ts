import { z } from 'zod';
import { counterSchema, LIMITS } from '../platform/limits';
import { jobRunStatusSchema, runCountsSchema } from '../runner/run-outcome';
import { commandDefinition, HQ_COMMAND_INPUTS, type HqCommandType } from '../engine/command-registry';
import { pullStatusSchema } from '../pull/pull-status';
import { hqReadAnswerSchema, hqReadRequestSchema } from '../pull/hq-read';

/**
 * The HQ worker's contract: every mutation of the headquarters simulation is one of these
 * commands, each declared once in the registry (engine/command-registry.ts) with its input, its
 * result and its handler. Both ends validate what they receive: the worker each command, the
 * client each answer (the result by its command's own schema).
 */
export const hqCommandSchema = z.discriminatedUnion('type', HQ_COMMAND_INPUTS);
export type { HqCommand, HqCommandOf, HqCommandResult, HqCommandType } from '../engine/command-registry';

/** What a command's answer must be: the client checks each against it before its caller sees it. */
export const resultSchemaOf = (type: HqCommandType): z.ZodType => commandDefinition(type).result;

/** What the HQ worker is started on: the workspace's database, and whether it is an imported (read-only) one. Passed as the worker's name. */
export const hqWorkerConfigSchema = z.object({ databaseName: z.string().min(1).max(200), readOnly: z.boolean() });
export type HqWorkerConfig = z.infer<typeof hqWorkerConfigSchema>;

export const hqRequestSchema = z.object({ requestId: counterSchema, command: hqCommandSchema });
export type HqRequest = z.infer<typeof hqRequestSchema>;

/**
 * The page hands the work to another window: the worker ends or cancels what it holds, closes the
 * database and lets go of the writer lock, then answers `released` (renderer/hq/writer-handover.ts).
 */
export const hqReleaseSchema = z.object({ kind: z.literal('release') }).strict();

/** The page's answer to the worker's hqRead: what the host's connector answered (never a token). */
export const hqReadAnswerMessageSchema = z.object({ kind: z.literal('hqReadAnswer'), readId: counterSchema, answer: hqReadAnswerSchema }).strict();

export const hqResponseSchema = z.discriminatedUnion('kind', [
  /** readOnly: 'newerVersion' when the database was written by a newer Sync Console (shared/db/newer-version.ts). */
  z.object({ kind: z.literal('ready'), readOnly: z.enum(['newerVersion']).nullable() }),
  /** writerElsewhere: another window's worker kept the writer lock (the page then offers to take the work over). */
  z.object({ kind: z.literal('startFailed'), message: z.string(), writerElsewhere: z.boolean() }),
  z.object({ kind: z.literal('progress'), requestId: z.number(), counts: runCountsSchema, total: z.number() }),
  /** result: what the command answers with, checked by the client against its command's result schema. */
  z.object({ kind: z.literal('done'), requestId: z.number(), result: z.unknown() }),
  z.object({
    kind: z.literal('failed'), requestId: z.number(), message: z.string(),
    fieldErrors: z.record(z.string(), z.string()).nullable(),
    /** importFiles: the chosen file the import refused, when one was (the Import screen marks it). */
    refusedFile: z.string().max(260).optional(),
  }),
  /** The storage as the worker found it (shared/db/storage-status.ts): full, and the writes waiting for room. */
  z.object({
    kind: z.literal('storage'), full: z.boolean(), waitingWrites: counterSchema,
    runEnds: z.array(runCountsSchema.extend({
      runId: counterSchema, status: jobRunStatusSchema, error: z.string().max(LIMITS.message).nullable(), endedAt: z.string().max(LIMITS.idLength).nullable(),
    })).max(LIMITS.runEnds),
  }),
  z.object({ kind: z.literal('released') }),
  /** Where a pull is: pages, rows, a wait HQ asked for, a pause. */
  z.object({ kind: z.literal('pullStatus'), requestId: z.number(), status: pullStatusSchema }),
  /** The worker asks the page to read one page of HQ through the host (the worker holds no token and no connection). */
  z.object({ kind: z.literal('hqRead'), readId: counterSchema, request: hqReadRequestSchema }),
]);
export type HqResponse = z.infer<typeof hqResponseSchema>;
