import { cmp, type InsertType } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import { countsOf, sumCounts } from '../db/kept-counts';
import { searchTerm, statusTerm, STORE_FIELD, termRange, type TermKey } from '../db/customer-search';
import { CUSTOMER_SYNC_STATUSES, type AsyncCustomer, type CoreValues, type CustomerSyncStatus } from '../domain/customers';
import { operationValues } from '../engine/async-customer-operation';
import { keysetPage, type PageAnchor, type PagedIndex, type PageRequest } from './keyset-page';

/** A field the list can be filtered on: the operation's own columns, a customer field, or an attribute. */
export type OperationFilterField = 'channelName' | 'customerAccount' | 'asyncCustomerAccount' | keyof CoreValues | `attribute:${string}`;

export interface CustomerOperationFilter {
  field: OperationFilterField;
  value: string;
  status: CustomerSyncStatus | 'all';
}

export interface CustomerOperationRow {
  header: AsyncCustomer;
  channelName: string;
  values: CoreValues;
  attributes: Record<string, string>;
}

/** Where an operation stands in the list: its time, then its id. */
export const operationAnchor = (row: CustomerOperationRow): PageAnchor => ({ sort: row.header.operationTimestamp, key: row.header.operationId });

const byOperation = <T extends { operationId: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.operationId);
    if (list) list.push(row);
    else map.set(row.operationId, [row]);
  }
  return map;
};

/** The operations' rows with the values their other four tables carry: all of them, or the given headers' only. */
async function joined(db: HqDatabase, headers: AsyncCustomer[], all: boolean): Promise<CustomerOperationRow[]> {
  const ids = headers.map((h) => h.operationId);
  const [addresses, contacts, attributes, stores] = await Promise.all([
    all ? db.asyncAddresses.toArray() : db.asyncAddresses.bulkGet(ids).then((rows) => rows.filter((a) => a !== undefined)),
    all ? db.asyncContacts.toArray() : db.asyncContacts.where('operationId').anyOf(ids).toArray(),
    all ? db.asyncAttributes.toArray() : db.asyncAttributes.where('operationId').anyOf(ids).toArray(),
    db.stores.toArray(),
  ]);
  const addressOf = new Map(addresses.map((a) => [a.operationId, a]));
  const contactsOf = byOperation(contacts);
  const attributesOf = byOperation(attributes);
  const storeNames = new Map(stores.map((s) => [s.id, s.name]));
  return headers.map((header) => {
    const operation = { header, address: addressOf.get(header.operationId), contacts: contactsOf.get(header.operationId) ?? [], affiliations: [], attributes: attributesOf.get(header.operationId) ?? [] };
    return {
      header,
      channelName: storeNames.get(header.storeId) ?? header.storeId,
      values: operationValues(operation),
      attributes: Object.fromEntries(operation.attributes.map((a) => [a.name, a.newValue])),
    };
  });
}

const inOrder = (descending: boolean) => (a: AsyncCustomer, b: AsyncCustomer) =>
  (descending ? -1 : 1) * (cmp(a.operationTimestamp, b.operationTimestamp) || cmp(a.operationId, b.operationId));

/** The ids and times in some key ranges of the search, each id once. */
async function keysIn(db: HqDatabase, ranges: readonly [TermKey, TermKey][]): Promise<Map<string, number>> {
  const found = await Promise.all(ranges.map(([from, to]) => db.asyncCustomerTerms.where(':id').between(from, to, true, true).primaryKeys()));
  return new Map(found.flat().map(([, time, operationId]) => [operationId, time]));
}

/**
 * The ids of the operations a value filter finds, oldest first, ties by id: the key range of the
 * value's terms (one per store, for a channel, which matches by any part of its name), then, for a
 * status, the smaller of the status's keys and the other statuses' (the kept counts say which),
 * to keep or to leave out. The keys hold each operation's time and id: nothing else is read.
 */
async function matchingIds(db: HqDatabase, filter: CustomerOperationFilter, needle: string): Promise<string[]> {
  const ranges = filter.field === 'channelName'
    ? (await db.stores.toArray()).filter((s) => s.name.toLowerCase().includes(needle.toLowerCase())).map((store) => termRange(searchTerm(STORE_FIELD, store.id), true))
    : [termRange(searchTerm(filter.field, needle), false)];
  const matches = await keysIn(db, ranges);
  if (filter.status !== 'all' && matches.size > 0) {
    const counts = await countsOf(db, 'asyncCustomers');
    const wanted = filter.status;
    const others = CUSTOMER_SYNC_STATUSES.filter((s) => s !== wanted);
    const keep = sumCounts(counts, [wanted]) <= others.reduce((n, s) => n + sumCounts(counts, [s]), 0);
    const statuses = await keysIn(db, (keep ? [wanted] : others).map((s) => termRange(statusTerm(s), true)));
    for (const id of [...matches.keys()]) if (statuses.has(id) !== keep) matches.delete(id);
  }
  const byTime = [...matches].sort(([a, at], [b, bt]) => at - bt || (a < b ? -1 : a > b ? 1 : 0));
  return byTime.map(([id]) => id);
}

/** The operations of the ids, in their order. */
async function headersOf(db: HqDatabase, ids: readonly string[]): Promise<AsyncCustomer[]> {
  return (await db.asyncCustomers.bulkGet([...ids])).filter((h): h is AsyncCustomer => h !== undefined);
}

/** One page of the ids, either way round. */
function pageOf(ids: readonly string[], request: PageRequest): string[] {
  const start = request.page * request.pageSize;
  if (!request.descending) return ids.slice(start, start + request.pageSize);
  return ids.slice(Math.max(0, ids.length - start - request.pageSize), Math.max(0, ids.length - start)).reverse();
}

/** Customer synchronization status, every operation the filter matches, newest first: what an export writes. */
export async function queryCustomerOperations(db: HqDatabase, filter: CustomerOperationFilter): Promise<CustomerOperationRow[]> {
  const needle = filter.value.trim();
  if (needle) return joined(db, await headersOf(db, (await matchingIds(db, filter, needle)).reverse()), false);
  const headers = filter.status === 'all' ? await db.asyncCustomers.toArray() : await db.asyncCustomers.where('status').equals(filter.status).toArray();
  return joined(db, headers.sort(inOrder(true)), true);
}

/**
 * One page of Customer synchronization status. Without a value filter the page is a short range
 * of the status's index and the total a kept count; with one, a slice of the ids the search
 * finds. Only the page's rows are read and joined with their values.
 */
export async function queryCustomerOperationsPage(db: HqDatabase, filter: CustomerOperationFilter, request: PageRequest): Promise<{ rows: CustomerOperationRow[]; total: number }> {
  const needle = filter.value.trim();
  if (!needle) {
    const total = sumCounts(await countsOf(db, 'asyncCustomers'), [filter.status === 'all' ? null : filter.status]);
    const source: PagedIndex<AsyncCustomer, string, InsertType<AsyncCustomer, 'operationId'>> = {
      table: db.asyncCustomers,
      index: filter.status === 'all' ? 'operationTimestamp' : '[status+operationTimestamp]',
      prefix: filter.status === 'all' ? [] : [filter.status],
      anchorOf: (h) => ({ sort: h.operationTimestamp, key: h.operationId }),
    };
    const headers = await keysetPage(source, request, total);
    return { rows: await joined(db, headers, false), total };
  }
  const ids = await matchingIds(db, filter, needle);
  return { rows: await joined(db, await headersOf(db, pageOf(ids, request)), false), total: ids.length };
}
