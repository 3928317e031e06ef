import { cancelIdSchema, defineCommand } from '../../command/define-command';
import { UserFacingError, isAbort } from '../../platform/user-facing-error';
import { findCouplingsForDeleted } from '../coupled-actions';
import { couplingCountsResult } from './coupling-counts';

/** Find for deleted: every coupling checked for a record deleted on either side; a cancel by its cancelId stops it. */
export const findCouplingsForDeletedCommand = defineCommand({
  type: 'findCouplingsForDeleted',
  input: { cancelId: cancelIdSchema.optional() },
  result: couplingCountsResult,
  inImportedWorkspace: false,
  activity: 'finding couplings for deleted records',
  handle: async (_input, ctx) => {
    try {
      return { counts: await findCouplingsForDeleted(ctx.db, ctx) };
    } catch (error) {
      if (ctx.signal.aborted && isAbort(error)) throw new UserFacingError('Find for deleted was canceled: the couplings it had already checked keep what it found.');
      throw error;
    }
  },
});
