import { z } from 'zod';
import { defineCommand } from '../../command/define-command';

/** Goes on with a paused pull from the page it reached (signed in again, network back). Answers whether such a pull was waiting. */
export const resumePullCommand = defineCommand({
  type: 'resumePull',
  input: { importId: z.uuid() },
  result: z.object({ resumed: z.boolean() }),
  inImportedWorkspace: true,
  provesRoom: false,
  activity: 'resuming the pull',
  handle: ({ importId }, ctx) => Promise.resolve({ resumed: ctx.resumables.resume(importId) }),
});
