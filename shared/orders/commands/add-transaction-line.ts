import { z } from 'zod';
import { defineCommand, userSchema } from '../../command/define-command';
import { counterSchema } from '../../platform/limits';
import { addTransactionLine } from '../transaction-edits';
import { lineEntitySchema, transactionKeySchema } from './order-command-fields';

/** A new, empty line in one of a transaction's line tables, in the audit trail; answers with the line's id. */
export const addTransactionLineCommand = defineCommand({
  type: 'addTransactionLine',
  input: { key: transactionKeySchema, entity: lineEntitySchema, user: userSchema },
  result: z.object({ lineId: counterSchema }),
  inImportedWorkspace: true,
  activity: 'adding the line',
  handle: async ({ key, entity, user }, ctx) => ({ lineId: await addTransactionLine(ctx.db, key, entity, user, ctx.now()) }),
});
