import { defineCommand } from '../../command/define-command';
import { retryAllCouplings } from '../coupled-actions';
import { couplingCountsResult } from './coupling-counts';

/** Retry all: every coupling whose synchronization failed is tried by the next run. */
export const retryAllCouplingsCommand = defineCommand({
  type: 'retryAllCouplings',
  input: {},
  result: couplingCountsResult,
  inImportedWorkspace: false,
  activity: 'retrying the couplings',
  handle: async (_input, { db }) => ({ counts: await retryAllCouplings(db) }),
});
