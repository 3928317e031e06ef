import type { HqDatabase } from '../db/hq-database';
import { keyTuple, type TransactionKeyTuple } from './transaction-entities';
import { narrowedStatuses, statusesByDate, withHeaders, type TransactionFilter, type TransactionRow } from './transactions-page';
import type { RetailTransactionOrderStatus } from './order-status';

/** Every row a filter matches, newest first: how many, and the rows a chunk at a time. */
export interface MatchingTransactions {
  total: number;
  chunks: () => AsyncGenerator<TransactionRow[], void, undefined>;
}

/**
 * The keys of every matching transaction in the list's order (newest first), read through the
 * same indexes as queryTransactionsPage so the export holds exactly what the pages show. Only
 * the keys are held; the rows are read a chunk at a time as they are written out.
 */
export async function matchingKeys(db: HqDatabase, filter: TransactionFilter): Promise<TransactionKeyTuple[]> {
  const narrowed = await narrowedStatuses(db, filter, true);
  return narrowed ? narrowed.map(keyTuple) : statusesByDate(db, filter).primaryKeys();
}

/**
 * Every transaction the filter matches (not only the page on screen), for an export: the count
 * first, then the rows in chunks, each read with two bulk gets. A transaction deleted between
 * the two reads is left out rather than exported half.
 */
export async function allMatchingTransactions(db: HqDatabase, filter: TransactionFilter, chunkSize = 500): Promise<MatchingTransactions> {
  const keys = await matchingKeys(db, filter);
  async function* chunks(): AsyncGenerator<TransactionRow[], void, undefined> {
    for (let i = 0; i < keys.length; i += chunkSize) {
      const slice = keys.slice(i, i + chunkSize);
      // With their headers and what Check data found, as the list's pages read them.
      const statuses = await db.RetailTransactionOrderStatus.bulkGet(slice);
      yield withHeaders(db, statuses.filter((s): s is RetailTransactionOrderStatus => Boolean(s)));
    }
  }
  return { total: keys.length, chunks };
}
