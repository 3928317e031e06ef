import { z } from 'zod';
import { defineCommand } from '../../command/define-command';
import { counterSchema } from '../../platform/limits';
import { deleteSynchJobErrors } from '../coupled-actions';

/** Integration Synch. Job Errors' Delete entries older than 7 days, or all; answers how many went. */
export const deleteSynchJobErrorsCommand = defineCommand({
  type: 'deleteSynchJobErrors',
  input: { olderThanDays: z.literal(7).nullable() },
  result: z.object({ deleted: counterSchema }),
  inImportedWorkspace: false,
  activity: 'deleting the setup errors',
  handle: async ({ olderThanDays }, { db, now }) => ({ deleted: await deleteSynchJobErrors(db, olderThanDays, now()) }),
});
