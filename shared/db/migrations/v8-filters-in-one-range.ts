import { Dexie, type IndexableType, type Table, type Transaction } from 'dexie';
import type { AsyncContact, AsyncCustomer } from '../../domain/customers';
import type { RetailTransactionOrderStatus } from '../../domain/order-status';
import { keyTuple, type RetailTransactionHeader, type TransactionKeyTuple } from '../../domain/transaction-entities';
import { listFieldsOf } from '../../engine/retail-transaction-store';

/** How many rows the upgrade holds at a time: a database of 100,000 transactions is upgraded without holding them all. */
const PAGE = 2000;

/** Every row of a table, a page at a time in key order, each page changed by `change` and put back. */
async function eachPage<Row, Key extends IndexableType>(table: Table<Row, Key>, keyOf: (row: Row) => Key, change: (page: Row[]) => Promise<Row[]>): Promise<void> {
  let after: IndexableType = Dexie.minKey;
  for (;;) {
    const page = await table.where(':id').above(after).limit(PAGE).toArray();
    if (page.length === 0) return;
    await table.bulkPut(await change(page));
    after = keyOf(page[page.length - 1]!);
  }
}

/**
 * The version 8 upgrade: every order status gets its header's customer accounts (listFieldsOf;
 * none if its header is missing), and every async customer operation its e-mail and phone from
 * its contact rows.
 */
export async function upgradeToVersion8(tx: Transaction): Promise<void> {
  const headers = tx.table<RetailTransactionHeader, TransactionKeyTuple>('RetailTransactionTable');
  await eachPage(tx.table<RetailTransactionOrderStatus, TransactionKeyTuple>('RetailTransactionOrderStatus'), keyTuple, async (page) => {
    const found = await headers.bulkGet(page.map(keyTuple));
    return page.map((status, i) => ({ ...status, customerKeys: found[i] ? listFieldsOf(found[i]).customerKeys : [] }));
  });
  const contacts = tx.table<AsyncContact, number>('asyncContacts');
  await eachPage(tx.table<AsyncCustomer, string>('asyncCustomers'), (op) => op.operationId, async (page) => {
    const rows = await contacts.where('operationId').anyOf(page.map((op) => op.operationId)).toArray();
    // The first contact of each type, as operationValues reads them.
    const locators = new Map<string, string>();
    for (const c of rows) if (!locators.has(`${c.operationId} ${c.type}`)) locators.set(`${c.operationId} ${c.type}`, c.locator);
    const locator = (operationId: string, type: AsyncContact['type']) => locators.get(`${operationId} ${type}`) ?? '';
    return page.map((op) => ({ ...op, email: locator(op.operationId, 'Email'), phone: locator(op.operationId, 'Phone') }));
  });
}
