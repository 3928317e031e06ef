import type { HqDatabase } from '../db/hq-database';
import type { AsyncCustomer, CoreValues, CustomerSyncStatus } from '../domain/customers';
import { operationValues } from '../engine/async-customer-operation';

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

/**
 * Customer synchronization status: every uploaded operation with the values it carries, newest
 * first, filtered by any customer field containing the value (any case). Operations are few
 * next to transactions, so the five tables are joined in memory.
 */
export async function queryCustomerOperations(db: HqDatabase, filter: CustomerOperationFilter): Promise<CustomerOperationRow[]> {
  const [headers, addresses, contacts, attributes, stores] = await Promise.all([
    filter.status === 'all' ? db.asyncCustomers.toArray() : db.asyncCustomers.where('status').equals(filter.status).toArray(),
    db.asyncAddresses.toArray(), db.asyncContacts.toArray(), db.asyncAttributes.toArray(), db.stores.toArray(),
  ]);
  const byOperation = <T extends { operationId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const row of rows) {
      const list = map.get(row.operationId);
      if (list) list.push(row);
      else map.set(row.operationId, [row]);
    }
    return map;
  };
  const addressOf = new Map(addresses.map((a) => [a.operationId, a]));
  const contactsOf = byOperation(contacts);
  const attributesOf = byOperation(attributes);
  const needle = filter.value.trim().toLowerCase();
  const rows = headers.map((header) => {
    const operation = { header, address: addressOf.get(header.operationId), contacts: contactsOf.get(header.operationId) ?? [], affiliations: [], attributes: attributesOf.get(header.operationId) ?? [] };
    return {
      header,
      channelName: stores.find((s) => s.id === header.storeId)?.name ?? header.storeId,
      values: operationValues(operation),
      attributes: Object.fromEntries(operation.attributes.map((a) => [a.name, a.newValue])),
    };
  });
  const valueOf = (row: CustomerOperationRow): string => {
    const { field } = filter;
    if (field === 'channelName') return row.channelName;
    if (field === 'customerAccount' || field === 'asyncCustomerAccount') return row.header[field] ?? '';
    if (field.startsWith('attribute:')) return row.attributes[field.slice('attribute:'.length)] ?? '';
    return row.values[field as keyof CoreValues];
  };
  return rows
    .filter((row) => !needle || valueOf(row).toLowerCase().includes(needle))
    .sort((a, b) => b.header.operationTimestamp.localeCompare(a.header.operationTimestamp));
}
