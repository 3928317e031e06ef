import { z } from 'zod';
import { defineCommand } from '../../command/define-command';
import { runCountsSchema } from '../../runner/run-outcome';
import { synchronizeOrders } from '../synchronize/synchronize-orders-job';
import { transactionKeySchema } from './order-command-fields';

/** A person's Synchronize order(s): the orders chosen, a chunk at a time, each exactly once. */
export const synchronizeOrdersCommand = defineCommand({
  type: 'synchronizeOrders',
  input: { keys: z.array(transactionKeySchema).min(1).max(10_000) },
  result: z.object({ counts: runCountsSchema }),
  inImportedWorkspace: false,
  activity: 'synchronizing the orders',
  handle: async ({ keys }, ctx) => ({ counts: await synchronizeOrders(ctx.db, keys, ctx) }),
});
