import { cmp, type InsertType } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import { countsOf, sumCounts } from '../db/kept-counts';
import type { AsyncAttribute, AsyncCustomer, CoreValues, CustomerSyncStatus } from '../domain/customers';
import { operationValues } from '../engine/async-customer-operation';
import { keysStartingWith, rowsStartingWith } from './starts-with';
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

/** Every field but the channel matches from its start (as typed, in capitals, small letters or capitalized; see keysStartingWith) through an index; the channel's name anywhere in it. */
const HEADER_FIELDS = ['customerAccount', 'asyncCustomerAccount', 'name', 'customerGroup', 'email', 'phone'] as const;
const ADDRESS_FIELDS = ['street', 'city', 'zipCode', 'countryRegionId'] as const;
const isOneOf = <T extends string>(list: readonly T[], field: string): field is T => (list as readonly string[]).includes(field);

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

/**
 * The operations whose field matches the value, through that field's index (the channel through
 * its stores): an operation's own field (e-mail and phone are its own too) gives its rows at once;
 * an address or attribute gives the ids, and their operations are then read by id.
 */
async function operationsMatching(db: HqDatabase, field: OperationFilterField, needle: string): Promise<AsyncCustomer[]> {
  const byId = (ids: string[]) => db.asyncCustomers.bulkGet([...new Set(ids)]).then((rows) => rows.filter((h): h is AsyncCustomer => h !== undefined));
  if (field === 'channelName') {
    const stores = (await db.stores.toArray()).filter((s) => s.name.toLowerCase().includes(needle.toLowerCase()));
    return db.asyncCustomers.where('storeId').anyOf(stores.map((s) => s.id)).toArray();
  }
  if (isOneOf(HEADER_FIELDS, field)) return rowsStartingWith(() => db.asyncCustomers.where(field), needle, (h) => h.operationId);
  if (isOneOf(ADDRESS_FIELDS, field)) return byId(await keysStartingWith<string>(() => db.asyncAddresses.where(field), needle));
  const name = field.slice('attribute:'.length);
  const attributes = await rowsStartingWith<AsyncAttribute>(() => db.asyncAttributes.where('newValue'), needle, (a) => a.id!);
  return byId(attributes.flatMap((a) => (a.name === name ? [a.operationId] : [])));
}

const inOrder = (descending: boolean) => (a: AsyncCustomer, b: AsyncCustomer) =>
  (descending ? -1 : 1) * (cmp(a.operationTimestamp, b.operationTimestamp) || cmp(a.operationId, b.operationId));

/** Customer synchronization status, every operation the filter matches, newest first: what an export writes. */
export async function queryCustomerOperations(db: HqDatabase, filter: CustomerOperationFilter): Promise<CustomerOperationRow[]> {
  const needle = filter.value.trim();
  if (needle) return joined(db, (await matchingHeaders(db, filter, needle)).sort(inOrder(true)), false);
  const headers = filter.status === 'all' ? await db.asyncCustomers.toArray() : await db.asyncCustomers.where('status').equals(filter.status).toArray();
  return joined(db, headers.sort(inOrder(true)), true);
}

/** The operations a value filter finds (through the field's index), with the status filter: the pages' and the export's alike. */
async function matchingHeaders(db: HqDatabase, filter: CustomerOperationFilter, needle: string): Promise<AsyncCustomer[]> {
  return (await operationsMatching(db, filter.field, needle)).filter((h) => filter.status === 'all' || h.status === filter.status);
}

/**
 * One page of Customer synchronization status. Without a value filter the page is a short range
 * of the status's index and the total a kept count; a value narrows through its field's index.
 * Only the page's rows are joined with their values.
 */
export async function queryCustomerOperationsPage(db: HqDatabase, filter: CustomerOperationFilter, request: PageRequest): Promise<{ rows: CustomerOperationRow[]; total: number }> {
  const needle = filter.value.trim();
  const start = request.page * request.pageSize;
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
  const headers = await matchingHeaders(db, filter, needle);
  const page = headers.sort(inOrder(request.descending)).slice(start, start + request.pageSize);
  return { rows: await joined(db, page, false), total: headers.length };
}
