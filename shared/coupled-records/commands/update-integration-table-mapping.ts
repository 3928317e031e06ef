import { z } from 'zod';
import { defineCommand, doneResult } from '../../command/define-command';
import { updateIntegrationTableMapping } from '../crm-simulator';

/** The CUSTOMER mapping: on or off, and how it resolves a conflict or a deletion itself. */
export const updateIntegrationTableMappingCommand = defineCommand({
  type: 'updateIntegrationTableMapping',
  input: {
    mapping: z.object({
      name: z.literal('CUSTOMER'), enabled: z.boolean(),
      updateConflictResolution: z.enum(['None', 'SendUpdate', 'GetUpdate']), deletionConflictResolution: z.enum(['None', 'RestoreRecords', 'RemoveCoupling']),
    }).strict(),
  },
  result: doneResult,
  inImportedWorkspace: false,
  activity: 'saving the mapping',
  handle: async ({ mapping }, { db }) => {
    await updateIntegrationTableMapping(db, mapping);
    return {};
  },
});
