import { z } from 'zod';
import { cancelIdSchema, defineCommand } from '../../command/define-command';
import { idSchema } from '../../platform/limits';
import { batchOutcome, commandOutcomeSchema } from '../../runner/run-outcome';
import { synchronizeCustomerBatch, synchronizeCustomerOperations } from '../synchronize/synchronize-customers-job';

/**
 * Synchronize of chosen customer operations; with a cancelId it is a Synchronize all (a list's or a
 * root cause's), which a cancel stops between chunks and which then ends Canceled with what it did.
 */
export const synchronizeCustomerOperationsCommand = defineCommand({
  type: 'synchronizeCustomerOperations',
  input: { operationIds: z.array(idSchema).min(1).max(10_000), cancelId: cancelIdSchema.optional() },
  result: commandOutcomeSchema,
  inImportedWorkspace: false,
  activity: 'synchronizing the customer operations',
  handle: async ({ operationIds, cancelId }, ctx) => {
    if (cancelId) return batchOutcome(await synchronizeCustomerBatch(ctx.db, operationIds, ctx));
    return { runId: null, status: null, error: null, counts: (await synchronizeCustomerOperations(ctx.db, operationIds, ctx)).counts };
  },
});
