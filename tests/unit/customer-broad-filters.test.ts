import { describe, expect, it } from 'vitest';
import type { DBCore, DBCoreTable } from 'dexie';
import { operationAnchor, queryCustomerOperationsPage, type CustomerOperationFilter } from '../../shared/customers/customer-operations';
import { shownPage, type PageRequest } from '../../shared/platform/keyset-page';
import type { HqDatabase } from '../../shared/db/hq-database';
import { runJob, uploadedCustomers } from '../support/customers';
import { expectPages, ids, oracle } from '../support/customer-pages';

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
