import { cancelIdSchema, defineCommand } from '../../command/define-command';
import { batchOutcome, commandOutcomeSchema } from '../../runner/run-outcome';
import { checkData } from '../check-data/check-data';

/**
 * Check data (an imported workspace): Synchronize orders' own rules over every transaction,
 * read-only, a chunk at a time; it writes only what it found, beside the export. A cancel by its
 * cancelId stops it between chunks.
 */
export const checkDataCommand = defineCommand({
  type: 'checkData',
  input: { cancelId: cancelIdSchema },
  result: commandOutcomeSchema,
  inImportedWorkspace: true,
  long: true,
  activity: 'checking the data',
  handle: async (_input, ctx) => batchOutcome(await checkData(ctx.db, ctx)),
});
