import { cmp, type InsertType } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import { countsOf, sumCounts } from '../db/kept-counts';
import type { AsyncCustomer, CoreValues, CustomerSyncStatus } from '../domain/customers';
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

/** The accounts have indexes: they match from the start, as the transaction lists' customer filter does. */
const ACCOUNT_FIELDS = ['customerAccount', 'asyncCustomerAccount'] as const;
type AccountField = (typeof ACCOUNT_FIELDS)[number];
const isAccountField = (field: OperationFilterField): field is AccountField => (ACCOUNT_FIELDS as readonly string[]).includes(field);

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

/** Whether a row matches the filter's field and value: an account from its start, any other field anywhere in it; any case. */
function matchesValue(filter: CustomerOperationFilter): (row: CustomerOperationRow) => boolean {
  const needle = filter.value.trim().toLowerCase();
  const { field } = filter;
  if (!needle) return () => true;
  if (isAccountField(field)) return (row) => (row.header[field] ?? '').toLowerCase().startsWith(needle);
  const valueOf = (row: CustomerOperationRow): string => {
    if (field === 'channelName') return row.channelName;
    if (field.startsWith('attribute:')) return row.attributes[field.slice('attribute:'.length)] ?? '';
    return row.values[field as keyof CoreValues];
  };
  return (row) => valueOf(row).toLowerCase().includes(needle);
}

const inOrder = (descending: boolean) => (a: CustomerOperationRow, b: CustomerOperationRow) =>
  (descending ? -1 : 1) * (cmp(a.header.operationTimestamp, b.header.operationTimestamp) || cmp(a.header.operationId, b.header.operationId));

/**
 * Customer synchronization status, every operation the filter matches, newest first: what an
 * export writes. A value filter on a field other than an account reads every operation.
 */
export async function queryCustomerOperations(db: HqDatabase, filter: CustomerOperationFilter): Promise<CustomerOperationRow[]> {
  const headers = filter.status === 'all' ? await db.asyncCustomers.toArray() : await db.asyncCustomers.where('status').equals(filter.status).toArray();
  return (await joined(db, headers, true)).filter(matchesValue(filter)).sort(inOrder(true));
}

/**
 * One page of Customer synchronization status. Without a value filter the page is a short range
 * of the status's index and the total a kept count; an account narrows through its index; only
 * another field's value reads every operation. Only the page's rows are joined with their values.
 */
export async function queryCustomerOperationsPage(db: HqDatabase, filter: CustomerOperationFilter, request: PageRequest): Promise<{ rows: CustomerOperationRow[]; total: number }> {
  const needle = filter.value.trim();
  const start = request.page * request.pageSize;
  const slice = (rows: CustomerOperationRow[]) => ({ rows: rows.sort(inOrder(request.descending)).slice(start, start + request.pageSize), total: rows.length });
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
  if (isAccountField(filter.field)) {
    const headers = await db.asyncCustomers.where(filter.field).startsWithIgnoreCase(needle)
      .filter((h) => filter.status === 'all' || h.status === filter.status).toArray();
    return slice(await joined(db, headers, false));
  }
  return slice(await queryCustomerOperations(db, filter));
}
