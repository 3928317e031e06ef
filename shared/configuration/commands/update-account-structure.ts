import { z } from 'zod';
import { defineCommand, doneResult } from '../../command/define-command';
import { idSchema, LIMITS } from '../../platform/limits';
import { updateAccountStructure } from '../configuration-commands';

/** An account structure's allowed main account ranges. */
export const updateAccountStructureCommand = defineCommand({
  type: 'updateAccountStructure',
  input: {
    structureId: idSchema,
    ranges: z.array(z.object({ from: z.string().max(LIMITS.idLength), to: z.string().max(LIMITS.idLength) })).max(100),
  },
  result: doneResult,
  inImportedWorkspace: false,
  activity: 'saving the account structure',
  handle: async ({ structureId, ranges }, ctx) => {
    await updateAccountStructure(ctx.db, structureId, ranges);
    return {};
  },
});
