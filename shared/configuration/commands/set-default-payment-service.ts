import { z } from 'zod';
import { defineCommand, doneResult } from '../../command/define-command';
import { idSchema } from '../../platform/limits';
import { setDefaultPaymentService } from '../configuration-commands';

/** The default processor for new credit cards: choosing one clears the others. */
export const setDefaultPaymentServiceCommand = defineCommand({
  type: 'setDefaultPaymentService',
  input: { serviceId: idSchema, isDefault: z.boolean() },
  result: doneResult,
  inImportedWorkspace: false,
  activity: 'saving the payment service',
  handle: async ({ serviceId, isDefault }, ctx) => {
    await setDefaultPaymentService(ctx.db, serviceId, isDefault);
    return {};
  },
});
