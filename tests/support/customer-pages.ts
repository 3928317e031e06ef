import { expect } from 'vitest';
import type { HqDatabase } from '../../shared/db/hq-database';
import type { AsyncCustomer } from '../../shared/customers/customers';
import { operationAnchor, queryCustomerOperationsPage, type CustomerOperationFilter } from '../../shared/customers/customer-operations';
import { shownPage, type PageRequest } from '../../shared/platform/keyset-page';

/** IndexedDB's order of strings: by UTF-16 code units. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export const ids = (rows: { header: { operationId: string } }[]) => rows.map((r) => r.header.operationId);

/** What the filter must find, newest first: every operation read whole and tested here. */
export async function oracle(db: HqDatabase, filter: CustomerOperationFilter): Promise<string[]> {
  const addresses = new Map((await db.asyncAddresses.toArray()).map((a) => [a.operationId, a]));
  const lastAttribute = new Map((await db.asyncAttributes.toArray()).map((a) => [`${a.operationId}\u0001attribute:${a.name}`, a.newValue]));
  const valueOf = (h: AsyncCustomer) =>
    filter.field === 'city' ? addresses.get(h.operationId)?.city
      : filter.field === 'asyncCustomerAccount' ? h.asyncCustomerAccount
        : filter.field === 'name' ? h.name
          : lastAttribute.get(`${h.operationId}\u0001${filter.field}`);
  return (await db.asyncCustomers.toArray())
    .filter((h) => (valueOf(h) ?? '').toUpperCase().startsWith(filter.value.toUpperCase()) && (filter.status === 'all' || h.status === filter.status))
    .sort((a, b) => byCodeUnits(b.operationTimestamp, a.operationTimestamp) || byCodeUnits(b.operationId, a.operationId))
    .map((h) => h.operationId);
}

/** The first, middle, next, previous and last pages of a filter, either way: each as the oracle has it. */
export async function expectPages(db: HqDatabase, filter: CustomerOperationFilter, all: string[]): Promise<void> {
  for (const descending of [true, false]) {
    const expected = descending ? all : [...all].reverse();
    const pageOf = (page: number, shown: PageRequest['shown'] = null) => queryCustomerOperationsPage(db, filter, { page, pageSize: 25, descending, shown });
    const last = Math.ceil(expected.length / 25) - 1;
    const middle = Math.floor(last / 2);
    const shownMiddle = await pageOf(middle);
    const fromMiddle = (page: number) => pageOf(page, shownPage(middle, shownMiddle.rows, operationAnchor));
    const pages = [[0, await pageOf(0)], [middle, shownMiddle], [middle + 1, await fromMiddle(middle + 1)], [middle - 1, await fromMiddle(middle - 1)], [last, await pageOf(last)]] as const;
    for (const [page, result] of pages) {
      const where = JSON.stringify({ filter, descending, page });
      expect(result.total, where).toBe(expected.length);
      expect(ids(result.rows), where).toEqual(expected.slice(page * 25, page * 25 + 25));
    }
  }
}

