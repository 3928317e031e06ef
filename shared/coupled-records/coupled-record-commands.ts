import { z } from 'zod';
import { MAPPED_FIELDS, type MappedField } from './coupled-records';
import { counterSchema } from '../platform/limits';
import { userSchema } from '../command/define-command';

/** The couplings a person chose, as coupled records' commands (commands/) and their runs name them. */
export const couplingIds = z.array(counterSchema).min(1).max(10_000);
const side = z.enum(['hq', 'crm']);
const fieldChoices = z.object(Object.fromEntries(MAPPED_FIELDS.map((f) => [f, side])) as Record<MappedField, typeof side>).strict();

/**
 * An Integration synchronization run for chosen couplings (coupled-records-request.ts): the job
 * runner runs it, so it reaches the HQ worker as a runJob's request.
 */
export const coupledRecordsRequestSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('synchronize'), couplingIds, user: userSchema,
    choice: z.discriminatedUnion('direction', [
      z.object({ direction: z.enum(['send', 'get']) }),
      z.object({ direction: z.literal('merge'), choices: fieldChoices }),
    ]),
  }),
  z.object({ action: z.literal('restoreRecords'), couplingIds, user: userSchema }),
]).refine((request) => request.action !== 'synchronize' || request.choice.direction !== 'merge' || request.couplingIds.length === 1, {
  message: 'Merge data is for one record at a time: choose Send data update or Get data update for several',
});
