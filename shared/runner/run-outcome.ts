import { z } from 'zod';
import { counterSchema, LIMITS } from '../platform/limits';
import type { RunCounts } from './job-runs';

export const runCountsSchema = z.object({
  processed: counterSchema, succeeded: counterSchema, failed: counterSchema, skipped: counterSchema,
});

export const jobRunStatusSchema = z.enum(['Waiting', 'Executing', 'Ended', 'Error', 'Canceled']);

/** What a job run or a batch of work (a Synchronize all) did: the run's id, its final status and error, and its counts. */
export const commandOutcomeSchema = z.object({
  runId: counterSchema.nullable(),
  status: jobRunStatusSchema.nullable(),
  counts: runCountsSchema.nullable(),
  error: z.string().max(LIMITS.message).nullable(),
});
export type CommandOutcome = z.infer<typeof commandOutcomeSchema>;

/** What a job body reports: its counts, and an error when part of the work failed. */
export interface JobOutcome {
  counts: RunCounts;
  error: string | null;
  /** Records that failed alone (counted in failed), each named with its reason; the run still Ends. */
  recordProblems?: string[];
}

/** What a Synchronize all came to: the counts of the orders or customer operations it took, and whether it was canceled midway. */
export interface BatchOutcome {
  counts: RunCounts;
  canceled: boolean;
}

/** A Synchronize all's answer: what it did, and Canceled if a cancel stopped it between chunks. */
export const batchOutcome = ({ counts, canceled }: BatchOutcome): CommandOutcome => ({ runId: null, status: canceled ? 'Canceled' : 'Ended', counts, error: null });
