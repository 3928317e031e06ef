import { describe, expect, it } from 'vitest';
import type { HqDatabase } from '../../shared/db/hq-database';
import type { RetailTransactionOrderStatus } from '../../shared/orders/order-status';
import { TRANSACTION_ENTITIES, type EntityName } from '../../shared/orders/transaction-entities';
import { dataErrorOf, familyOfCause, orderErrorFamily } from '../../shared/orders/order-errors';
import { synchronizeMatchingOrders } from '../../shared/orders/synchronize/synchronize-matching';
import { queryTransactionsPage, type TransactionFilter } from '../../shared/orders/transactions-page';
import { failuresByCause } from '../../shared/store-financials/workspace-summary';
import { customerFailuresByCause, failedOperationIdsWithCause } from '../../shared/store-financials/workspace-summary';
import { fixes, uploadAndSynchronize } from '../support/fixes';
import { edit, runJob, uploadedCustomers } from '../support/customers';
import { seededDatabase, steppingClock } from '../support/memory-database';

const failedOnline = (cause: string | null = null): TransactionFilter =>
  ({ kind: 'online', reference: '', customerAccount: '', status: 'Failed', storeId: 'all', cause, retriesAbove: null });

async function synchronized(): Promise<HqDatabase> {
  const db = await seededDatabase();
  await uploadAndSynchronize(db);
  return db;
}

const failed = (db: HqDatabase) => db.RetailTransactionOrderStatus.where('Status').equals('Failed').toArray();

/** The failures by cause, recounted from every row. */
function tally(statuses: RetailTransactionOrderStatus[]) {
  const totals = new Map<string, { online: number; pos: number }>();
  for (const s of statuses) {
    for (const cause of s.ErrorCauses) {
      const entry = totals.get(cause) ?? { online: 0, pos: 0 };
      entry[s.channelKind] += 1;
      totals.set(cause, entry);
    }
  }
  return totals;
}

describe('failures by root cause', () => {
  // The demo after its first upload and synchronization, read by the tests that write nothing.
  let shared: Promise<HqDatabase> | undefined;
  const readOnly = () => (shared ??= synchronized());

  it('stores the cause where an order fails: the configuration family, or the table and field of a data error', async () => {
    const db = await readOnly();
    const failures = await failed(db);
    expect(new Set(failures.flatMap((s) => s.ErrorCauses.map(familyOfCause)))).toEqual(new Set(['numberSequence', 'paymentService', 'accountStructure', 'transactionData']));
    for (const s of failures) {
      expect(s.ErrorCauses.length).toBeGreaterThan(0);
      // Order error details names each cause: the family its text names is among them.
      expect(s.ErrorCauses.map(familyOfCause)).toContain(orderErrorFamily(s.ErrorDetail!));
      const data = dataErrorOf(s.ErrorCauses[0]!);
      // A data error's first line names its table: the cause names the same one.
      if (data) expect(s.ErrorDetail!.startsWith(TRANSACTION_ENTITIES[data.entity as EntityName].label)).toBe(true);
    }
    expect(failures.filter((s) => dataErrorOf(s.ErrorCauses[0]!)).length).toBeGreaterThan(1);
    expect((await db.RetailTransactionOrderStatus.where('Status').equals('Succeeded').toArray()).every((s) => s.ErrorCauses.length === 0)).toBe(true);
  });

  it('counts each cause from the kept counts, as a recount of the failed orders finds them', async () => {
    const db = await readOnly();
    const expected = tally(await failed(db));
    const groups = await failuresByCause(db);
    expect(new Map(groups.map((g) => [g.cause, g.counts]))).toEqual(expected);
    expect(groups.map((g) => g.total)).toEqual([...groups.map((g) => g.total)].sort((a, b) => b - a));
  });

  it('pages a list filtered by one cause through its index, with its total', async () => {
    const db = await readOnly();
    const cause = 'paymentService';
    const expected = (await failed(db)).filter((s) => s.channelKind === 'online' && s.ErrorCauses.includes(cause)).length;
    const first = await queryTransactionsPage(db, failedOnline(cause), { page: 0, pageSize: 25, descending: true });
    const last = await queryTransactionsPage(db, failedOnline(cause), { page: Math.ceil(expected / 25) - 1, pageSize: 25, descending: true });
    expect(first.total).toBe(expected);
    expect([...first.rows, ...last.rows].every((r) => r.status.Status === 'Failed' && r.status.ErrorCauses.includes(cause))).toBe(true);
    expect(last.rows).toHaveLength(expected - 25 * (Math.ceil(expected / 25) - 1));
  });

  it('filters by Retry count: only the orders retried more than that many times', async () => {
    const db = await synchronized();
    await uploadAndSynchronize(db); // every failure tried a second time
    await uploadAndSynchronize(db); // and a third
    const page = await queryTransactionsPage(db, { ...failedOnline(), retriesAbove: 1 }, { page: 0, pageSize: 100, descending: true });
    const expected = (await failed(db)).filter((s) => s.channelKind === 'online' && s.RetryCount > 1).length;
    expect(expected).toBeGreaterThan(0);
    expect(page.total).toBe(expected);
    expect(page.rows.every((r) => r.status.RetryCount > 1)).toBe(true);
    expect((await queryTransactionsPage(db, { ...failedOnline(), retriesAbove: 2 }, { page: 0, pageSize: 100, descending: true })).total).toBe(0);
  });
});

describe('Synchronize all that match', () => {
  it('synchronizes every order with the cause, in both lists, once fixed, and leaves the other failures as they are', async () => {
    const db = await synchronized();
    const before = await failed(db);
    const withCause = before.filter((s) => s.ErrorCauses.includes('paymentService'));
    // An order that fails for another cause too stays Failed for that one alone.
    const fixed = (s: RetailTransactionOrderStatus) => s.ErrorCauses.every((c) => c === 'paymentService' || c === 'numberSequence');
    const stillFailing = withCause.filter((s) => !fixed(s));
    expect(new Set(withCause.map((s) => s.channelKind))).toEqual(new Set(['online', 'pos']));
    await fixes.paymentService(db);
    await fixes.numberSequence(db); // the demo's sequence has numbers for few more orders
    const progress: number[] = [];
    const outcome = await synchronizeMatchingOrders(db, [failedOnline('paymentService'), { ...failedOnline('paymentService'), kind: 'pos' }],
      { now: steppingClock(), onProgress: (counts) => progress.push(counts.processed) });
    expect(outcome).toEqual({ canceled: false, counts: { processed: withCause.length, succeeded: withCause.length - stillFailing.length, failed: stillFailing.length, skipped: 0 } });
    expect(progress.at(-1)).toBe(withCause.length);
    const after = await failed(db);
    expect(after.map((s) => s.transactionId).sort()).toEqual(before.filter((s) => !s.ErrorCauses.includes('paymentService') || !fixed(s)).map((s) => s.transactionId).sort());
    // Those left have lost the cause that was fixed, and kept the others.
    for (const s of after.filter((a) => stillFailing.some((b) => b.transactionId === a.transactionId))) {
      expect(s.ErrorCauses).not.toContain('paymentService');
      expect(s.ErrorCauses.length).toBeGreaterThan(0);
    }
  });

  it('stops when canceled: nothing after the cancel is touched, and says so', async () => {
    const db = await synchronized();
    await fixes.paymentService(db);
    const controller = new AbortController();
    controller.abort();
    const outcome = await synchronizeMatchingOrders(db, [failedOnline('paymentService')], { now: steppingClock(), signal: controller.signal });
    expect(outcome.canceled).toBe(true);
    expect(outcome.counts.processed).toBe(0);
    expect((await failed(db)).some((s) => s.ErrorCauses.includes('paymentService'))).toBe(true);
  });
});

describe('customer operations by root cause', () => {
  it('stores the cause where an operation fails (the field HQ refused), counts it, and finds the operations of one cause', async () => {
    const { db, engine } = await uploadedCustomers();
    await runJob(engine, 'synchronize-customers');
    const failedOps = await db.asyncCustomers.where('status').equals('Failed').toArray();
    expect(failedOps.length).toBeGreaterThan(1);
    expect(failedOps.every((o) => o.lastErrorCause?.startsWith('field:'))).toBe(true);
    expect(failedOps.find((o) => o.operationId === 'OP-C0003')!.lastErrorCause).toBe('field:email');
    const expected = new Map<string, number>();
    for (const o of failedOps) expected.set(o.lastErrorCause!, (expected.get(o.lastErrorCause!) ?? 0) + 1);
    expect(new Map((await customerFailuresByCause(db)).map((g) => [g.cause, g.count]))).toEqual(expected);
    expect(await failedOperationIdsWithCause(db, 'field:email')).toEqual(failedOps.filter((o) => o.lastErrorCause === 'field:email').map((o) => o.operationId));
    // Corrected and synchronized, the operation leaves its cause behind.
    await edit(engine, 'OP-C0003', 'email', 'emma.holm@example.com');
    await engine.execute({ type: 'synchronizeCustomerOperations', operationIds: await failedOperationIdsWithCause(db, 'field:email') });
    expect(await db.asyncCustomers.get('OP-C0003')).toMatchObject({ status: 'Succeeded', lastErrorCause: null });
  });
});
