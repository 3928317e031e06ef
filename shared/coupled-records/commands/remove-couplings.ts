import { defineCommand, userSchema } from '../../command/define-command';
import { removeCouplings } from '../coupled-actions';
import { couplingIds } from '../coupled-record-commands';
import { couplingCountsResult } from './coupling-counts';

/** Remove coupling: an Uncoupling job saying who and why. */
export const removeCouplingsCommand = defineCommand({
  type: 'removeCouplings',
  input: { couplingIds, user: userSchema },
  result: couplingCountsResult,
  inImportedWorkspace: false,
  activity: 'removing the couplings',
  handle: async ({ couplingIds, user }, { db, now }) => ({ counts: await removeCouplings(db, couplingIds, user, now) }),
});
