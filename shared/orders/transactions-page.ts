import { cmp, Dexie } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import type { ChannelKind } from '../configuration/organization';
import type { PendingOrderStatus, RetailTransactionOrderStatus } from './order-status';
import { keyText, keyTuple, type RetailTransactionHeader, type TransactionKeyTuple } from './transaction-entities';
import { countsOf, sumCounts } from '../db/kept-counts';
import { keysStartingWith, startsWithVariant } from '../platform/starts-with';
import { keysetPage, type PageAnchor, type PagedIndex, type PageRequest } from '../platform/keyset-page';

export interface TransactionFilter {
  kind: ChannelKind;
  /** Channel reference ID (online) or Receipt number (POS): matches from the start, any case. */
  reference: string;
  /** Customer account or Async customer account: matches from the start, any case. */
  customerAccount: string;
  /** 'all', a Pending order status, or in an imported workspace a status the export wrote that HQ's enum has no member for. */
  status: PendingOrderStatus | 'all' | (string & {});
  storeId: string | 'all';
  /** The cause behind a failure (ErrorCause); only with status Failed. Absent or null: any. */
  cause?: string | null;
  /** Only rows retried more than this many times (Retry count). Absent or null: any. */
  retriesAbove?: number | null;
  /** Only transactions whose date and time starts with this (a day "2026-11-03" or an hour "2026-11-03T14": a bar of the chart). */
  datePrefix?: string | null;
}

/** The cause a filter asks for: it applies to failures only. */
const causeOf = (filter: TransactionFilter): string | null => (filter.status === 'Failed' ? (filter.cause ?? null) : null);
const retriesOf = (filter: TransactionFilter): number | null => filter.retriesAbove ?? null;
const datePrefixOf = (filter: TransactionFilter): string | null => filter.datePrefix || null;

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

/** Whether an order status belongs to the list: its channel, and the status, store, cause and Retry count filters. */
export const matchesStatus = (filter: TransactionFilter) => {
  const cause = causeOf(filter);
  const retries = retriesOf(filter);
  const date = datePrefixOf(filter);
  return (s: RetailTransactionOrderStatus): boolean =>
    s.channelKind === filter.kind && (filter.status === 'all' || s.Status === filter.status) && (filter.storeId === 'all' || s.store === filter.storeId)
    && (cause === null || s.ErrorCause === cause) && (retries === null || s.RetryCount > retries)
    && (date === null || s.sortKey.startsWith(date));
};

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

/** The channel's order statuses retried more than `retries` times: one range of the Retry count index (such rows are few). */
const statusesRetriedAbove = (db: HqDatabase, kind: ChannelKind, retries: number) =>
  db.RetailTransactionOrderStatus.where('[channelKind+RetryCount]').between([kind, retries + 1], [kind, Dexie.maxKey], true, true).toArray();

/** The list's order statuses of one day or hour: the range of its own index that starts with it. */
function statusesOfDate(db: HqDatabase, filter: TransactionFilter, date: string) {
  const { table, index, prefix } = statusIndex(db, filter);
  return table.where(index).between([...prefix, date], [...prefix, `${date}\uffff`], true, true).toArray();
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
  const cause = causeOf(filter);
  return {
    table: db.RetailTransactionOrderStatus,
    index: `[${[byStore ? 'store' : 'channelKind', ...(byStatus ? ['Status'] : []), ...(cause === null ? [] : ['ErrorCause'])].join('+')}+sortKey]`,
    prefix: [byStore ? filter.storeId : filter.kind, ...(byStatus ? [filter.status] : []), ...(cause === null ? [] : [cause])],
    anchorOf: statusAnchor,
  };
}

/** The list's order statuses newest first (the export's order), through the same index as the pages. */
export function statusesByDate(db: HqDatabase, filter: TransactionFilter) {
  const { table, index, prefix } = statusIndex(db, filter);
  return table.where(index).between([...prefix, Dexie.minKey], [...prefix, Dexie.maxKey]).reverse();
}

/** How many rows the list has without a reference, customer, Retry count or date filter: kept counts, never a walk over the index. */
export async function listTotal(db: HqDatabase, filter: TransactionFilter): Promise<number> {
  const counts = await countsOf(db, 'RetailTransactionOrderStatus');
  return sumCounts(counts, [filter.kind, filter.storeId === 'all' ? null : filter.storeId, filter.status === 'all' ? null : filter.status, causeOf(filter)]);
}

/**
 * The statuses a reference, customer, Retry count or date filter finds, in the list's order, or null
 * without one: a reference narrows through the header index to keys alone, a customer and a Retry
 * count or a date through the statuses' own indexes; the status, store, cause and channel then say which belong here.
 */
export async function narrowedStatuses(db: HqDatabase, filter: TransactionFilter, descending: boolean): Promise<RetailTransactionOrderStatus[] | null> {
  const customer = filter.customerAccount.trim();
  const retries = retriesOf(filter);
  const date = datePrefixOf(filter);
  const keys = await narrowedKeys(db, filter);
  if (!keys && !customer && retries === null && date === null) return null;
  const found = keys ? await db.RetailTransactionOrderStatus.bulkGet(keys)
    : customer ? await statusesOfCustomer(db, customer)
      : retries !== null ? await statusesRetriedAbove(db, filter.kind, retries) : await statusesOfDate(db, filter, date!);
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
