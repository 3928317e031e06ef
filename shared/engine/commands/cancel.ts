import { z } from 'zod';
import { cancelIdSchema, defineCommand, doneResult } from '../../command/define-command';
import { counterSchema } from '../../platform/limits';
import { runCancelName } from './run-job';

/**
 * Stops a long command between items: the one its client started under a cancelId (a Synchronize
 * all, an import, Find for deleted), or a run by its number (Run history cancels runs the job
 * runner started). Each stops as its Cancel says: it keeps what it did, items being atomic.
 */
export const cancelCommand = defineCommand({
  type: 'cancel',
  input: { target: z.union([z.object({ cancelId: cancelIdSchema }), z.object({ runId: counterSchema })]) },
  result: doneResult,
  inImportedWorkspace: true,
  activity: 'canceling',
  // It writes nothing of its own.
  provesRoom: false,
  handle: async ({ target }, ctx) => {
    ctx.cancel('cancelId' in target ? target.cancelId : runCancelName(target.runId));
    return {};
  },
});
