import { z } from 'zod';
import { defineCommand, doneResult } from '../../command/define-command';
import { idSchema } from '../../platform/limits';
import { simulateCoupledChange } from '../crm-simulator';

/** The CRM simulator: a coupled customer edited or deleted on one side. */
export const simulateCoupledChangeCommand = defineCommand({
  type: 'simulateCoupledChange',
  input: { integrationId: idSchema, change: z.enum(['editHq', 'editCrm', 'deleteHq', 'deleteCrm']) },
  result: doneResult,
  inImportedWorkspace: false,
  activity: 'changing the customer',
  handle: async ({ integrationId, change }, { db, now }) => {
    await simulateCoupledChange(db, integrationId, change, now());
    return {};
  },
});
