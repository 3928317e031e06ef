import type { Table } from 'dexie';
import type { AsyncContact, AsyncCustomer } from '../../domain/customers';

/** Async customer operations with their e-mail and phone (RETAILASYNCCUSTOMERV2's EMAIL and PHONE) from their contact rows: the first of each type. */
export async function withContactFields(contacts: Table<AsyncContact, number>, operations: readonly AsyncCustomer[]): Promise<AsyncCustomer[]> {
  const rows = await contacts.where('operationId').anyOf(operations.map((op) => op.operationId)).toArray();
  // The first contact of each type, as operationValues reads them.
  const locators = new Map<string, string>();
  for (const c of rows) if (!locators.has(`${c.operationId} ${c.type}`)) locators.set(`${c.operationId} ${c.type}`, c.locator);
  const locator = (operationId: string, type: AsyncContact['type']) => locators.get(`${operationId} ${type}`) ?? '';
  return operations.map((op) => ({ ...op, email: locator(op.operationId, 'Email'), phone: locator(op.operationId, 'Phone') }));
}
