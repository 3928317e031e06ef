import { describe, expect, it } from 'vitest';
import { runSynchronizeOrdersJob } from '../../shared/engine/synchronize-orders-job';
import { synchronizeOrder } from '../../shared/engine/synchronize-order';
import { orderErrors } from '../../shared/engine/order-errors';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { failuresByFamily, fixes, uploadAll, uploadAndSynchronize, type ErrorFamily } from '../support/fixes';

const families = Object.keys(fixes) as ErrorFamily[];

describe('Synchronize orders', () => {
  it('meets all three error families on the first run, while the other transactions succeed', async () => {
    const db = await seededDatabase();
    const counts = await uploadAndSynchronize(db);
    const failures = await failuresByFamily(db);
    expect(failures.numberSequence).toBeGreaterThan(0);
    expect(failures.paymentService).toBeGreaterThan(0);
    expect(failures.accountStructure).toBeGreaterThan(0);
    expect(counts.succeeded).toBe(80); // the room left in the Sales order sequence
    expect(counts.processed).toBe(await db.transactions.count());
    expect(await db.salesOrders.count()).toBe(counts.succeeded);
  });

  it.each(families)('the %s failures come from the configuration and clear once it is fixed', async (family) => {
    const db = await seededDatabase();
    for (const other of families.filter((f) => f !== family)) await fixes[other](db);
    await uploadAndSynchronize(db);
    const before = await failuresByFamily(db);
    expect(before[family]).toBeGreaterThan(0);
    expect(Object.values(before).reduce((a, b) => a + b)).toBe(before[family]);

    await fixes[family](db);
    const rerun = (await runSynchronizeOrdersJob(db, { kind: 'all' }, { now: steppingClock() })).counts;
    expect(rerun).toMatchObject({ processed: before[family], succeeded: before[family], failed: 0 });
    expect(await db.transactions.where('pendingOrderStatus').notEqual('Succeeded').count()).toBe(0);
  });

  it('writes the sales order number into the transaction, with payments on the default service', async () => {
    const db = await seededDatabase();
    await fixes.paymentService(db);
    await uploadAndSynchronize(db);
    const done = await db.transactions.where('pendingOrderStatus').equals('Succeeded').toArray();
    const card = done.find((t) => t.payments.some((p) => p.method === 'card'))!;
    expect(card.salesOrderId).toMatch(/^SO-\d{6}$/);
    expect(card.orderErrorDetails).toBeNull();
    const order = await db.salesOrders.get(card.salesOrderId!);
    expect(order).toMatchObject({ transactionId: card.transactionId, amount: card.grossAmount });
    const payments = await db.salesOrderPayments.where('salesOrderId').equals(card.salesOrderId!).toArray();
    expect(payments.map((p) => [p.method, p.amount, p.paymentServiceId])).toEqual([['card', card.grossAmount, 'ADYEN']]);
  });

  it('does not use up sales order numbers on orders that fail for other reasons', async () => {
    const db = await seededDatabase();
    await uploadAndSynchronize(db);
    const orders = await db.salesOrders.orderBy('salesOrderId').keys();
    expect(orders[0]).toBe('SO-014321');
    expect(orders.at(-1)).toBe('SO-014400');
  });

  it('records the failure, the retry count and the time on every attempt', async () => {
    const db = await seededDatabase();
    await uploadAndSynchronize(db);
    const failed = (await db.transactions.where('pendingOrderStatus').equals('Failed').first())!;
    expect(failed.retryCount).toBe(0);
    expect(failed.syncModifiedAt).not.toBeNull();
    await synchronizeOrder(db, failed.transactionId, new Date('2026-11-22T10:00:00Z'));
    const again = (await db.transactions.get(failed.transactionId))!;
    expect(again).toMatchObject({ retryCount: 1, syncModifiedAt: '2026-11-22T10:00:00.000Z', pendingOrderStatus: 'Failed' });
  });

  it('never yields a second sales order under repeated or concurrent synchronization', async () => {
    const db = await seededDatabase();
    await Promise.all(families.map((f) => fixes[f](db)));
    const now = steppingClock();
    await uploadAll(db);
    const id = (await db.transactions.toCollection().first())!.transactionId;

    const [clickA, clickB, job, clickC] = await Promise.all([
      synchronizeOrder(db, id, now()),
      synchronizeOrder(db, id, now()),
      runSynchronizeOrdersJob(db, { kind: 'all' }, { now }).then((o) => o.counts),
      synchronizeOrder(db, id, now()),
    ]);
    const rerun = (await runSynchronizeOrdersJob(db, { kind: 'all' }, { now })).counts;

    expect([clickA, clickB, clickC].filter((o) => o === 'succeeded').length + job.succeeded).toBe(await db.transactions.count());
    expect(rerun.processed).toBe(0);
    expect(await db.salesOrders.where('transactionId').equals(id).count()).toBe(1);
    expect(await db.salesOrderPayments.where('transactionId').equals(id).count()).toBe(1);
    expect(await db.salesOrders.count()).toBe(await db.transactions.count());
  });

  it('limits the job to its scope: one region, one store', async () => {
    const db = await seededDatabase();
    const ctx = { now: steppingClock() };
    await uploadAll(db);
    const east = (await runSynchronizeOrdersJob(db, { kind: 'region', id: 'EAST' }, ctx)).counts;
    const tried = (await db.transactions.toArray()).filter((t) => t.syncModifiedAt !== null);
    expect(tried.length).toBe(east.processed);
    expect(new Set(tried.map((t) => t.storeId))).toEqual(new Set(['ADV', 'NOR']));
    const one = (await runSynchronizeOrdersJob(db, { kind: 'store', id: 'SEA' }, ctx)).counts;
    expect(one.processed).toBe(await db.transactions.where('storeId').equals('SEA').count());
  });

  it('gives the exact texts of DOMAIN.md', () => {
    expect(orderErrors.numberSequenceExceeded()).toBe('Number sequence has been exceeded.');
    expect(orderErrors.noDefaultPaymentService()).toBe('There must be a default payment service to process credit card transactions.');
    expect(orderErrors.accountStructure('618160')).toContain('Account structure for the combination 618160 is not valid for the ledger account Shared main account for company usrt');
  });
});
