import { z } from 'zod';
import { defineCommand, doneResult, userSchema } from '../../command/define-command';
import { addAuditNote } from '../audit-notes';
import { transactionKeySchema } from './order-command-fields';

/** An auditor's note beside a transaction. */
export const addAuditNoteCommand = defineCommand({
  type: 'addAuditNote',
  input: { key: transactionKeySchema, text: z.string().trim().min(1).max(4000), user: userSchema },
  result: doneResult,
  inImportedWorkspace: true,
  activity: 'adding the note',
  handle: async ({ key, text, user }, ctx) => {
    await addAuditNote(ctx.db, key, text, user, ctx.now());
    return {};
  },
});
