import type { HqDatabase } from '../../db/hq-database';
import { synchronizeCustomerOperation } from '../../customers/synchronize/synchronize-customer';
import { keyText, keyTuple, type TransactionKey } from '../transaction-entities';
import { offlineAccountOf } from '../order-status';
import type { OrderCustomer } from './read-order-chunk';
import { orderErrors } from '../order-errors';

/*
 * The orders of customers created offline: such an order becomes a sales order only once its
 * customer is synchronized (Synchronize customers' work, called here), and carries the real account.
 */

/**
 * Before an order of a customer created offline becomes a sales order, that customer must exist:
 * synchronizes its operation if needed, and answers with the real account HQ gave it.
 */
async function ensureAsyncCustomer(db: HqDatabase, asyncCustomerAccount: string, now: Date): Promise<OrderCustomer> {
  const op = await db.asyncCustomers.where('asyncCustomerAccount').equals(asyncCustomerAccount).first();
  if (!op) return { account: null, problem: orderErrors.customerNotReached(asyncCustomerAccount) };
  if (op.status !== 'Succeeded') await synchronizeCustomerOperation(db, op.operationId, now);
  const after = await db.asyncCustomers.get(op.operationId);
  if (after?.status === 'Succeeded') return { account: after.customerAccount, problem: null };
  return { account: null, problem: orderErrors.customerFailed(asyncCustomerAccount, op.operationId, after?.lastKnownError ?? 'unknown error') };
}

/** The customers of orders left waiting for them, each synchronized in its own transaction: their accounts, or why not, by the order's key. */
export async function synchronizeTheirCustomers(db: HqDatabase, keys: readonly TransactionKey[], now: Date): Promise<Map<string, OrderCustomer>> {
  const headers = await db.RetailTransactionTable.bulkGet(keys.map(keyTuple));
  const ensured = new Map<string, OrderCustomer>();
  for (const [i, key] of keys.entries()) ensured.set(keyText(key), await ensureAsyncCustomer(db, offlineAccountOf(headers[i])!, now));
  return ensured;
}
