import { Dexie } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import type { ChannelKind } from '../domain/organization';
import type { PendingOrderStatus, RetailTransactionOrderStatus } from '../domain/order-status';
import { keyTuple, type RetailTransactionHeader } from '../domain/transaction-entities';

export interface TransactionFilter {
  kind: ChannelKind;
  /** Channel reference ID (online) or Receipt number (POS): matches from the start, any case. */
  reference: string;
  /** Customer account or Async customer account: matches from the start, any case. */
  customerAccount: string;
  status: PendingOrderStatus | 'all';
  storeId: string | 'all';
}

/** A row of the list: the transaction's header and its Synchronization status. */
export interface TransactionRow {
  header: RetailTransactionHeader;
  status: RetailTransactionOrderStatus;
}

export interface TransactionsPage {
  rows: TransactionRow[];
  total: number;
}

async function withHeaders(db: HqDatabase, statuses: RetailTransactionOrderStatus[]): Promise<TransactionRow[]> {
  const headers = await db.RetailTransactionTable.bulkGet(statuses.map(keyTuple));
  return statuses.flatMap((status, i) => (headers[i] ? [{ header: headers[i]!, status }] : []));
}

/** Whether an order status belongs to the list: its channel, and the status and store filters. */
export const matchesStatus = (filter: TransactionFilter) => (s: RetailTransactionOrderStatus): boolean =>
  s.channelKind === filter.kind && (filter.status === 'all' || s.Status === filter.status) && (filter.storeId === 'all' || s.store === filter.storeId);

/**
 * A reference or customer filter narrows through the header's own index (a prefix match is
 * small); null without one. The status still decides whether a header belongs to the list.
 */
export function narrowedHeaders(db: HqDatabase, filter: TransactionFilter) {
  const reference = filter.reference.trim();
  const customer = filter.customerAccount.trim();
  if (!reference && !customer) return null;
  const referenceIndex = filter.kind === 'online' ? 'ChannelReferenceId' : 'receiptId';
  const narrowed = reference
    ? db.RetailTransactionTable.where(referenceIndex).startsWithIgnoreCase(reference)
    : db.RetailTransactionTable.where('custAccount').startsWithIgnoreCase(customer).or('CustAccountAsync').startsWithIgnoreCase(customer);
  const startsWith = (value: string | null) => (value ?? '').toLowerCase().startsWith(customer.toLowerCase());
  return narrowed.filter((h) => !customer || startsWith(h.custAccount) || startsWith(h.CustAccountAsync));
}

/**
 * The list's order statuses newest first, without a reference or customer filter. Status and
 * store are equality filters: each combination has a compound index ending in the date and time,
 * so paging and counting stay on the index instead of scanning the table.
 */
export function statusesByDate(db: HqDatabase, filter: TransactionFilter) {
  const byStatus = filter.status !== 'all';
  const byStore = filter.storeId !== 'all';
  const index = `[${[byStore ? 'store' : 'channelKind', ...(byStatus ? ['Status'] : [])].join('+')}+sortKey]`;
  const prefix = [byStore ? filter.storeId : filter.kind, ...(byStatus ? [filter.status] : [])];
  return db.RetailTransactionOrderStatus.where(index).between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey]).reverse();
}

/** One page of Online store transactions or Store transactions, newest first. */
export async function queryTransactionsPage(db: HqDatabase, filter: TransactionFilter, page: number, pageSize: number): Promise<TransactionsPage> {
  const narrowed = narrowedHeaders(db, filter);
  if (narrowed) {
    const headers = await narrowed.toArray();
    const statuses = await db.RetailTransactionOrderStatus.bulkGet(headers.map(keyTuple));
    const matches = matchesStatus(filter);
    const rows = headers.flatMap((header, i) => (statuses[i] && matches(statuses[i]!) ? [{ header, status: statuses[i]! }] : []));
    rows.sort((a, b) => b.status.sortKey.localeCompare(a.status.sortKey));
    return { rows: rows.slice(page * pageSize, (page + 1) * pageSize), total: rows.length };
  }
  const [statuses, total] = await Promise.all([statusesByDate(db, filter).offset(page * pageSize).limit(pageSize).toArray(), statusesByDate(db, filter).count()]);
  return { rows: await withHeaders(db, statuses), total };
}
