import { describe, expect, it } from 'vitest';
import { operationAnchor, queryCustomerOperations, queryCustomerOperationsPage, type CustomerOperationFilter } from '../../shared/customers/customer-operations';
import { shownPage, type PageRequest } from '../../shared/platform/keyset-page';
import { updateCustomerOperation } from '../../shared/customers/customer-operation-edits';
import { runJob, uploadedCustomers } from '../support/customers';
import { expectPages, oracle } from '../support/customer-pages';
import type { HqDatabase } from '../../shared/db/hq-database';

describe('Customer synchronization status query', () => {
  it('filters by any customer field from its start, the channel by any part of its name, in any case', async () => {
    const { db } = await uploadedCustomers();
    const byEmail = await queryCustomerOperations(db, { field: 'email', value: 'EMMA.HOLM', status: 'all' });
    expect(byEmail.map((r) => r.header.operationId)).toEqual(['OP-C0003']);
    const byTier = await queryCustomerOperations(db, { field: 'attribute:Loyalty tier', value: 'platinum', status: 'all' });
    expect(byTier.map((r) => r.header.operationId)).toEqual(['OP-C0009']);
    const byChannel = await queryCustomerOperations(db, { field: 'channelName', value: 'Seattle', status: 'all' });
    expect(byChannel.length).toBeGreaterThan(0);
    expect(byChannel.every((r) => r.header.storeId === 'SEA')).toBe(true);
  });

  it('finds an operation by the e-mail and phone an edit gave it, and no longer by the ones it had', async () => {
    const { db } = await uploadedCustomers();
    const [before] = await queryCustomerOperations(db, { field: 'email', value: 'EMMA.HOLM', status: 'all' });
    await updateCustomerOperation(db, 'OP-C0003', [{ field: 'email', newValue: 'zz.new@example.com' }, { field: 'phone', newValue: '+47 99 88 77 66' }], 'Karin', new Date());
    const ids = async (field: 'email' | 'phone', value: string) => (await queryCustomerOperations(db, { field, value, status: 'all' })).map((r) => r.header.operationId);
    expect(await ids('email', 'ZZ.New')).toEqual(['OP-C0003']);
    expect(await ids('phone', '+47 99 88')).toEqual(['OP-C0003']);
    expect(await ids('email', before!.values.email)).toEqual([]);
    expect((await queryCustomerOperations(db, { field: 'email', value: 'zz.new', status: 'all' }))[0]!.values.email).toBe('zz.new@example.com');
  });

  it('filters by status and lists the newest operation first', async () => {
    const { db, engine } = await uploadedCustomers();
    await runJob(engine, 'synchronize-customers');
    const failed = await queryCustomerOperations(db, { field: 'name', value: '', status: 'Failed' });
    expect(failed).toHaveLength(7);
    const all = await queryCustomerOperations(db, { field: 'name', value: '', status: 'all' });
    expect(all.map((r) => r.header.operationTimestamp)).toEqual(all.map((r) => r.header.operationTimestamp).sort().reverse());
  });
});

describe('Customer synchronization status pages', () => {
  it('shows, page by page and either way round, exactly the operations the export holds, for every field through its index', async () => {
    const { db, engine } = await uploadedCustomers();
    await runJob(engine, 'synchronize-customers');
    const sample = (await queryCustomerOperations(db, { field: 'name', value: '', status: 'all' }))[3]!;
    const filters: CustomerOperationFilter[] = [
      { field: 'name', value: '', status: 'all' },
      { field: 'name', value: '', status: 'Failed' },
      { field: 'name', value: sample.values.name.slice(0, 2).toLowerCase(), status: 'all' },
      { field: 'email', value: sample.values.email.slice(0, 4).toUpperCase(), status: 'all' },
      { field: 'phone', value: sample.values.phone.slice(0, 3), status: 'all' },
      { field: 'city', value: sample.values.city.slice(0, 3), status: 'all' },
      { field: 'zipCode', value: sample.values.zipCode.slice(0, 2), status: 'all' },
      { field: 'customerGroup', value: sample.values.customerGroup, status: 'Succeeded' },
      { field: 'asyncCustomerAccount', value: sample.header.asyncCustomerAccount!.slice(0, 6), status: 'all' },
      { field: 'attribute:Loyalty tier', value: 'g', status: 'all' },
      { field: 'channelName', value: 'attle', status: 'all' },
    ];
    for (const filter of filters) await expectPagesAsExported(db, filter, 4);
  });

  it('pages thousands of matches: first, middle, next and last pages, either way, with and without a status', async () => {
    const { db, engine } = await uploadedCustomers();
    for (let i = 0; i < 3; i++) await engine.execute({ type: 'simulateCustomerOperations', kind: 'create', count: 500, fault: null });
    await runJob(engine, 'P-0001');
    await engine.execute({ type: 'synchronizeCustomerOperations', operationIds: (await db.asyncCustomers.orderBy('operationTimestamp').primaryKeys()).slice(0, 300) });
    for (const status of ['all', 'Pending'] as const) {
      const filter: CustomerOperationFilter = { field: 'asyncCustomerAccount', value: 'async', status };
      const all = await oracle(db, filter);
      expect(all.length).toBeGreaterThan(1000);
      await expectPages(db, filter, all);
    }
  }, 60_000);
});

/** Every page, newest and oldest first, Next after Next: exactly the rows the export of the same filter holds, in its order. */
async function expectPagesAsExported(db: HqDatabase, filter: CustomerOperationFilter, pageSize: number): Promise<void> {
  const ids = (rows: { header: { operationId: string } }[]) => rows.map((r) => r.header.operationId);
  const all = ids(await queryCustomerOperations(db, filter));
  expect(all.length, JSON.stringify(filter)).toBeGreaterThan(0);
  for (const descending of [true, false]) {
    const expected = descending ? all : [...all].reverse();
    const seen: string[] = [];
    let shown: PageRequest['shown'] = null;
    for (let page = 0; page * pageSize < expected.length; page++) {
      const { rows, total } = await queryCustomerOperationsPage(db, filter, { page, pageSize, descending, shown });
      expect(total, JSON.stringify(filter)).toBe(expected.length);
      seen.push(...ids(rows));
      shown = shownPage(page, rows, operationAnchor);
    }
    expect(seen, JSON.stringify({ filter, descending })).toEqual(expected);
  }
}
