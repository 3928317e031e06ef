import { defineCommand } from '../../command/define-command';
import { retryCouplings } from '../coupled-actions';
import { couplingIds } from '../coupled-record-commands';
import { couplingCountsResult } from './coupling-counts';

/** Retry: the chosen couplings' failed synchronization is tried by the next run. */
export const retryCouplingsCommand = defineCommand({
  type: 'retryCouplings',
  input: { couplingIds },
  result: couplingCountsResult,
  inImportedWorkspace: false,
  activity: 'retrying the couplings',
  handle: async ({ couplingIds }, { db }) => ({ counts: await retryCouplings(db, couplingIds) }),
});
