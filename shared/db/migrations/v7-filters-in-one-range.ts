import type { Transaction } from 'dexie';
import { rewriteEachPage } from './each-page';

/* Frozen: the customer accounts of a header and the key of a row, as they were at version 7. */

type Row = Record<string, unknown>;
type KeyTuple = [string, string, string, string];
const keyTuple = (row: Row): KeyTuple => [String(row.dataAreaId), String(row.store), String(row.terminal), String(row.transactionId)];

/** The header's customer accounts (its own and the one created offline) in capitals, each once. */
const customerKeysOf = (header: Row): string[] =>
  [...new Set([header.custAccount, header.CustAccountAsync].flatMap((account) => (typeof account === 'string' && account ? [account.toUpperCase()] : [])))];

/**
 * The version 7 upgrade: every order status gets its header's customer accounts (none if its
 * header is missing), and every async customer operation its e-mail and phone from its contact rows.
 */
export async function upgradeToVersion7(tx: Transaction): Promise<void> {
  const headers = tx.table<Row, KeyTuple>('RetailTransactionTable');
  await rewriteEachPage(tx.table<Row, KeyTuple>('RetailTransactionOrderStatus'), keyTuple, async (page) => {
    const found = await headers.bulkGet(page.map(keyTuple));
    return page.map((status, i) => ({ ...status, customerKeys: found[i] ? customerKeysOf(found[i]) : [] }));
  });
  const contacts = tx.table<{ operationId: string; type: string; locator: string }, number>('asyncContacts');
  await rewriteEachPage(tx.table<Row & { operationId: string }, string>('asyncCustomers'), (op) => op.operationId, async (page) => {
    const rows = await contacts.where('operationId').anyOf(page.map((op) => op.operationId)).toArray();
    // The first contact of each type.
    const locators = new Map<string, string>();
    for (const c of rows) if (!locators.has(`${c.operationId} ${c.type}`)) locators.set(`${c.operationId} ${c.type}`, c.locator);
    const locator = (operationId: string, type: string) => locators.get(`${operationId} ${type}`) ?? '';
    return page.map((op) => ({ ...op, email: locator(op.operationId, 'Email'), phone: locator(op.operationId, 'Phone') }));
  });
}
