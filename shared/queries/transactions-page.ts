import { cmp, Dexie } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import type { ChannelKind } from '../domain/organization';
import type { PendingOrderStatus, RetailTransactionOrderStatus } from '../domain/order-status';
import { keyText, keyTuple, type RetailTransactionHeader, type TransactionKeyTuple } from '../domain/transaction-entities';
import { countsOf, sumCounts } from '../db/kept-counts';
import { keysStartingWith, startsWithVariant } from './starts-with';
import { keysetPage, type PageAnchor, type PagedIndex, type PageRequest } from './keyset-page';

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

/** The keys of the headers whose index value starts with the text (see keysStartingWith). */
const headersStartingWith = (db: HqDatabase, index: 'ChannelReferenceId' | 'receiptId' | 'custAccount' | 'CustAccountAsync', text: string) =>
  keysStartingWith<TransactionKeyTuple>(() => db.RetailTransactionTable.where(index), text);

/**
 * A reference filter narrows through the header's own index, reading keys only (each typed
 * variant a key range); null without one. With a customer too, the headers the reference finds (a
 * handful) are read to check it. The status still decides whether a row belongs here.
 */
export async function narrowedKeys(db: HqDatabase, filter: TransactionFilter): Promise<TransactionKeyTuple[] | null> {
  const reference = filter.reference.trim();
  const customer = filter.customerAccount.trim();
  if (!reference) return null;
  const keys = await headersStartingWith(db, filter.kind === 'online' ? 'ChannelReferenceId' : 'receiptId', reference);
  if (!customer) return keys;
  return (await db.RetailTransactionTable.bulkGet(keys))
    .flatMap((h) => (h && (startsWithVariant(h.custAccount, customer) || startsWithVariant(h.CustAccountAsync, customer)) ? [keyTuple(h)] : []));
}

/**
 * The order statuses whose header names a customer account starting with the text, in any case:
 * one range of the statuses' own index of those accounts in capitals, read whole in one request
 * (reading thousands of rows one key at a time is what made this filter slow). A header whose own
 * and offline accounts both match is one row.
 */
async function statusesOfCustomer(db: HqDatabase, customer: string): Promise<RetailTransactionOrderStatus[]> {
  const capitals = customer.toUpperCase();
  const rows = await db.RetailTransactionOrderStatus.where('customerKeys').between(capitals, `${capitals}\uffff`, true, true).toArray();
  return [...new Map(rows.map((s) => [keyText(s), s])).values()];
}

/** Where a status stands in the lists: its date and time, then its key. */
export const statusAnchor = (s: RetailTransactionOrderStatus): PageAnchor => ({ sort: s.sortKey, key: keyTuple(s) });

/**
 * The list's order statuses by date and time, without a reference or customer filter. Status and
 * store are equality filters: each combination has a compound index ending in the date and time
 * (ties in primary key order), so a page is a short range of one index.
 */
export function statusIndex(db: HqDatabase, filter: TransactionFilter): PagedIndex<RetailTransactionOrderStatus, TransactionKeyTuple> {
  const byStatus = filter.status !== 'all';
  const byStore = filter.storeId !== 'all';
  return {
    table: db.RetailTransactionOrderStatus,
    index: `[${[byStore ? 'store' : 'channelKind', ...(byStatus ? ['Status'] : [])].join('+')}+sortKey]`,
    prefix: [byStore ? filter.storeId : filter.kind, ...(byStatus ? [filter.status] : [])],
    anchorOf: statusAnchor,
  };
}

/** The list's order statuses newest first (the export's order), through the same index as the pages. */
export function statusesByDate(db: HqDatabase, filter: TransactionFilter) {
  const { table, index, prefix } = statusIndex(db, filter);
  return table.where(index).between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey]).reverse();
}

/** How many rows the list has without a reference or customer filter: kept counts, never a walk over the index. */
export async function listTotal(db: HqDatabase, filter: TransactionFilter): Promise<number> {
  const counts = await countsOf(db, 'RetailTransactionOrderStatus');
  return sumCounts(counts, [filter.kind, filter.storeId === 'all' ? null : filter.storeId, filter.status === 'all' ? null : filter.status]);
}

/**
 * The statuses a reference or customer filter finds, in the list's order, or null without one: a
 * reference narrows through the header index to keys alone, a customer through the statuses' own
 * index; the status, store and channel then say which belong here.
 */
export async function narrowedStatuses(db: HqDatabase, filter: TransactionFilter, descending: boolean): Promise<RetailTransactionOrderStatus[] | null> {
  const customer = filter.customerAccount.trim();
  const keys = await narrowedKeys(db, filter);
  if (!keys && !customer) return null;
  const found = keys ? await db.RetailTransactionOrderStatus.bulkGet(keys) : await statusesOfCustomer(db, customer);
  const matches = matchesStatus(filter);
  const statuses = found.filter((s): s is RetailTransactionOrderStatus => Boolean(s && matches(s)));
  const order = descending ? -1 : 1;
  return statuses.sort((a, b) => order * (cmp(a.sortKey, b.sortKey) || cmp(keyTuple(a), keyTuple(b))));
}

/** One page of Online store transactions or Store transactions, newest (or oldest) first. */
export async function queryTransactionsPage(db: HqDatabase, filter: TransactionFilter, request: PageRequest): Promise<TransactionsPage> {
  const statuses = await narrowedStatuses(db, filter, request.descending);
  if (statuses) {
    const start = request.page * request.pageSize;
    return { rows: await withHeaders(db, statuses.slice(start, start + request.pageSize)), total: statuses.length };
  }
  const total = await listTotal(db, filter);
  return { rows: await withHeaders(db, await keysetPage(statusIndex(db, filter), request, total)), total };
}
