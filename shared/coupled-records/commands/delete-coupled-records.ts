import { defineCommand, userSchema } from '../../command/define-command';
import { deleteCoupledRecords } from '../coupled-actions';
import { couplingIds } from '../coupled-record-commands';
import { couplingCountsResult } from './coupling-counts';

/** Delete coupled records: the record left on one side deleted, and its coupling with it. */
export const deleteCoupledRecordsCommand = defineCommand({
  type: 'deleteCoupledRecords',
  input: { couplingIds, user: userSchema },
  result: couplingCountsResult,
  inImportedWorkspace: false,
  activity: 'deleting the records',
  handle: async ({ couplingIds, user }, { db, now }) => ({ counts: await deleteCoupledRecords(db, couplingIds, user, now) }),
});
