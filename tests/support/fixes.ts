import type { HqDatabase } from '../../shared/db/hq-database';
import { SALES_ORDER_SEQUENCE } from '../../shared/domain/configuration';
import { setDefaultPaymentService, updateAccountStructure, updateNumberSequence } from '../../shared/engine/configuration-commands';
import { HqEngine } from '../../shared/engine/hq-engine';
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
    if (family === 'transactionData' || family === 'customer') throw new Error(`unexpected error: ${t.orderErrorDetails}`);
    tally[family] += 1;
  }
  return tally;
}

/** P-0001 over every channel database group, then Synchronize orders over all stores; the latter's counts. */
export async function uploadAndSynchronize(db: HqDatabase) {
  const engine = new HqEngine(db, steppingClock());
  await engine.execute({ type: 'runJob', job: { jobId: 'P-0001', channelDatabaseGroupIds: null }, trigger: 'manual', batchJobId: null });
  const { counts } = await engine.execute({ type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'manual', batchJobId: null });
  return counts!;
}

/** Runs P-0001 over every channel database group through the engine. */
export function uploadAll(db: HqDatabase, engine = new HqEngine(db, steppingClock())) {
  return engine.execute({ type: 'runJob', job: { jobId: 'P-0001', channelDatabaseGroupIds: null }, trigger: 'manual', batchJobId: null });
}
