import { z } from 'zod';
import { cancelIdSchema, defineCommand } from '../../command/define-command';
import { batchOutcome, commandOutcomeSchema } from '../../runner/run-outcome';
import { synchronizeMatchingOrders } from '../synchronize/synchronize-matching';
import { transactionFilterSchema } from './order-command-fields';

/** Synchronize all that match: every order the lists' filters match, a chunk at a time; a cancel by its cancelId stops it between chunks. */
export const synchronizeMatchingOrdersCommand = defineCommand({
  type: 'synchronizeMatchingOrders',
  input: { cancelId: cancelIdSchema, filters: z.array(transactionFilterSchema).min(1).max(2) },
  result: commandOutcomeSchema,
  inImportedWorkspace: false,
  activity: 'synchronizing all the orders that match',
  handle: async ({ filters }, ctx) => batchOutcome(await synchronizeMatchingOrders(ctx.db, filters, ctx)),
});
