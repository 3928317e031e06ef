import { z } from 'zod';
import { defineCommand, userSchema } from '../../command/define-command';
import { counterSchema } from '../../platform/limits';
import { ENTITY_NAMES } from '../transaction-entities';
import { saveTransactionEdits } from '../transaction-edits';
import { transactionKeySchema } from './order-command-fields';

/** Save in Edit and audit: every typed value checked against its field, one audit row per changed field; answers how many changed. */
export const saveTransactionEditsCommand = defineCommand({
  type: 'saveTransactionEdits',
  input: {
    key: transactionKeySchema,
    changes: z.array(z.object({
      entity: z.enum(ENTITY_NAMES as [string, ...string[]]).transform((e) => e as (typeof ENTITY_NAMES)[number]),
      lineId: counterSchema.nullable(), field: z.string().min(1).max(64), value: z.string().max(10_000),
    })).min(1).max(500),
    user: userSchema,
  },
  result: z.object({ changed: counterSchema }),
  inImportedWorkspace: true,
  activity: 'saving the changes',
  handle: async ({ key, changes, user }, ctx) => ({ changed: await saveTransactionEdits(ctx.db, key, changes, user, ctx.now()) }),
});
