import { z } from 'zod';
import { defineCommand, doneResult, userSchema } from '../../command/define-command';
import { setOrderEditing } from '../transaction-edits';
import { transactionKeySchema } from './order-command-fields';

/** Editing on or off: the jobs leave a transaction in Editing alone. */
export const setOrderEditingCommand = defineCommand({
  type: 'setOrderEditing',
  // Who sets Editing is kept with it (the workspace's Left in Editing); a caller without a person (a test, a script) may leave it out.
  input: { key: transactionKeySchema, editing: z.boolean(), user: userSchema.optional() },
  result: doneResult,
  inImportedWorkspace: true,
  activity: ({ editing }) => (editing ? 'starting to edit the transaction' : 'finishing editing the transaction'),
  handle: async ({ key, editing, user }, ctx) => {
    await setOrderEditing(ctx.db, key, editing, user ? { user, at: ctx.now() } : undefined);
    return {};
  },
});
