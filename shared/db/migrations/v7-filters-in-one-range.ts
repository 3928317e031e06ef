import type { Transaction } from 'dexie';
import type { AsyncContact, AsyncCustomer } from '../../customers/customers';
import type { RetailTransactionOrderStatus } from '../../orders/order-status';
import { keyTuple, type RetailTransactionHeader, type TransactionKeyTuple } from '../../orders/transaction-entities';
import { listFieldsOf } from '../../orders/retail-transaction-store';
import { rewriteEachPage } from './each-page';

/**
 * The version 7 upgrade: every order status gets its header's customer accounts (listFieldsOf;
 * none if its header is missing), and every async customer operation its e-mail and phone from
 * its contact rows.
 */
export async function upgradeToVersion7(tx: Transaction): Promise<void> {
  const headers = tx.table<RetailTransactionHeader, TransactionKeyTuple>('RetailTransactionTable');
  await rewriteEachPage(tx.table<RetailTransactionOrderStatus, TransactionKeyTuple>('RetailTransactionOrderStatus'), keyTuple, async (page) => {
    const found = await headers.bulkGet(page.map(keyTuple));
    return page.map((status, i) => ({ ...status, customerKeys: found[i] ? listFieldsOf(found[i]).customerKeys : [] }));
  });
  const contacts = tx.table<AsyncContact, number>('asyncContacts');
  await rewriteEachPage(tx.table<AsyncCustomer, string>('asyncCustomers'), (op) => op.operationId, async (page) => {
    const rows = await contacts.where('operationId').anyOf(page.map((op) => op.operationId)).toArray();
    // The first contact of each type, as operationValues reads them.
    const locators = new Map<string, string>();
    for (const c of rows) if (!locators.has(`${c.operationId} ${c.type}`)) locators.set(`${c.operationId} ${c.type}`, c.locator);
    const locator = (operationId: string, type: AsyncContact['type']) => locators.get(`${operationId} ${type}`) ?? '';
    return page.map((op) => ({ ...op, email: locator(op.operationId, 'Email'), phone: locator(op.operationId, 'Phone') }));
  });
}
