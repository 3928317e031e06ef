import type { Transaction } from 'dexie';
import type { AsyncCustomer } from '../../customers/customers';
import type { RetailTransactionOrderStatus } from '../../orders/order-status';
import { keyTuple, type TransactionKeyTuple } from '../../orders/transaction-entities';
import { orderErrorFamily } from '../../orders/order-errors';
import { COUNTED_GROUPS } from '../counted-groups';
import { KEPT_COUNTS, recount } from '../kept-counts';
import { rewriteEachPage } from './each-page';

/**
 * The version 8 upgrade: every failed order status and customer operation gets the cause behind
 * it. Failures recorded before causes were stored have only their text: an order's cause is the
 * family the text names (a data error's kind is not known from it: data of no known kind until
 * synchronized again), an operation's is data of no known kind. Both tables are counted by cause
 * now: recounted from the rows.
 */
export async function upgradeToErrorCauses(tx: Transaction): Promise<void> {
  // A cause already stored (a database the current engine wrote through an older schema) is kept.
  await rewriteEachPage(tx.table<RetailTransactionOrderStatus, TransactionKeyTuple>('RetailTransactionOrderStatus'), keyTuple,
    (page) => page.map((s) => ({ ...s, ErrorCause: s.Status === 'Failed' ? (s.ErrorCause ?? orderErrorFamily(s.ErrorDetail ?? '')) : null })));
  await rewriteEachPage(tx.table<AsyncCustomer, string>('asyncCustomers'), (o) => o.operationId,
    (page) => page.map((o) => ({ ...o, lastErrorCause: o.status === 'Failed' ? (o.lastErrorCause ?? 'customerData') : null })));
  const counts = tx.table(KEPT_COUNTS);
  for (const name of ['RetailTransactionOrderStatus', 'asyncCustomers']) {
    await counts.where('[table+group]').between([name, []], [name, [[]]], true, true).delete();
    await counts.bulkPut(await recount(tx.table(name), name, COUNTED_GROUPS.get(name)!));
  }
}
