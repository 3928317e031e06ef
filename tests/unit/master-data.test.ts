import { describe, expect, it } from 'vitest';
import type { HqDatabase } from '../../shared/db/hq-database';
import { HQ_PARAMETERS_ID, type HqParameters } from '../../shared/master-data/master-data';
import { fixes, uploadAndSynchronize } from '../support/fixes';
import { runJob, uploadedCustomers } from '../support/customers';
import { seededDatabase } from '../support/memory-database';

/** The workspace's parameters, changed as another HQ would have them. */
async function changeParameters(db: HqDatabase, change: (parameters: HqParameters) => void): Promise<void> {
  const parameters = (await db.hqParameters.get(HQ_PARAMETERS_ID))!;
  change(parameters);
  await db.hqParameters.put(parameters);
}

/** The failed orders' causes, counted. */
async function causes(db: HqDatabase): Promise<Map<string, number>> {
  const tally = new Map<string, number>();
  for (const s of await db.RetailTransactionOrderStatus.where('Status').equals('Failed').toArray()) for (const cause of s.ErrorCauses) tally.set(cause, (tally.get(cause) ?? 0) + 1);
  return tally;
}

describe("the rules read HQ's master data from its database, not the demo's", () => {
  it("checks customers against the workspace's own countries, customer groups and attribute values", async () => {
    const { db, engine } = await uploadedCustomers();
    // Another HQ: no United States or Denmark but Finland, a customer group 40, a Platinum loyalty tier.
    await db.countryRegions.bulkDelete(['USA', 'DNK']);
    await db.countryRegions.add({ id: 'FIN', name: 'Finland' });
    await db.customerGroups.add({ id: '40', description: 'Wholesale' });
    const tier = (await db.customerAttributeDefinitions.get('Loyalty tier'))!;
    await db.customerAttributeDefinitions.put({ ...tier, allowedValues: [...tier.allowedValues, 'Platinum'] });
    const inUsa = new Set((await db.asyncAddresses.toArray()).filter((a) => a.countryRegionId === 'USA').map((a) => a.operationId));
    expect(inUsa.size).toBeGreaterThan(0);

    await runJob(engine, 'synchronize-customers');
    const operations = await db.asyncCustomers.toArray();
    for (const op of operations.filter((o) => inUsa.has(o.operationId))) {
      expect(op.status, op.operationId).toBe('Failed');
      expect(op.lastKnownError).toContain("Country/region 'USA' does not exist (use FIN, NOR, SWE)");
    }
    // The group and the tier the demo refuses are this HQ's own: those operations fail for nothing else.
    const group40 = operations.find((o) => o.customerGroup === '40')!;
    expect(group40.lastKnownError ?? '').not.toContain('Customer group');
    const platinum = (await db.asyncAttributes.toArray()).find((a) => a.newValue === 'Platinum');
    expect((await db.asyncCustomers.get(platinum!.operationId))!.lastKnownError ?? '').not.toContain('Platinum');
  }, 30_000);

  it('draws customer accounts from the number sequence the parameters name', async () => {
    const { db, engine } = await uploadedCustomers();
    const demoSequence = (await db.hqParameters.get(HQ_PARAMETERS_ID))!.customerAccountSequence;
    const before = (await db.numberSequences.get(demoSequence))!;
    await db.numberSequences.add({ code: 'OTHER-CUST', name: 'Customers', reference: 'Customer account', prefix: 'C', digits: 5, smallest: 1, largest: 99_999, next: 70_001 });
    await changeParameters(db, (p) => void (p.customerAccountSequence = 'OTHER-CUST'));

    await runJob(engine, 'synchronize-customers');
    const created = (await db.asyncCustomers.toArray()).filter((o) => o.operation === 'Create' && o.status === 'Succeeded');
    expect(created.length).toBeGreaterThan(0);
    for (const op of created) expect(op.customerAccount).toMatch(/^C7\d{4}$/);
    expect((await db.numberSequences.get('OTHER-CUST'))!.next).toBe(70_001 + created.length);
    expect(await db.numberSequences.get(demoSequence)).toEqual(before);
  }, 30_000);

  it("posts orders by the workspace's posting profile and numbers them by its sales order sequence", async () => {
    // The demo's profile posts freight to 618160, which no account structure allows.
    const demo = await seededDatabase();
    await fixes.numberSequence(demo);
    await fixes.paymentService(demo);
    await uploadAndSynchronize(demo);
    expect((await causes(demo)).get('accountStructure')).toBeGreaterThan(0);

    const db = await seededDatabase();
    await fixes.paymentService(db);
    await db.numberSequences.add({ code: 'OTHER-SO', name: 'Sales orders', reference: 'Sales order', prefix: 'X-', digits: 7, smallest: 1, largest: 9_999_999, next: 1 });
    await changeParameters(db, (p) => {
      p.postingProfile.freight = '618100';
      p.salesOrderSequence = 'OTHER-SO';
    });
    const counts = await uploadAndSynchronize(db);
    expect((await causes(db)).get('accountStructure')).toBeUndefined();
    const orders = await db.salesOrders.toArray();
    expect(orders.length).toBe(counts.succeeded);
    for (const order of orders) expect(order.salesOrderId).toMatch(/^X-\d{7}$/);
  }, 30_000);

  it("takes freight by the workspace's charge code", async () => {
    // Another charge code for freight: the demo's FREIGHT charges are then no freight, and post nowhere the structures refuse.
    const db = await seededDatabase();
    await fixes.numberSequence(db);
    await fixes.paymentService(db);
    await changeParameters(db, (p) => void (p.freightChargeCode = 'SHIPPING'));
    await uploadAndSynchronize(db);
    expect((await causes(db)).get('accountStructure')).toBeUndefined();
  }, 30_000);

  it('names the order’s own company in an account structure failure', async () => {
    const db = await seededDatabase();
    await uploadAndSynchronize(db);
    const failed = await db.RetailTransactionOrderStatus.where('Status').equals('Failed').filter((s) => s.ErrorCauses.includes('accountStructure')).first();
    expect(failed!.ErrorDetail).toContain(`company ${failed!.dataAreaId}.`);
  }, 30_000);
});
