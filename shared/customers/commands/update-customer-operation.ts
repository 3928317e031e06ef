import { z } from 'zod';
import { defineCommand, userSchema } from '../../command/define-command';
import { counterSchema, LIMITS, idSchema } from '../../platform/limits';
import { updateCustomerOperation, type FieldChange } from '../customer-operation-edits';

/** Save in the Customer attributes grid: an operation's new values corrected, each audited; answers how many changed. */
export const updateCustomerOperationCommand = defineCommand({
  type: 'updateCustomerOperation',
  input: {
    operationId: idSchema,
    changes: z.array(z.object({
      field: z.string().max(LIMITS.idLength).regex(/^(name|email|phone|customerGroup|street|city|zipCode|countryRegionId|attribute:.+)$/),
      newValue: z.string().max(10_000),
    })).min(1).max(50),
    editedBy: userSchema,
  },
  result: z.object({ changed: counterSchema }),
  inImportedWorkspace: true,
  activity: 'saving the customer attributes',
  handle: async ({ operationId, changes, editedBy }, ctx) =>
    // The pattern above admits only the fields an operation has (OperationField).
    ({ changed: await updateCustomerOperation(ctx.db, operationId, changes as FieldChange[], editedBy, ctx.now()) }),
});
