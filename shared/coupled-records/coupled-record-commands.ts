import { z } from 'zod';
import { MAPPED_FIELDS, type MappedField } from './coupled-records';
import { counterSchema, idSchema } from '../platform/limits';

/** The HQ commands of coupled records (seed 004): the error page's actions, the CRM simulator and the mapping. */
const couplingIds = z.array(counterSchema).min(1).max(10_000);
const side = z.enum(['hq', 'crm']);
const fieldChoices = z.object(Object.fromEntries(MAPPED_FIELDS.map((f) => [f, side])) as Record<MappedField, typeof side>).strict();

/** Who asked, named in the jobs (the Uncoupling Log's who). */
const user = z.string().min(1).max(100);

/**
 * An Integration synchronization run for chosen couplings (coupled-records-request.ts): the job
 * runner runs it, so it reaches the HQ worker as a runJob's request.
 */
export const coupledRecordsRequestSchema = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('synchronize'), couplingIds, user,
    choice: z.discriminatedUnion('direction', [
      z.object({ direction: z.enum(['send', 'get']) }),
      z.object({ direction: z.literal('merge'), choices: fieldChoices }),
    ]),
  }),
  z.object({ action: z.literal('restoreRecords'), couplingIds, user }),
]).refine((request) => request.action !== 'synchronize' || request.choice.direction !== 'merge' || request.couplingIds.length === 1, {
  message: 'Merge data is for one record at a time: choose Send data update or Get data update for several',
});

export const coupledRecordCommands = [
  z.object({ type: z.literal('retryCouplings'), couplingIds }),
  z.object({ type: z.literal('retryAllCouplings') }),
  z.object({ type: z.literal('removeCouplings'), couplingIds, user }),
  z.object({ type: z.literal('deleteCoupledRecords'), couplingIds, user }),
  z.object({ type: z.literal('setUpCoupling'), integrationId: idSchema, crmId: idSchema, syncAction: z.enum(['none', 'send', 'get']), user }),
  /** Find for deleted runs under an id, so Cancel can reach it. */
  z.object({ type: z.literal('findCouplingsForDeleted'), requestId: z.uuid() }),
  z.object({ type: z.literal('cancelFindCouplingsForDeleted'), requestId: z.uuid() }),
  z.object({ type: z.literal('deleteSynchJobErrors'), olderThanDays: z.literal(7).nullable() }),
  z.object({ type: z.literal('simulateCoupledChange'), integrationId: idSchema, change: z.enum(['editHq', 'editCrm', 'deleteHq', 'deleteCrm']) }),
  z.object({
    type: z.literal('updateIntegrationTableMapping'),
    mapping: z.object({
      name: z.literal('CUSTOMER'), enabled: z.boolean(),
      updateConflictResolution: z.enum(['None', 'SendUpdate', 'GetUpdate']), deletionConflictResolution: z.enum(['None', 'RestoreRecords', 'RemoveCoupling']),
    }).strict(),
  }),
] as const;
