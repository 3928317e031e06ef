import { defineCommand, doneResult, userSchema } from '../../command/define-command';
import { counterSchema } from '../../platform/limits';
import { removeTransactionLine } from '../transaction-edits';
import { lineEntitySchema, transactionKeySchema } from './order-command-fields';

/** A line removed from a transaction, in the audit trail. */
export const removeTransactionLineCommand = defineCommand({
  type: 'removeTransactionLine',
  input: { key: transactionKeySchema, entity: lineEntitySchema, lineId: counterSchema, user: userSchema },
  result: doneResult,
  inImportedWorkspace: true,
  activity: 'removing the line',
  handle: async ({ key, entity, lineId, user }, ctx) => {
    await removeTransactionLine(ctx.db, key, entity, lineId, user, ctx.now());
    return {};
  },
});
