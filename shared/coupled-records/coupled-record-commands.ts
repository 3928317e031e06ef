import { z } from 'zod';
import { MAPPED_FIELDS, type MappedField } from './coupled-records';
import { counterSchema, idSchema } from '../platform/limits';

/** The HQ commands of coupled records (seed 004): the error page's actions, the CRM simulator and the mapping. */
const couplingIds = z.array(counterSchema).min(1).max(10_000);
const side = z.enum(['hq', 'crm']);
const fieldChoices = z.object(Object.fromEntries(MAPPED_FIELDS.map((f) => [f, side])) as Record<MappedField, typeof side>).strict();

export const coupledRecordCommands = [
  z.object({ type: z.literal('retryCouplings'), couplingIds }),
  z.object({ type: z.literal('retryAllCouplings') }),
  z.object({
    type: z.literal('synchronizeCouplings'), couplingIds,
    choice: z.discriminatedUnion('direction', [
      z.object({ direction: z.enum(['send', 'get']) }),
      z.object({ direction: z.literal('merge'), choices: fieldChoices }),
    ]),
  }),
  z.object({ type: z.literal('removeCouplings'), couplingIds }),
  z.object({ type: z.literal('restoreCoupledRecords'), couplingIds }),
  z.object({ type: z.literal('deleteCoupledRecords'), couplingIds }),
  z.object({ type: z.literal('setUpCoupling'), integrationId: idSchema, crmId: idSchema, direction: z.enum(['send', 'get']) }),
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
