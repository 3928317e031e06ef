import { Dexie } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import type { ChannelKind } from '../domain/organization';
import type { HqTransaction, PendingOrderStatus } from '../domain/transactions';

export interface TransactionFilter {
  kind: ChannelKind;
  /** Channel reference ID (online) or Receipt number (POS): matches from the start, any case. */
  reference: string;
  customerAccount: string;
  status: PendingOrderStatus | 'all';
  storeId: string | 'all';
}

export interface TransactionsPage {
  rows: HqTransaction[];
  total: number;
}

/**
 * One page of Online store transactions or Store transactions, newest first. A reference or
 * customer filter narrows through its own index (a prefix match is small); otherwise a compound
 * index pages without reading the whole table.
 */
export async function queryTransactionsPage(db: HqDatabase, filter: TransactionFilter, page: number, pageSize: number): Promise<TransactionsPage> {
  const reference = filter.reference.trim();
  const customer = filter.customerAccount.trim();
  const matches = (t: HqTransaction): boolean =>
    t.kind === filter.kind &&
    (filter.status === 'all' || t.pendingOrderStatus === filter.status) &&
    (filter.storeId === 'all' || t.storeId === filter.storeId) &&
    (!customer || (t.customerAccount ?? '').toLowerCase().startsWith(customer.toLowerCase()));

  if (reference || customer) {
    const referenceIndex = filter.kind === 'online' ? 'channelReferenceId' : 'receiptNumber';
    const narrowed = reference
      ? db.transactions.where(referenceIndex).startsWithIgnoreCase(reference)
      : db.transactions.where('customerAccount').startsWithIgnoreCase(customer);
    const all = await narrowed.filter(matches).toArray();
    all.sort((a, b) => b.transDate.localeCompare(a.transDate));
    return { rows: all.slice(page * pageSize, (page + 1) * pageSize), total: all.length };
  }
  // Status and store are equality filters: each combination has a compound index ending in
  // transDate, so paging and counting stay on the index instead of scanning the table.
  const byStatus = filter.status !== 'all';
  const byStore = filter.storeId !== 'all';
  const index = `[${[byStore ? 'storeId' : 'kind', ...(byStatus ? ['pendingOrderStatus'] : [])].join('+')}+transDate]`;
  const prefix = [byStore ? filter.storeId : filter.kind, ...(byStatus ? [filter.status] : [])];
  const byDate = () => db.transactions.where(index).between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey]).reverse();
  const [rows, total] = await Promise.all([byDate().offset(page * pageSize).limit(pageSize).toArray(), byDate().count()]);
  return { rows, total };
}
