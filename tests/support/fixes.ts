import type { HqDatabase } from '../../shared/db/hq-database';
import { SALES_ORDER_SEQUENCE } from '../../shared/domain/configuration';
import { setDefaultPaymentService, updateAccountStructure, updateNumberSequence } from '../../shared/engine/configuration-commands';
import { uploadChannelTransactions } from '../../shared/engine/upload-channel-transactions';
import { runSynchronizeOrdersJob } from '../../shared/engine/synchronize-orders-job';
import { steppingClock } from './memory-database';
import { orderErrorFamily } from '../../shared/engine/order-errors';

/** The three fixes an administrator makes in HQ, through the same commands the fix screens use. */
export const fixes = {
  numberSequence: async (db: HqDatabase) => {
    const current = (await db.numberSequences.get(SALES_ORDER_SEQUENCE))!;
    await updateNumberSequence(db, SALES_ORDER_SEQUENCE, { next: current.next, largest: 999_999 });
  },
  paymentService: (db: HqDatabase) => setDefaultPaymentService(db, 'ADYEN', true),
  accountStructure: (db: HqDatabase) =>
    updateAccountStructure(db, 'MA-CC', [{ from: '600000', to: '699999' }]),
};

export type ErrorFamily = keyof typeof fixes;

export async function failuresByFamily(db: HqDatabase): Promise<Record<ErrorFamily, number>> {
  const tally: Record<ErrorFamily, number> = { numberSequence: 0, paymentService: 0, accountStructure: 0 };
  for (const t of await db.transactions.where('pendingOrderStatus').equals('Failed').toArray()) {
    const family = orderErrorFamily(t.orderErrorDetails ?? '');
    if (family === 'transactionData') throw new Error(`unexpected error: ${t.orderErrorDetails}`);
    tally[family] += 1;
  }
  return tally;
}

export async function uploadAndSynchronize(db: HqDatabase) {
  const ctx = { now: steppingClock() };
  await uploadChannelTransactions(db, null, ctx);
  return runSynchronizeOrdersJob(db, { kind: 'all' }, ctx);
}
