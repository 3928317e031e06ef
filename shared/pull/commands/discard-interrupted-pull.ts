import { z } from 'zod';
import { defineCommand } from '../../command/define-command';
import { workspaceDeps } from '../../import/commands/workspace-deps';
import { discardInterruptedPull } from '../interrupted-pulls';

/** Discard on a pull or refresh the app closed on: its record goes. Answers whether there was one to discard. */
export const discardInterruptedPullCommand = defineCommand({
  type: 'discardInterruptedPull',
  input: { id: z.uuid() },
  result: z.object({ discarded: z.boolean() }),
  inImportedWorkspace: true,
  activity: 'discarding the interrupted pull',
  handle: async ({ id }, ctx) => ({ discarded: await discardInterruptedPull(workspaceDeps(ctx).registry, id) }),
});
