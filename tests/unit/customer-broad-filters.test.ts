import { describe, expect, it } from 'vitest';
import type { DBCore, DBCoreTable } from 'dexie';
import { operationAnchor, queryCustomerOperationsPage, type CustomerOperationFilter } from '../../shared/queries/customer-operations';
import { shownPage, type PageRequest } from '../../shared/queries/keyset-page';
import type { HqDatabase } from '../../shared/db/hq-database';
import type { AsyncCustomer } from '../../shared/domain/customers';
import { runJob, uploadedCustomers } from '../support/customers';

/** IndexedDB's order of strings: by UTF-16 code units. */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts the rows each table's range reads return (a count() returns none), through a DBCore middleware. */
async function readsOf(db: HqDatabase): Promise<Map<string, number>> {
  const reads = new Map<string, number>();
  db.close();
  db.use({
    stack: 'dbcore', name: 'count-reads',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name: string): DBCoreTable => {
        const table = down.table(name);
        return { ...table, query: async (request) => {
          const response = await table.query(request);
          reads.set(name, (reads.get(name) ?? 0) + response.result.length);
          return response;
        } };
      },
    }),
  });
  await db.open();
  return reads;
}

/** 3,000 customers created offline, uploaded, the oldest synchronized: by default 100 (so a few are Succeeded or Failed, most Pending). */
async function manyOperations(synchronized = 100) {
  const { db, engine } = await uploadedCustomers();
  for (let i = 0; i < 6; i++) await engine.execute({ type: 'simulateCustomerOperations', kind: 'create', count: 500, fault: null });
  await runJob(engine, 'P-0001');
  await engine.execute({ type: 'synchronizeCustomerOperations', operationIds: (await db.asyncCustomers.orderBy('operationTimestamp').primaryKeys()).slice(0, synchronized) });
  return db;
}

/** The first, middle, next, previous and last pages of a filter, either way: each as the oracle has it. */
async function expectPages(db: HqDatabase, filter: CustomerOperationFilter, all: string[]): Promise<void> {
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

/** What the filter must find, newest first: every operation read whole and tested here. */
async function oracle(db: HqDatabase, filter: CustomerOperationFilter): Promise<string[]> {
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

const ids = (rows: { header: { operationId: string } }[]) => rows.map((r) => r.header.operationId);

describe('Customer synchronization status, a filter that many operations match', () => {
  it('walks the operations in time order for any page, either way, counting the matches without reading their keys', async () => {
    const db = await manyOperations();
    const reads = await readsOf(db);
    // A city's first letter (a third match), with no status, the large status, a small one; an
    // account's first letters (all match) in the large status; an attribute half have.
    const filters: CustomerOperationFilter[] = [
      { field: 'city', value: 's', status: 'all' },
      { field: 'city', value: 'S', status: 'Pending' },
      { field: 'city', value: 's', status: 'Succeeded' },
      { field: 'asyncCustomerAccount', value: 'async', status: 'Pending' },
      { field: 'attribute:Newsletter', value: 'y', status: 'all' },
    ];
    for (const filter of filters) {
      const all = await oracle(db, filter);
      expect(all.length, JSON.stringify(filter)).toBeGreaterThan(filter.status === 'Succeeded' ? 10 : 900);
      reads.clear();
      await queryCustomerOperationsPage(db, filter, { page: 0, pageSize: 25, descending: true });
      // The first page reads a few times a page of operations, and none of the search's keys.
      expect(reads.get('asyncCustomerTerms') ?? 0, JSON.stringify(filter)).toBe(0);
      expect(reads.get('asyncCustomers') ?? 0, JSON.stringify(filter)).toBeLessThan(filter.status === 'Succeeded' ? 200 : 400);
      await expectPages(db, filter, all);
    }
  }, 60_000);

  it('with as many operations in the status as out of it: walks a counted value, and checks an uncounted one’s matches by their headers', async () => {
    const db = await manyOperations(1600);
    const reads = await readsOf(db);
    const walkedFilter: CustomerOperationFilter = { field: 'city', value: 's', status: 'Succeeded' };
    const keyedFilter: CustomerOperationFilter = { field: 'name', value: 'a', status: 'Pending' };
    const [walked, keyed] = [await oracle(db, walkedFilter), await oracle(db, keyedFilter)];
    expect(walked.length).toBeGreaterThan(300);
    expect(keyed.length).toBeGreaterThan(25);
    reads.clear();
    await queryCustomerOperationsPage(db, walkedFilter, { page: 0, pageSize: 25, descending: true });
    expect(reads.get('asyncCustomerTerms') ?? 0).toBe(0);
    reads.clear();
    await queryCustomerOperationsPage(db, keyedFilter, { page: 0, pageSize: 25, descending: true });
    // The name's keys, in every status; not the 1,500 keys of either side of the status.
    const named = (await oracle(db, { ...keyedFilter, status: 'all' })).length;
    expect(reads.get('asyncCustomerTerms')).toBe(named);
    await expectPages(db, walkedFilter, walked);
    await expectPages(db, keyedFilter, keyed);
  }, 60_000);

  it('shows every match once, Next after Next and Previous after Previous, across the walk’s batches', async () => {
    const db = await manyOperations();
    const filter: CustomerOperationFilter = { field: 'city', value: 's', status: 'all' };
    const expected = await oracle(db, filter);
    const pageSize = 100;
    const last = Math.ceil(expected.length / pageSize) - 1;
    const seen: string[] = [];
    let shown: PageRequest['shown'] = null;
    for (let page = 0; page <= last; page++) {
      const { rows } = await queryCustomerOperationsPage(db, filter, { page, pageSize, descending: true, shown });
      seen.push(...ids(rows));
      shown = shownPage(page, rows, operationAnchor);
    }
    expect(seen).toEqual(expected);
    const back: string[][] = [];
    for (let page = last - 1; page >= 0; page--) {
      const { rows } = await queryCustomerOperationsPage(db, filter, { page, pageSize, descending: true, shown });
      back.unshift(ids(rows));
      shown = shownPage(page, rows, operationAnchor);
    }
    expect(back.flat()).toEqual(expected.slice(0, last * pageSize));
  }, 60_000);
});
