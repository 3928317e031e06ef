import { Dexie, type IndexableType, type Transaction } from 'dexie';
import type { RetailTransactionOrderStatus } from '../../domain/order-status';
import { keyTuple, type RetailTransactionHeader, type TransactionKeyTuple } from '../../domain/transaction-entities';
import { listFieldsOf } from '../../engine/retail-transaction-store';

/** How many statuses the upgrade holds at a time: a database of 100,000 transactions is upgraded without holding them all. */
const PAGE = 2000;

/**
 * The version 8 upgrade: every order status gets its header's customer accounts (listFieldsOf),
 * a page of statuses at a time in key order, each page with its headers. A status whose header
 * is missing gets none.
 */
export async function upgradeToStatusCustomerKeys(tx: Transaction): Promise<void> {
  const headers = tx.table<RetailTransactionHeader, TransactionKeyTuple>('RetailTransactionTable');
  const statuses = tx.table<RetailTransactionOrderStatus, TransactionKeyTuple>('RetailTransactionOrderStatus');
  let after: IndexableType = Dexie.minKey;
  for (;;) {
    const page = await statuses.where(':id').above(after).limit(PAGE).toArray();
    if (page.length === 0) return;
    const found = await headers.bulkGet(page.map(keyTuple));
    await statuses.bulkPut(page.map((status, i) => ({ ...status, customerKeys: found[i] ? listFieldsOf(found[i]).customerKeys : [] })));
    after = keyTuple(page[page.length - 1]!);
  }
}
