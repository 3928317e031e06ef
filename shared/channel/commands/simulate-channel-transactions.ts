import { z } from 'zod';
import { defineCommand } from '../../command/define-command';
import { counterSchema } from '../../platform/limits';
import { TRANSACTION_FAULT_KINDS } from '../simulator/channel-faults';
import { simulateChannelTransactions } from '../simulator/simulate-channel-transactions';

/** The channel simulator: transactions recorded in the channel databases, one kind of bad data among them if asked. */
export const simulateChannelTransactionsCommand = defineCommand({
  type: 'simulateChannelTransactions',
  input: { count: z.number().int().min(1).max(1000), fault: z.enum(TRANSACTION_FAULT_KINDS).nullable() },
  result: z.object({ recorded: counterSchema }),
  inImportedWorkspace: false,
  long: true,
  activity: 'recording the channel transactions',
  handle: async ({ count, fault }, ctx) => ({ recorded: (await simulateChannelTransactions(ctx.db, count, ctx.now(), fault)).length }),
});
