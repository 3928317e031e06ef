import type { HqDatabase } from '../db/hq-database';
import { keyOf, keyText, keyTuple, type TransactionKey } from './transaction-entities';
import { UserFacingError } from '../platform/user-facing-error';

/** Adds an auditor's note to a transaction: kept with its author and time, never changed afterwards. */
export async function addAuditNote(db: HqDatabase, key: TransactionKey, text: string, author: string, now: Date): Promise<void> {
  await db.transaction('rw', [db.RetailTransactionTable, db.auditNotes], async () => {
    if (!(await db.RetailTransactionTable.get(keyTuple(key)))) throw new UserFacingError(`Transaction ${keyText(key)} does not exist here.`);
    await db.auditNotes.add({ ...keyOf(key), text: text.trim(), author, at: now.toISOString() });
  });
}
