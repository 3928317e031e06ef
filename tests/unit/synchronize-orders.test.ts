import { describe, expect, it } from 'vitest';
import { runSynchronizeOrdersJob } from '../../shared/orders/synchronize/synchronize-orders-job';
import { synchronizeOrder } from '../../shared/orders/synchronize/synchronize-order-chunk';
import { familyOfCause, orderErrors } from '../../shared/orders/order-errors';
import { keyOf, keyTuple } from '../../shared/orders/transaction-entities';
import { SYNCHRONIZED_KINDS } from '../../shared/orders/order-status';
import { DEMO_DATA_FAULTS } from '../../shared/demo/seed-demo-data';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { dataErrors, failuresByFamily, fixes, uploadAll, uploadAndSynchronize, type ErrorFamily } from '../support/fixes';
import type { HqDatabase } from '../../shared/db/hq-database';
import { KEY_INDEX } from '../../shared/db/retail-transaction-tables';
import { SALES_ORDER_SEQUENCE } from '../../shared/demo/demo-organization';

const families = Object.keys(fixes) as ErrorFamily[];
const orders = (db: HqDatabase) => db.RetailTransactionOrderStatus.filter((s) => SYNCHRONIZED_KINDS.includes(s.orderKind));
const fixAll = (db: HqDatabase) => Promise.all(families.map((f) => fixes[f](db)));

describe('Synchronize orders', () => {
  it('meets all three configuration families and the data errors on the first run, while the other orders succeed', async () => {
    const db = await seededDatabase();
    const sequence = (await db.numberSequences.get(SALES_ORDER_SEQUENCE))!;
    const counts = await uploadAndSynchronize(db);
    const failures = await failuresByFamily(db);
    expect(failures.numberSequence).toBeGreaterThan(0);
    expect(failures.paymentService).toBeGreaterThan(0);
    expect(failures.accountStructure).toBeGreaterThan(0);
    expect(counts.succeeded).toBe(sequence.largest - sequence.next + 1); // the room left in the Sales order sequence
    expect(counts.processed).toBe(await orders(db).count());
    expect(await db.salesOrders.count()).toBe(counts.succeeded);
    expect([...(await dataErrors(db)).keys()].sort()).toEqual(DEMO_DATA_FAULTS.map((f) => f.transactionId).sort());
  });

  it('fails each demo data error with the table, line and field in words', async () => {
    const db = await seededDatabase();
    await fixAll(db);
    await uploadAndSynchronize(db);
    const errors = await dataErrors(db);
    expect(errors.get('FAB-W-000007')).toBe('Sales transactions, line 1: quantity is missing.');
    expect(errors.get('ADV-W-000011')).toMatch(/^Payment transactions: the payments add up to [\d.]+ USD, but the amount due is [\d.]+\.$/);
    expect(errors.get('NOR-W-000015')).toBe("Sales transactions, line 1: item number '99999' is not a product HQ knows.");
    expect(errors.get('FAB-W-000023')).toBe('Address transactions: the order ships (mode of delivery 99) but has no delivery address.');
    expect(await db.RetailTransactionOrderStatus.where('Status').equals('Failed').count()).toBe(DEMO_DATA_FAULTS.length);
  });

  it.each(families)('the %s failures come from the configuration and clear once it is fixed', async (family) => {
    const db = await seededDatabase();
    for (const other of families.filter((f) => f !== family)) await fixes[other](db);
    await uploadAndSynchronize(db);
    const before = await failuresByFamily(db);
    expect(before[family]).toBeGreaterThan(0);
    expect(Object.values(before).reduce((a, b) => a + b)).toBe(before[family]);

    // A data error's order may fail for this family too: it stays Failed, for its data alone.
    const failed = await db.RetailTransactionOrderStatus.where('Status').equals('Failed').toArray();
    const onlyThis = failed.filter((s) => s.ErrorCauses.every((c) => familyOfCause(c) === family));
    expect(failed.length - onlyThis.length).toBe(DEMO_DATA_FAULTS.length);
    await fixes[family](db);
    const rerun = (await runSynchronizeOrdersJob(db, { kind: 'all' }, { now: steppingClock() })).counts;
    expect(rerun).toMatchObject({ processed: failed.length, succeeded: onlyThis.length, failed: DEMO_DATA_FAULTS.length });
    expect(onlyThis.length).toBeGreaterThan(0);
  });

  it('writes the sales order number into the status and the header, with card payments on the default service', async () => {
    const db = await seededDatabase();
    await fixes.paymentService(db);
    await uploadAndSynchronize(db);
    const done = await db.RetailTransactionOrderStatus.where('Status').equals('Succeeded').toArray();
    const card = (await Promise.all(done.map(async (s) => ({ s, pays: await db.RetailTransactionPaymentTrans.where(KEY_INDEX).equals(keyTuple(s)).toArray() }))))
      .find(({ pays }) => pays.some((p) => p.tenderType === '3'))!;
    expect(card.s.SalesId).toMatch(/^SO-\d{6}$/);
    expect(card.s.ErrorDetail).toBeNull();
    const header = (await db.RetailTransactionTable.get(keyTuple(card.s)))!;
    expect(header.salesOrderId).toBe(card.s.SalesId);
    const order = (await db.salesOrders.get(card.s.SalesId!))!;
    expect(order).toMatchObject({ ...keyOf(card.s), amount: header.grossAmount });
    const payments = await db.salesOrderPayments.where('salesOrderId').equals(card.s.SalesId!).toArray();
    expect(payments.map((p) => [p.tenderType, p.amount, p.paymentServiceId])).toEqual([['3', header.grossAmount, 'ADYEN']]);
  });

  it('leaves cash-and-carry sales to statements', async () => {
    const db = await seededDatabase();
    await fixAll(db);
    await uploadAndSynchronize(db);
    const cashAndCarry = await db.RetailTransactionOrderStatus.where('[orderKind+Status]').equals(['cashAndCarry', 'None']).toArray();
    expect(cashAndCarry.length).toBeGreaterThan(50);
    expect(await db.salesOrders.where(KEY_INDEX).anyOf(cashAndCarry.map(keyTuple)).count()).toBe(0);
    expect(await synchronizeOrder(db, keyOf(cashAndCarry[0]!), new Date())).toBe('skipped');
    expect(await db.RetailTransactionOrderStatus.where('orderKind').equals('customerOrder').count()).toBeGreaterThan(50);
  });

  it('does not use up sales order numbers on orders that fail for other reasons', async () => {
    const db = await seededDatabase();
    await uploadAndSynchronize(db);
    const numbers = await db.salesOrders.orderBy('salesOrderId').keys();
    expect(numbers[0]).toBe('SO-014321');
    expect(numbers.at(-1)).toBe('SO-014400');
  });

  it('logs every attempt, and Retry count agrees with the log', async () => {
    const db = await seededDatabase();
    await uploadAndSynchronize(db);
    const failed = (await db.RetailTransactionOrderStatus.where('Status').equals('Failed').first())!;
    expect(failed.RetryCount).toBe(0);
    await synchronizeOrder(db, keyOf(failed), new Date('2026-11-22T10:00:00Z'));
    const again = (await db.RetailTransactionOrderStatus.get(keyTuple(failed)))!;
    expect(again).toMatchObject({ RetryCount: 1, modifieddatetime: '2026-11-22T10:00:00.000Z', Status: 'Failed' });
    const log = await db.orderSyncLog.where(KEY_INDEX).equals(keyTuple(failed)).toArray();
    expect(log.map((a) => [a.trigger, a.outcome])).toEqual([['job', 'Failed'], ['manual', 'Failed']]);
    expect(log[0]!.runId).toEqual(expect.any(Number));
    expect(log.length).toBe(again.RetryCount + 1);
  });

  it('never yields a second sales order under repeated or concurrent synchronization', async () => {
    const db = await seededDatabase();
    await fixAll(db);
    const now = steppingClock();
    await uploadAll(db);
    const key = keyOf((await orders(db).first())!);

    const [clickA, clickB, job, clickC] = await Promise.all([
      synchronizeOrder(db, key, now()),
      synchronizeOrder(db, key, now()),
      runSynchronizeOrdersJob(db, { kind: 'all' }, { now }).then((o) => o.counts),
      synchronizeOrder(db, key, now()),
    ]);
    const rerun = (await runSynchronizeOrdersJob(db, { kind: 'all' }, { now })).counts;

    const good = (await orders(db).count()) - DEMO_DATA_FAULTS.length;
    expect([clickA, clickB, clickC].filter((o) => o === 'succeeded').length + job.succeeded).toBe(good);
    expect(rerun).toMatchObject({ processed: DEMO_DATA_FAULTS.length, succeeded: 0 });
    expect(await db.salesOrders.where(KEY_INDEX).equals(keyTuple(key)).count()).toBe(1);
    expect(await db.salesOrders.count()).toBe(good);
  });

  it('limits the job to its scope: one region, one store', async () => {
    const db = await seededDatabase();
    const ctx = { now: steppingClock() };
    await uploadAll(db);
    const east = (await runSynchronizeOrdersJob(db, { kind: 'region', id: 'EAST' }, ctx)).counts;
    const tried = await db.RetailTransactionOrderStatus.filter((s) => s.modifieddatetime !== null).toArray();
    expect(tried.length).toBe(east.processed);
    expect(new Set(tried.map((s) => s.store))).toEqual(new Set(['ADV', 'NOR']));
    const one = (await runSynchronizeOrdersJob(db, { kind: 'store', id: 'SEA' }, ctx)).counts;
    expect(one.processed).toBe(await orders(db).filter((s) => s.store === 'SEA').count());
  });

  it('gives the exact texts of DOMAIN.md', () => {
    expect(orderErrors.numberSequenceExceeded()).toBe('Number sequence has been exceeded.');
    expect(orderErrors.noDefaultPaymentService()).toBe('There must be a default payment service to process credit card transactions.');
    expect(orderErrors.accountStructure('618160', 'usrt')).toContain('Account structure for the combination 618160 is not valid for the ledger account Shared main account for company usrt');
  });
});
