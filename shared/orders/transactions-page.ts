import { cmp, Dexie } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import type { ChannelKind } from '../configuration/organization';
import type { PendingOrderStatus, RetailTransactionOrderStatus } from './order-status';
import { keyText, keyTuple, type RetailTransactionHeader, type TransactionKeyTuple } from './transaction-entities';
import { countsOf, sumCounts } from '../db/kept-counts';
import { keysStartingWith, startsWithVariant } from '../platform/starts-with';
import { keysetPage, type PageAnchor, type PagedIndex, type PageRequest } from '../platform/keyset-page';
import { LIST_SCOPES, listCounter } from '../db/row-lists';
import { findingIndex, findingKeys, findingTotal, type CheckFinding } from './check-data/check-findings';
import { changedInHqKeys } from './changed-in-hq';

export interface TransactionFilter {
  kind: ChannelKind;
  /** Channel reference ID (online) or Receipt number (POS): matches from the start, any case. */
  reference: string;
  /** Customer account or Async customer account: matches from the start, any case. */
  customerAccount: string;
  /** 'all', a Pending order status, or in an imported workspace a status the export wrote that HQ's enum has no member for. */
  status: PendingOrderStatus | 'all' | (string & {});
  storeId: string | 'all';
  /** The cause behind a failure (ErrorCause); only with status Failed. Absent or null: no limit. */
  cause?: string | null;
  /** Only rows retried more than this many times (Retry count). Absent or null: no limit. */
  retriesAbove?: number | null;
  /** Only transactions whose date and time starts with this (a day "2026-11-03" or an hour "2026-11-03T14": a bar of the chart). */
  datePrefix?: string | null;
  /**
   * Only transactions in a list of Check data's findings (an imported workspace): 'fails' (would
   * fail), 'disagrees' (HQ's status and the check disagree) or 'cause:<cause>' (would fail for it).
   * Absent or null: no limit.
   */
  check?: string | null;
  /** Only transactions a refresh found changed in HQ since they were edited here (a pulled workspace). Absent, null or false: no limit. */
  changedInHq?: boolean | null;
}

/** The cause a filter asks for: it applies to failures only. */
const causeOf = (filter: TransactionFilter): string | null => (filter.status === 'Failed' ? (filter.cause ?? null) : null);
const retriesOf = (filter: TransactionFilter): number | null => filter.retriesAbove ?? null;
const datePrefixOf = (filter: TransactionFilter): string | null => filter.datePrefix || null;
const checkOf = (filter: TransactionFilter): string | null => filter.check || null;
const changedInHqOf = (filter: TransactionFilter): boolean => filter.changedInHq === true;

/** A row of the list: the transaction's header, its Synchronization status, and what Check data found, if it found anything. */
export interface TransactionRow {
  header: RetailTransactionHeader;
  status: RetailTransactionOrderStatus;
  finding?: CheckFinding;
}

export interface TransactionsPage {
  rows: TransactionRow[];
  total: number;
}

/** The rows of these statuses: their headers and findings read by key (a status whose header is gone is left out). */
export async function withHeaders(db: HqDatabase, statuses: readonly RetailTransactionOrderStatus[]): Promise<TransactionRow[]> {
  const keys = statuses.map(keyTuple);
  const [headers, findings] = await Promise.all([db.RetailTransactionTable.bulkGet(keys), db.dataCheckFindings.bulkGet(keys)]);
  return statuses.flatMap((status, i) => (headers[i] ? [{ header: headers[i]!, status, ...(findings[i] ? { finding: findings[i] } : {}) }] : []));
}

/** Whether an order status belongs to the list: its channel, and the status, store, cause and Retry count filters. */
export const matchesStatus = (filter: TransactionFilter) => {
  const cause = causeOf(filter);
  const retries = retriesOf(filter);
  const date = datePrefixOf(filter);
  return (s: RetailTransactionOrderStatus): boolean =>
    s.channelKind === filter.kind && (filter.status === 'all' || s.Status === filter.status) && (filter.storeId === 'all' || s.store === filter.storeId)
    && (cause === null || s.ErrorCauses.includes(cause)) && (retries === null || s.RetryCount > retries)
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
  // A failure is listed under each of its causes: the index of its lists (db/row-lists.ts).
  if (cause !== null) {
    return {
      table: db.RetailTransactionOrderStatus, index: 'listKeys', anchorOf: statusAnchor,
      prefix: [byStore ? LIST_SCOPES.store : LIST_SCOPES.channel, byStore ? filter.storeId : filter.kind, cause],
    };
  }
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

/** How many rows the list has without a reference, customer, Retry count, date or Check data filter: kept counts, never a walk over the index. */
export async function listTotal(db: HqDatabase, filter: TransactionFilter): Promise<number> {
  const store = filter.storeId === 'all' ? null : filter.storeId;
  const cause = causeOf(filter);
  if (cause !== null) return sumCounts(await countsOf(db, listCounter('RetailTransactionOrderStatus')), [filter.kind, store, cause]);
  return sumCounts(await countsOf(db, 'RetailTransactionOrderStatus'), [filter.kind, store, filter.status === 'all' ? null : filter.status]);
}

/** A Check data filter alone (with the channel and store): the list pages through the findings' own index. */
const pagesFindings = (filter: TransactionFilter) =>
  checkOf(filter) !== null && filter.status === 'all' && !filter.reference.trim() && !filter.customerAccount.trim() && retriesOf(filter) === null
  && datePrefixOf(filter) === null && !changedInHqOf(filter);

/** The statuses of a page of findings, in the findings' order (a finding whose status is gone is left out). */
async function statusesOfFindings(db: HqDatabase, findings: readonly CheckFinding[]): Promise<RetailTransactionOrderStatus[]> {
  return (await db.RetailTransactionOrderStatus.bulkGet(findings.map(keyTuple))).filter((s): s is RetailTransactionOrderStatus => Boolean(s));
}

/**
 * The statuses a reference, customer, Retry count, date, Check data or changed-in-HQ filter finds,
 * in the list's order, or null without one: a reference narrows through the header index to keys
 * alone, a customer and a Retry count or a date through the statuses' own indexes, a Check data list
 * through the findings' (keys only), changed in HQ through the refresh's conflicts' (keys only);
 * the status, store, cause and channel then say which belong here.
 */
export async function narrowedStatuses(db: HqDatabase, filter: TransactionFilter, descending: boolean): Promise<RetailTransactionOrderStatus[] | null> {
  const customer = filter.customerAccount.trim();
  const retries = retriesOf(filter);
  const date = datePrefixOf(filter);
  const check = checkOf(filter);
  const keys = await narrowedKeys(db, filter);
  const changedKeys = changedInHqOf(filter) ? await changedInHqKeys(db) : null;
  if (!keys && !customer && retries === null && date === null && check === null && changedKeys === null) return null;
  // With other filters, a Check data list and the changed in HQ narrow by their keys (read from their indexes, keys only).
  const checkKeys = check === null ? null : await findingKeys(db, filter.kind, filter.storeId, check);
  const keySet = (list: TransactionKeyTuple[] | null) => list && new Set(list.map((k) => JSON.stringify(k)));
  const [inCheck, inChanged] = [keySet(checkKeys), keySet(changedKeys)];
  const found = keys ? await db.RetailTransactionOrderStatus.bulkGet(keys)
    : customer ? await statusesOfCustomer(db, customer)
      : retries !== null ? await statusesRetriedAbove(db, filter.kind, retries)
        : date !== null ? await statusesOfDate(db, filter, date) : await db.RetailTransactionOrderStatus.bulkGet((checkKeys ?? changedKeys)!);
  const matches = matchesStatus(filter);
  const within = (set: Set<string> | null, s: RetailTransactionOrderStatus) => !set || set.has(JSON.stringify(keyTuple(s)));
  const statuses = found.filter((s): s is RetailTransactionOrderStatus => Boolean(s && matches(s) && within(inCheck, s) && within(inChanged, s)));
  const order = descending ? -1 : 1;
  return statuses.sort((a, b) => order * (cmp(a.sortKey, b.sortKey) || cmp(keyTuple(a), keyTuple(b))));
}

/** One page of Online store transactions or Store transactions, newest (or oldest) first. */
export async function queryTransactionsPage(db: HqDatabase, filter: TransactionFilter, request: PageRequest): Promise<TransactionsPage> {
  if (pagesFindings(filter)) {
    const total = await findingTotal(db, filter.kind, filter.storeId, checkOf(filter)!);
    const findings = await keysetPage(findingIndex(db, filter.kind, filter.storeId, checkOf(filter)!), request, total);
    return { rows: await withHeaders(db, await statusesOfFindings(db, findings)), total };
  }
  const statuses = await narrowedStatuses(db, filter, request.descending);
  if (statuses) {
    const start = request.page * request.pageSize;
    return { rows: await withHeaders(db, statuses.slice(start, start + request.pageSize)), total: statuses.length };
  }
  const total = await listTotal(db, filter);
  return { rows: await withHeaders(db, await keysetPage(statusIndex(db, filter), request, total)), total };
}
