import type { Transaction } from 'dexie';
import type { AsyncContact, AsyncCustomer } from '../../domain/customers';
import type { RetailTransactionOrderStatus } from '../../domain/order-status';
import { keyTuple, type RetailTransactionHeader, type TransactionKeyTuple } from '../../domain/transaction-entities';
import { listFieldsOf } from '../../engine/retail-transaction-store';
import { rewriteEachPage } from './each-page';
import { withContactFields } from './contact-fields';

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
  await rewriteEachPage(tx.table<AsyncCustomer, string>('asyncCustomers'), (op) => op.operationId, (page) => withContactFields(contacts, page));
}
