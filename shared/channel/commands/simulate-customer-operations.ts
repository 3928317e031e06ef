import { z } from 'zod';
import { defineCommand } from '../../command/define-command';
import { runCountsSchema } from '../../runner/run-outcome';
import { CUSTOMER_FAULT_KINDS } from '../simulator/channel-faults';
import { simulateCustomerOperations } from '../simulator/simulate-channel-customers';

/** The channel simulator: customers created or edited offline; answers how many became operations (succeeded) and how many were edited in real time (skipped). */
export const simulateCustomerOperationsCommand = defineCommand({
  type: 'simulateCustomerOperations',
  input: { kind: z.enum(['create', 'edit']), count: z.number().int().min(1).max(500), fault: z.enum(CUSTOMER_FAULT_KINDS).nullable() },
  result: z.object({ counts: runCountsSchema }),
  inImportedWorkspace: false,
  long: true,
  activity: 'recording the channel customers',
  handle: async ({ kind, count, fault }, ctx) => ({ counts: await simulateCustomerOperations(ctx.db, kind, count, ctx.now(), fault) }),
});
