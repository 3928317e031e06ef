import { z } from 'zod';
import { defineCommand, userSchema } from '../../command/define-command';
import { idSchema } from '../../platform/limits';
import { setUpCoupling } from '../coupled-actions';
import { couplingCountsResult } from './coupling-counts';

/** Set up coupling: an HQ customer coupled with a CRM account (a Coupling job), then nothing, Send or Get. */
export const setUpCouplingCommand = defineCommand({
  type: 'setUpCoupling',
  input: { integrationId: idSchema, crmId: idSchema, syncAction: z.enum(['none', 'send', 'get']), user: userSchema },
  result: couplingCountsResult,
  inImportedWorkspace: false,
  activity: 'setting up the coupling',
  handle: async ({ integrationId, crmId, syncAction, user }, { db, now }) => ({ counts: await setUpCoupling(db, integrationId, crmId, syncAction, user, now) }),
});
