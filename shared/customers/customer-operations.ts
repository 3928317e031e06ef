import { cmp } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import { countsOf, sumCounts } from '../db/kept-counts';
import { hasTermIn, isCountedField, searchTerm, statusTerm, STORE_FIELD, termRange, type SearchSource, type TermKey } from './customer-search';
import { CUSTOMER_SYNC_STATUSES, type AsyncCustomer, type CoreValues, type CustomerSyncStatus } from './customers';
import { byOperation, linesOf, operationValues } from './async-customer-operation';
import { keysetPage, pageByReads, type PageAnchor, type PageRequest } from '../platform/keyset-page';
import { operationsByTime, walkingRead } from './customer-walk';

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

/** The operations' rows with the values their other four tables carry: all of them, or the given headers' only. */
async function joined(db: HqDatabase, headers: AsyncCustomer[], all: boolean): Promise<CustomerOperationRow[]> {
  const ids = headers.map((h) => h.operationId);
  const [addresses, contacts, attributes, stores] = await Promise.all([
    all ? db.asyncAddresses.toArray() : db.asyncAddresses.bulkGet(ids).then((rows) => rows.filter((a) => a !== undefined)),
    all ? db.asyncContacts.toArray().then(byOperation) : linesOf(db.asyncContacts, ids),
    all ? db.asyncAttributes.toArray().then(byOperation) : linesOf(db.asyncAttributes, ids),
    db.stores.toArray(),
  ]);
  const addressOf = new Map(addresses.map((a) => [a.operationId, a]));
  const storeNames = new Map(stores.map((s) => [s.id, s.name]));
  return headers.map((header) => {
    const operation = { header, address: addressOf.get(header.operationId), contacts: contacts.get(header.operationId) ?? [], affiliations: [], attributes: attributes.get(header.operationId) ?? [] };
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

/** The key ranges of the search a value filter reads: the value's terms, or for a channel, which matches by any part of its name, its stores'. */
async function rangesOf(db: HqDatabase, filter: CustomerOperationFilter, needle: string): Promise<[TermKey, TermKey][]> {
  return filter.field === 'channelName'
    ? (await db.stores.toArray()).filter((s) => s.name.toLowerCase().includes(needle.toLowerCase())).map((store) => termRange(searchTerm(STORE_FIELD, store.id), true))
    : [termRange(searchTerm(filter.field, needle), false)];
}

/**
 * What a read costs, counted in keys of the search read (the cheapest thing IndexedDB reads):
 * an operation read through its time index and tested, its address with it, costs about four; a
 * header read by its key, about one.
 */
const OPERATION_COST = 4;
const HEADER_COST = 1;

/**
 * The ids of the operations a value filter finds, oldest first, ties by id: the key ranges of the
 * value's terms, then, for a status, whichever is fewer to read: the matches' headers, to keep
 * those in the status; or the status's keys or the other statuses' (the kept counts say which
 * are fewer), to keep or to leave out. The keys hold each operation's time and id.
 */
async function matchingIds(db: HqDatabase, filter: CustomerOperationFilter, ranges: readonly [TermKey, TermKey][]): Promise<string[]> {
  const matches = await keysIn(db, ranges);
  const wanted = filter.status;
  if (wanted !== 'all' && matches.size > 0) {
    const counts = await countsOf(db, 'asyncCustomers');
    const others = CUSTOMER_SYNC_STATUSES.filter((s) => s !== wanted);
    const inStatus = sumCounts(counts, [wanted]);
    const elsewhere = others.reduce((n, s) => n + sumCounts(counts, [s]), 0);
    if (HEADER_COST * matches.size < Math.min(inStatus, elsewhere)) {
      const headers = await headersOf(db, [...matches.keys()]);
      for (const header of headers) if (header.status !== wanted) matches.delete(header.operationId);
    } else {
      const keep = inStatus <= elsewhere;
      const statuses = await keysIn(db, (keep ? [wanted] : others).map((s) => termRange(statusTerm(s), true)));
      for (const id of [...matches.keys()]) if (statuses.has(id) !== keep) matches.delete(id);
    }
  }
  const byTime = [...matches].sort(([a, at], [b, bt]) => at - bt || (a < b ? -1 : a > b ? 1 : 0));
  return byTime.map(([id]) => id);
}

/**
 * How many operations the key ranges of a field's terms hold: for a counted field, the sum of its
 * values' counts in the given statuses; for another, its keys counted (in every status).
 */
async function countMatching(db: HqDatabase, field: string, ranges: readonly [TermKey, TermKey][], statuses: readonly CustomerSyncStatus[]): Promise<number> {
  const counted = isCountedField(field)
    ? statuses.flatMap((status) => ranges.map(async ([from, to]) => (await db.asyncCustomerTermCounts.where(':id').between([status, from[0]], [status, to[0]], true, true).toArray()).reduce((a, b) => a + b, 0)))
    : ranges.map(([from, to]) => db.asyncCustomerTerms.where(':id').between(from, to, true, true).count());
  return (await Promise.all(counted)).reduce((a, b) => a + b, 0);
}

/** A value filter's matches, counted, and a page of them read. */
interface Matches {
  total: number;
  page: (request: PageRequest) => Promise<AsyncCustomer[]>;
}

/**
 * A value filter that many operations match (a city's first letter, a customer group), when
 * walking the operations in time order from the page's edge, testing each (about a page ÷ the
 * share that match), reads less than the matches' keys would: the matches are then only counted.
 * With a status, the status's operations are walked. A counted field's counts are by status; for
 * another field, the matches in the other statuses, read whole when they are few, are taken from
 * the count. A status with few operations is read whole, each tested.
 *
 * Null when the keys are the cheaper read.
 */
async function broadMatches(db: HqDatabase, filter: CustomerOperationFilter, ranges: readonly [TermKey, TermKey][], pageSize: number): Promise<Matches | null> {
  const field = filter.field === 'channelName' ? STORE_FIELD : filter.field;
  const matching = await countMatching(db, field, ranges, CUSTOMER_SYNC_STATUSES);
  if (matching === 0) return null;
  const counts = await countsOf(db, 'asyncCustomers');
  const test = (source: SearchSource) => hasTermIn(source, ranges);
  const reader = (status: CustomerSyncStatus | 'all', density: number) => walkingRead(db, operationsByTime(db, status), filter.field, test, density);
  const walked = (status: CustomerSyncStatus | 'all', total: number, density: number): Matches => ({ total, page: (request) => pageByReads(reader(status, density), request, total) });
  /** Walking a list of n operations of which `found` match, for a page. */
  const walkCost = (n: number, found: number) => (found > 0 ? (OPERATION_COST * pageSize * n) / found : Infinity);
  if (filter.status === 'all') {
    const all = sumCounts(counts, [null]);
    return walkCost(all, matching) < matching ? walked('all', matching, matching / all) : null;
  }
  const status = filter.status;
  const inStatus = sumCounts(counts, [status]);
  const others = CUSTOMER_SYNC_STATUSES.filter((s) => s !== status && sumCounts(counts, [s]) > 0);
  const elsewhere = others.reduce((n, s) => n + sumCounts(counts, [s]), 0);
  const keysCost = matching + Math.min(inStatus, elsewhere, HEADER_COST * matching);
  const wholeCost = OPERATION_COST * inStatus;
  const readWhole = async (): Promise<Matches> => {
    const oldestFirst = await reader(status, 1)(false, undefined, 0, Infinity);
    return { total: oldestFirst.length, page: (request) => Promise.resolve(pageOf(oldestFirst, request)) };
  };
  if (isCountedField(field)) {
    const total = await countMatching(db, field, ranges, [status]);
    if (total === 0) return { total, page: () => Promise.resolve([]) };
    const walkingCost = walkCost(inStatus, total);
    if (wholeCost <= Math.min(keysCost, walkingCost)) return readWhole();
    return walkingCost < keysCost ? walked(status, total, total / inStatus) : null;
  }
  // At worst every operation elsewhere matches: the fewest matches left in the status.
  const excludeCost = OPERATION_COST * elsewhere + walkCost(inStatus, matching - elsewhere);
  if (wholeCost <= Math.min(keysCost, excludeCost)) return readWhole();
  if (excludeCost >= keysCost) return null;
  const found = await Promise.all(others.map((s) => reader(s, 1)(false, undefined, 0, Infinity)));
  const total = matching - found.reduce((n, f) => n + f.length, 0);
  return walkCost(inStatus, total) < keysCost ? walked(status, total, total / inStatus) : null;
}

/** The operations of the ids, in their order. */
async function headersOf(db: HqDatabase, ids: readonly string[]): Promise<AsyncCustomer[]> {
  return (await db.asyncCustomers.bulkGet([...ids])).filter((h): h is AsyncCustomer => h !== undefined);
}

/** One page of a list held oldest first, either way round. */
function pageOf<T>(items: readonly T[], request: PageRequest): T[] {
  const start = request.page * request.pageSize;
  if (!request.descending) return items.slice(start, start + request.pageSize);
  return items.slice(Math.max(0, items.length - start - request.pageSize), Math.max(0, items.length - start)).reverse();
}

/** Customer synchronization status, every operation the filter matches, newest first: what an export writes. */
export async function queryCustomerOperations(db: HqDatabase, filter: CustomerOperationFilter): Promise<CustomerOperationRow[]> {
  const needle = filter.value.trim();
  if (needle) return joined(db, await headersOf(db, (await matchingIds(db, filter, await rangesOf(db, filter, needle))).reverse()), false);
  const headers = filter.status === 'all' ? await db.asyncCustomers.toArray() : await db.asyncCustomers.where('status').equals(filter.status).toArray();
  return joined(db, headers.sort(inOrder(true)), true);
}

/**
 * One page of Customer synchronization status. Without a value filter the page is a short range
 * of the status's index and the total a kept count; with one that few operations match, a slice
 * of the ids the search finds; with one that many match, the search's count and a walk in time
 * order (broadMatches). Only the page's rows are joined with their values.
 */
export async function queryCustomerOperationsPage(db: HqDatabase, filter: CustomerOperationFilter, request: PageRequest): Promise<{ rows: CustomerOperationRow[]; total: number }> {
  const needle = filter.value.trim();
  if (!needle) {
    const total = sumCounts(await countsOf(db, 'asyncCustomers'), [filter.status === 'all' ? null : filter.status]);
    const headers = await keysetPage(operationsByTime(db, filter.status), request, total);
    return { rows: await joined(db, headers, false), total };
  }
  const ranges = await rangesOf(db, filter, needle);
  const broad = await broadMatches(db, filter, ranges, request.pageSize);
  if (broad) return { rows: await joined(db, await broad.page(request), false), total: broad.total };
  const ids = await matchingIds(db, filter, ranges);
  return { rows: await joined(db, await headersOf(db, pageOf(ids, request)), false), total: ids.length };
}
