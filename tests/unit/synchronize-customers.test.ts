import { describe, expect, it } from 'vitest';
import { keyOf, keyTuple } from '../../shared/orders/transaction-entities';
import { FAILING_OPERATIONS } from '../../shared/demo/demo-customers';
import { synchronizeCustomerOperation } from '../../shared/customers/synchronize/synchronize-customer';
import { asyncTables } from '../../shared/customers/async-customer-operation';
import type { HqDatabase } from '../../shared/db/hq-database';
import { edit, runJob, uploadedCustomers } from '../support/customers';

/** The one fix each failing demo operation needs, and the reason it fails for. */
const fixes: Record<(typeof FAILING_OPERATIONS)[number], [field: string, value: string, reason: RegExp]> = {
  'OP-C0003': ['email', 'emma.holm@example.com', /'emma.holm@example' is not a valid e-mail address/],
  'OP-C0006': ['zipCode', '0155', /missing its ZIP\/postal code, which is mandatory/],
  'OP-C0009': ['attribute:Loyalty tier', 'Gold', /'Platinum' is not an allowed value of Loyalty tier/],
  'OP-C0012': ['customerGroup', '10', /Customer group '40' does not exist/],
  'OP-U0002': ['email', 'erik.dahl@example.com', /'erik dahl@example.com' is not a valid e-mail address/],
  'OP-U0005': ['city', 'Oslo', /missing its City, which is mandatory/],
  'OP-U0007': ['attribute:Preferred contact', 'SMS', /'Fax' is not an allowed value of Preferred contact/],
};

async function completedFlags(db: HqDatabase, operationId: string): Promise<number[]> {
  const rows = await Promise.all(asyncTables(db).map((t) => t.where('operationId').equals(operationId).toArray()));
  return rows.flat().map((r) => r.onlineOperationCompleted);
}

describe('Synchronize customers and channel requests', () => {
  it('fails exactly the operations with bad data, for their reason, and synchronizes the rest', async () => {
    const { db, engine } = await uploadedCustomers();
    const { counts } = await runJob(engine, 'synchronize-customers');
    const failed = await db.asyncCustomers.where('status').equals('Failed').toArray();
    expect(failed.map((o) => o.operationId).sort()).toEqual([...FAILING_OPERATIONS].sort());
    for (const op of failed) expect(op.lastKnownError).toMatch(fixes[op.operationId as keyof typeof fixes][2]);
    expect(counts).toMatchObject({ failed: FAILING_OPERATIONS.length, succeeded: (await db.asyncCustomers.count()) - FAILING_OPERATIONS.length });
  });

  it.each(FAILING_OPERATIONS)('%s succeeds once its data is corrected', async (operationId) => {
    const { db, engine } = await uploadedCustomers();
    await runJob(engine, 'synchronize-customers');
    const [field, value] = fixes[operationId];
    await edit(engine, operationId, field, value);
    expect((await engine.execute({ type: 'synchronizeCustomerOperations', operationIds: [operationId] })).counts).toMatchObject({ succeeded: 1 });
    const op = (await db.asyncCustomers.get(operationId))!;
    expect(op).toMatchObject({ status: 'Succeeded', lastKnownError: null, retryCount: 1 });
    const customer = (await db.customers.get(op.customerAccount!))!;
    expect(field.startsWith('attribute:') ? customer.attributes[field.slice(10)] : customer[field as 'email']).toBe(value);
  });

  it('a missing customer group can be fixed by configuration instead of data', async () => {
    const { db, engine } = await uploadedCustomers();
    await runJob(engine, 'synchronize-customers');
    await db.customerGroups.add({ id: '40', description: 'Loyalty club' });
    await runJob(engine, 'synchronize-customers');
    expect((await db.asyncCustomers.get('OP-C0012'))!.status).toBe('Succeeded');
  });

  it('sets OnlineOperationCompleted = 1 on every row of a succeeded operation, and only then', async () => {
    const { db, engine } = await uploadedCustomers();
    expect(await completedFlags(db, 'OP-C0001')).not.toContain(1);
    await runJob(engine, 'synchronize-customers');
    const done = await completedFlags(db, 'OP-C0001');
    expect(done.length).toBeGreaterThanOrEqual(5); // header, address, two contacts, attributes
    expect(new Set(done)).toEqual(new Set([1]));
    expect(new Set(await completedFlags(db, 'OP-C0003'))).toEqual(new Set([0]));
  });

  it('creates the real customer exactly once under repeated and concurrent synchronization', async () => {
    const { db, engine } = await uploadedCustomers();
    await runJob(engine, 'synchronize-customers');
    await edit(engine, 'OP-C0003', 'email', 'emma.holm@example.com');
    const before = await db.customers.count();
    const outcomes = await Promise.all([1, 2, 3].map(() => synchronizeCustomerOperation(db, 'OP-C0003', new Date())));
    await runJob(engine, 'synchronize-customers');
    expect(outcomes.filter((o) => o === 'succeeded')).toHaveLength(1);
    expect(await db.customers.count()).toBe(before + 1);
  });

  it('updates an existing customer for an Update operation, without creating one', async () => {
    const { db, engine } = await uploadedCustomers();
    const op = (await db.asyncCustomers.get('OP-U0001'))!;
    const before = await db.customers.count();
    await runJob(engine, 'synchronize-customers');
    expect((await db.asyncCustomers.get('OP-U0001'))!.status).toBe('Succeeded');
    expect(await db.customers.count()).toBe(before + 12); // the 12 valid creations, and no more
    expect((await db.customers.get(op.customerAccount!))!.phone).toMatch(/^\+46 70/);
  });
});

describe('an Update operation synchronized late', () => {
  it('changes only the fields it changed, leaving newer changes to other fields alone', async () => {
    const { db, engine } = await uploadedCustomers();
    await runJob(engine, 'synchronize-customers'); // OP-U0002 fails on its e-mail address
    const account = (await db.asyncCustomers.get('OP-U0002'))!.customerAccount!;
    await db.customers.update(account, { city: 'Trondheim' }); // someone changes the city in HQ meanwhile
    await edit(engine, 'OP-U0002', 'email', 'erik.dahl@example.com');
    await engine.execute({ type: 'synchronizeCustomerOperations', operationIds: ['OP-U0002'] });
    const customer = (await db.customers.get(account))!;
    expect(customer).toMatchObject({ city: 'Trondheim', email: 'erik.dahl@example.com' });
    expect(customer.phone).toMatch(/^\+46 70/);
  });
});

describe('editing an operation in the Customer attributes grid', () => {
  it('audits each saved change with field, old value, new value, who and when', async () => {
    const { db, engine } = await uploadedCustomers();
    await edit(engine, 'OP-C0006', 'zipCode', '0155');
    const [audit] = await db.customerEdits.where('operationId').equals('OP-C0006').toArray();
    expect(audit).toMatchObject({ field: 'zipCode', oldValue: '', newValue: '0155', editedBy: 'Karin Berg' });
    expect(audit!.editedAt).toMatch(/^2026-11-21T/);
    expect((await db.asyncAddresses.get('OP-C0006'))!.zipCode).toBe('0155');
  });

  it('rejects an invalid new value inline and saves nothing, not even the valid changes beside it', async () => {
    const { db, engine } = await uploadedCustomers();
    const failed = engine.execute({
      type: 'updateCustomerOperation', operationId: 'OP-C0009', editedBy: 'Karin Berg',
      changes: [{ field: 'attribute:Newsletter', newValue: 'No' }, { field: 'attribute:Loyalty tier', newValue: 'Diamond' }],
    });
    await expect(failed).rejects.toMatchObject({ fieldErrors: { 'attribute:Loyalty tier': expect.stringMatching(/'Diamond' is not an allowed value/) } });
    expect(await db.customerEdits.count()).toBe(0);
    const attributes = await db.asyncAttributes.where('operationId').equals('OP-C0009').toArray();
    expect(attributes.find((a) => a.name === 'Loyalty tier')!.newValue).toBe('Platinum');
  });

  it('refuses to change an operation that is already synchronized', async () => {
    const { engine } = await uploadedCustomers();
    await runJob(engine, 'synchronize-customers');
    await expect(edit(engine, 'OP-C0001', 'city', 'Bergen')).rejects.toThrow(/already synchronized/);
  });
});

describe('customers created offline, downstream', () => {
  it('1010 replaces the async account in the channel with the real one', async () => {
    const { db, engine } = await uploadedCustomers();
    await runJob(engine, 'synchronize-customers');
    const before = (await db.channelCustomers.toArray()).find((c) => c.asyncCustomerAccount === 'ASYNC-FAB-000001')!;
    expect(before.customerAccount).toBe('ASYNC-FAB-000001');
    await runJob(engine, '1010');
    const real = (await db.asyncCustomers.get('OP-C0001'))!.customerAccount;
    expect((await db.channelCustomers.get(before.key))!.customerAccount).toBe(real);
    const stillAsync = (await db.channelCustomers.toArray()).filter((c) => c.customerAccount.startsWith('ASYNC-')).map((c) => c.asyncCustomerAccount);
    const failedCreations = (await db.asyncCustomers.bulkGet(FAILING_OPERATIONS.filter((id) => id.startsWith('OP-C')))).map((o) => o!.asyncCustomerAccount);
    expect(stillAsync.sort()).toEqual(failedCreations.sort());
  });

  it('Synchronize orders synchronizes an order\u2019s async customer first, and the sales order carries the real account', async () => {
    const { db, engine } = await uploadedCustomers();
    const orders = await db.RetailTransactionTable.filter((h) => h.CustAccountAsync !== null).toArray();
    expect(orders.length).toBeGreaterThan(0);
    await engine.execute({ type: 'synchronizeOrders', keys: orders.map(keyOf) });
    for (const order of orders) {
      const op = (await db.asyncCustomers.where('asyncCustomerAccount').equals(order.CustAccountAsync!).first())!;
      expect(op.status).toBe('Succeeded');
      const after = (await db.RetailTransactionTable.get(keyTuple(order)))!;
      if (after.salesOrderId) {
        expect((await db.salesOrders.get(after.salesOrderId))!.customerAccount).toBe(op.customerAccount);
        expect(after).toMatchObject({ custAccount: op.customerAccount, CustAccountAsync: order.CustAccountAsync });
      }
    }
  });

  it('an order whose async customer cannot be synchronized fails with that reason', async () => {
    const { db, engine } = await uploadedCustomers();
    const order = (await db.RetailTransactionTable.filter((h) => h.CustAccountAsync !== null).first())!;
    const op = (await db.asyncCustomers.where('asyncCustomerAccount').equals(order.CustAccountAsync!).first())!;
    await edit(engine, op.operationId, 'customerGroup', '30');
    await db.customerGroups.delete('30');
    await engine.execute({ type: 'synchronizeOrders', keys: [keyOf(order)] });
    const after = (await db.RetailTransactionOrderStatus.get(keyTuple(order)))!;
    expect(after.Status).toBe('Failed');
    expect(after.ErrorDetail).toMatch(new RegExp(`^Customer ${order.CustAccountAsync} could not be synchronized .*Customer group '30' does not exist`));
  });
});
