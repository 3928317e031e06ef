import { Dexie, type IndexableType, type Table, type Transaction } from 'dexie';
import type { AsyncCustomer } from '../../domain/customers';
import type { RetailTransactionOrderStatus } from '../../domain/order-status';
import { keyTuple, type TransactionKeyTuple } from '../../domain/transaction-entities';
import { orderErrorFamily } from '../../engine/order-errors';
import { COUNTED_GROUPS } from '../counted-groups';
import { KEPT_COUNTS, recount } from '../kept-counts';

/** How many rows the upgrade holds at a time. */
const PAGE = 2000;

/** Rewrites every row of a table a page at a time, in primary key order. */
async function rewrite<T, K extends IndexableType>(table: Table<T, K>, keyOf: (row: T) => K, change: (row: T) => T): Promise<void> {
  let after: IndexableType = Dexie.minKey;
  for (;;) {
    const page = await table.where(':id').above(after).limit(PAGE).toArray();
    if (page.length === 0) return;
    await table.bulkPut(page.map(change));
    after = keyOf(page[page.length - 1]!);
  }
}

/**
 * The version 8 upgrade: every failed order status and customer operation gets the cause behind
 * it. Failures recorded before causes were stored have only their text: an order's cause is the
 * family the text names (a data error's kind is not known from it: data of no known kind until
 * synchronized again), an operation's is data of no known kind. Both tables are counted by cause
 * now: recounted from the rows.
 */
export async function upgradeToErrorCauses(tx: Transaction): Promise<void> {
  await rewrite(tx.table<RetailTransactionOrderStatus, TransactionKeyTuple>('RetailTransactionOrderStatus'), keyTuple,
    (s) => ({ ...s, ErrorCause: s.Status === 'Failed' ? orderErrorFamily(s.ErrorDetail ?? '') : null }));
  await rewrite(tx.table<AsyncCustomer, string>('asyncCustomers'), (o) => o.operationId,
    (o) => ({ ...o, lastErrorCause: o.status === 'Failed' ? 'customerData' : null }));
  const counts = tx.table(KEPT_COUNTS);
  for (const name of ['RetailTransactionOrderStatus', 'asyncCustomers']) {
    await counts.where('[table+group]').between([name, []], [name, [[]]], true, true).delete();
    await counts.bulkPut(await recount(tx.table(name), name, COUNTED_GROUPS.get(name)!));
  }
}
