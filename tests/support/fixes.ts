import type { HqDatabase } from '../../shared/db/hq-database';
import { setDefaultPaymentService, updateAccountStructure, updateNumberSequence } from '../../shared/configuration/configuration-commands';
import { HqEngine } from '../../shared/engine/hq-engine';
import { steppingClock } from './memory-database';
import { familyOfCause } from '../../shared/orders/order-errors';
import { SALES_ORDER_SEQUENCE } from '../../shared/demo/demo-organization';

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

/** The demo's failed orders by the configuration family that failed them (data errors and async customers aside). */
export async function failuresByFamily(db: HqDatabase): Promise<Record<ErrorFamily, number>> {
  const tally: Record<ErrorFamily, number> = { numberSequence: 0, paymentService: 0, accountStructure: 0 };
  // An order that fails for several families is counted under each (its stored causes).
  for (const s of await db.RetailTransactionOrderStatus.where('Status').equals('Failed').toArray()) {
    for (const family of new Set(s.ErrorCauses.map(familyOfCause))) if (family !== 'transactionData' && family !== 'customer') tally[family] += 1;
  }
  return tally;
}

/** The demo transactions whose own data fails them, by transaction id, with their Order error details. */
export async function dataErrors(db: HqDatabase): Promise<Map<string, string>> {
  const failed = await db.RetailTransactionOrderStatus.where('Status').equals('Failed').toArray();
  return new Map(failed.filter((s) => s.ErrorCauses.some((c) => familyOfCause(c) === 'transactionData')).map((s) => [s.transactionId, s.ErrorDetail ?? '']));
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
