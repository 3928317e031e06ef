import Dexie from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import { keyOf, type TransactionKey } from './transaction-entities';
import { KEY_INDEX } from '../db/retail-transaction-tables';

/**
 * The transaction a link names by store, register and number, in whichever company holds it.
 * Links leave out the company (people read and send them); the key index leads with it, so this
 * steps from one company to the next through the index (a handful) and looks each up by key.
 */
export async function findTransactionKey(db: HqDatabase, store: string, terminal: string, transactionId: string): Promise<TransactionKey | null> {
  const table = db.RetailTransactionOrderStatus;
  let company = (await table.orderBy(KEY_INDEX).first())?.dataAreaId;
  while (company !== undefined) {
    const row = await table.get([company, store, terminal, transactionId]);
    if (row) return keyOf(row);
    company = (await table.where(KEY_INDEX).above([company, Dexie.maxKey]).first())?.dataAreaId;
  }
  return null;
}
