import { Dexie } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import type { RetailTransactionOrderStatus } from '../domain/order-status';
import { keyTuple, type TransactionKeyTuple } from '../domain/transaction-entities';
import type { TransactionFilter, TransactionRow } from './transactions-page';

/** Every row a filter matches, newest first: how many, and the rows a chunk at a time. */
export interface MatchingTransactions {
  total: number;
  chunks: () => AsyncGenerator<TransactionRow[], void, undefined>;
}

const matchesStatus = (filter: TransactionFilter) => (s: RetailTransactionOrderStatus): boolean =>
  s.channelKind === filter.kind && (filter.status === 'all' || s.Status === filter.status) && (filter.storeId === 'all' || s.store === filter.storeId);

/**
 * The keys of every matching transaction in the list's order (newest first), read through the
 * same indexes as queryTransactionsPage so the export holds exactly what the pages show. Only
 * the keys are held; the rows are read a chunk at a time as they are written out.
 */
async function matchingKeys(db: HqDatabase, filter: TransactionFilter, chunkSize: number): Promise<TransactionKeyTuple[]> {
  const reference = filter.reference.trim();
  const customer = filter.customerAccount.trim();
  if (reference || customer) {
    const referenceIndex = filter.kind === 'online' ? 'ChannelReferenceId' : 'receiptId';
    const narrowed = reference
      ? db.RetailTransactionTable.where(referenceIndex).startsWithIgnoreCase(reference)
      : db.RetailTransactionTable.where('custAccount').startsWithIgnoreCase(customer).or('CustAccountAsync').startsWithIgnoreCase(customer);
    const startsWith = (value: string | null) => (value ?? '').toLowerCase().startsWith(customer.toLowerCase());
    const headerKeys = await narrowed.filter((h) => !customer || startsWith(h.custAccount) || startsWith(h.CustAccountAsync)).primaryKeys();
    // The header index narrows; the status says whether the row belongs to this list and where it sorts.
    const matches = matchesStatus(filter);
    const sorted: { key: TransactionKeyTuple; sortKey: string }[] = [];
    for (let i = 0; i < headerKeys.length; i += chunkSize) {
      const statuses = await db.RetailTransactionOrderStatus.bulkGet(headerKeys.slice(i, i + chunkSize));
      for (const status of statuses) if (status && matches(status)) sorted.push({ key: keyTuple(status), sortKey: status.sortKey });
    }
    sorted.sort((a, b) => b.sortKey.localeCompare(a.sortKey));
    return sorted.map((s) => s.key);
  }
  // Status and store are equality filters, each combination with a compound index ending in the
  // date and time, as the page query uses: the keys come off the index, in its order.
  const byStatus = filter.status !== 'all';
  const byStore = filter.storeId !== 'all';
  const index = `[${[byStore ? 'store' : 'channelKind', ...(byStatus ? ['Status'] : [])].join('+')}+sortKey]`;
  const prefix = [byStore ? filter.storeId : filter.kind, ...(byStatus ? [filter.status] : [])];
  return db.RetailTransactionOrderStatus.where(index).between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey]).reverse().primaryKeys();
}

/**
 * Every transaction the filter matches (not only the page on screen), for an export: the count
 * first, then the rows in chunks, each read with two bulk gets. A transaction deleted between
 * the two reads is left out rather than exported half.
 */
export async function allMatchingTransactions(db: HqDatabase, filter: TransactionFilter, chunkSize = 500): Promise<MatchingTransactions> {
  const keys = await matchingKeys(db, filter, chunkSize);
  async function* chunks(): AsyncGenerator<TransactionRow[], void, undefined> {
    for (let i = 0; i < keys.length; i += chunkSize) {
      const slice = keys.slice(i, i + chunkSize);
      const [statuses, headers] = await Promise.all([db.RetailTransactionOrderStatus.bulkGet(slice), db.RetailTransactionTable.bulkGet(slice)]);
      yield slice.flatMap((_key, j) => {
        const status = statuses[j];
        const header = headers[j];
        return status && header ? [{ header, status }] : [];
      });
    }
  }
  return { total: keys.length, chunks };
}
