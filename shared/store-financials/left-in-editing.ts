import type { HqDatabase } from '../db/hq-database';
import { countsOf, sumCounts } from '../db/kept-counts';
import type { ChannelKind } from '../configuration/organization';
import { keyTuple, type TransactionKey } from '../orders/transaction-entities';

/**
 * Transactions left in Editing: the jobs and Synchronize order skip them until someone selects
 * Finish editing, so an edit abandoned (a window closed, a person gone home) holds an order back
 * without a word. The workspace counts them and names each, with who set Editing and when.
 */
export const ordersInEditing = async (db: HqDatabase, kind: ChannelKind): Promise<number> =>
  sumCounts(await countsOf(db, 'RetailTransactionOrderStatus'), [kind, null, 'Editing']);

export interface LeftInEditing {
  key: TransactionKey;
  channelKind: ChannelKind;
  /** The channel reference (online) or receipt number (register), as the lists show it. */
  reference: string;
  editingBy: string | null;
  editingSince: string | null;
}

/** The `limit` transactions in Editing the longest (those from before who/when was kept last), through the Status index. */
export async function leftInEditing(db: HqDatabase, limit: number): Promise<LeftInEditing[]> {
  const statuses = await db.RetailTransactionOrderStatus.where('Status').equals('Editing').toArray();
  const oldest = statuses.sort((a, b) => (a.editingSince ?? '\uffff').localeCompare(b.editingSince ?? '\uffff')).slice(0, limit);
  const headers = await db.RetailTransactionTable.bulkGet(oldest.map((s) => keyTuple(s)));
  return oldest.map((status, i) => ({
    key: { dataAreaId: status.dataAreaId, store: status.store, terminal: status.terminal, transactionId: status.transactionId },
    channelKind: status.channelKind,
    reference: headers[i]?.ChannelReferenceId || headers[i]?.receiptId || status.transactionId,
    editingBy: status.editingBy ?? null,
    editingSince: status.editingSince ?? null,
  }));
}
