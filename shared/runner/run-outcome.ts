import { z } from 'zod';
import { counterSchema, LIMITS } from '../platform/limits';
import type { RunCounts } from './job-runs';

export const runCountsSchema = z.object({
  processed: counterSchema, succeeded: counterSchema, failed: counterSchema, skipped: counterSchema,
});

export const jobRunStatusSchema = z.enum(['Waiting', 'Executing', 'Ended', 'Error', 'Canceled']);

/** What a command did: a job run's id, final status and error, and the counts of any batch of work. */
export const commandOutcomeSchema = z.object({
  runId: counterSchema.nullable(),
  status: jobRunStatusSchema.nullable(),
  counts: runCountsSchema.nullable(),
  error: z.string().max(LIMITS.message).nullable(),
  /** importFiles: OData pages missing from their chains; nothing was imported, and importing what is there needs the person's word. */
  missingPages: z.array(z.string().max(LIMITS.message)).max(500).optional(),
  /** importFiles: the same files were imported before into this workspace, still there; nothing was imported, and importing them again needs the person's word. */
  importedBefore: z.object({ workspaceId: z.string().max(LIMITS.idLength), name: z.string().max(LIMITS.message), createdAt: z.string().max(LIMITS.idLength) }).optional(),
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
