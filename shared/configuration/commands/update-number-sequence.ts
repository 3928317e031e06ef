import { z } from 'zod';
import { defineCommand, doneResult } from '../../command/define-command';
import { idSchema, LIMITS } from '../../platform/limits';
import { updateNumberSequence } from '../configuration-commands';

/** A number a person typed: every finite value within exact integers, so the rules can say what is wrong with it in words. */
const typedNumber = z.number().min(-LIMITS.largestNumber).max(LIMITS.largestNumber);

/** Number sequences' Save: Next and Largest, checked against the stored sequence. */
export const updateNumberSequenceCommand = defineCommand({
  type: 'updateNumberSequence',
  input: { code: idSchema, next: typedNumber, largest: typedNumber },
  result: doneResult,
  inImportedWorkspace: false,
  activity: 'saving the number sequence',
  handle: async ({ code, next, largest }, ctx) => {
    await updateNumberSequence(ctx.db, code, { next, largest });
    return {};
  },
});
