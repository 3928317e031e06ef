import { describe, expect, it } from 'vitest';
import { CUSTOMER_FAULT_KINDS, TRANSACTION_FAULT_KINDS, TRANSACTION_FAULTS } from '../../shared/channel/simulator/channel-faults';
import { HqEngine } from '../../shared/engine/hq-engine';
import { keyTuple } from '../../shared/orders/transaction-entities';
import type { HqDatabase } from '../../shared/db/hq-database';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { fixes } from '../support/fixes';
import { runJob } from '../support/customers';

const JS_ERROR = /Cannot read|is not a function|is not iterable|undefined|TypeError|Invalid input/;

async function freshRecords(db: HqDatabase) {
  await Promise.all(Object.values(fixes).map((fix) => fix(db)));
  const engine = new HqEngine(db, steppingClock());
  await runJob(engine, 'P-0001'); // the demo's own rows are in HQ: what follows is only what the simulator records
  await db.RetailTransactionOrderStatus.where('Status').anyOf('None', 'Failed').modify({ Status: 'Succeeded' });
  return engine;
}

describe('one bad record fails alone', () => {
  it('P-0001 sets aside each record HQ cannot hold, with its table, line and field, and applies the rest', async () => {
    const db = await seededDatabase();
    const engine = await freshRecords(db);
    await engine.execute({ type: 'simulateChannelTransactions', count: 6, fault: null });
    for (const fault of TRANSACTION_FAULT_KINDS.filter((f) => TRANSACTION_FAULTS[f].caughtBy === 'P-0001')) {
      await engine.execute({ type: 'simulateChannelTransactions', count: 1, fault });
    }
    for (const fault of ['nameNotText', 'valuesMissing'] as const) await engine.execute({ type: 'simulateCustomerOperations', kind: 'create', count: 1, fault });
    const before = await db.RetailTransactionTable.count();

    const run = await runJob(engine, 'P-0001');
    expect(run).toMatchObject({ status: 'Ended', counts: { succeeded: 6, failed: 5 } });
    expect(await db.RetailTransactionTable.count()).toBe(before + 6);
    expect((await db.uploadSessions.toArray()).every((s) => s.status === 'Applied')).toBe(true);
    const reasons = (await db.uploadSetAside.toArray()).map((r) => `${r.record}: ${r.reason}`);
    expect(reasons).toHaveLength(5);
    expect(reasons).toEqual(expect.arrayContaining([
      expect.stringMatching(/Sales transactions, line 1: price is not a number \('forty-nine'\)\./),
      expect.stringMatching(/Transaction: gross amount is not a number \('[\d.]+ USD'\)\./),
      expect.stringMatching(/Transaction: transaction number is missing\./),
      expect.stringMatching(/\(RETAILASYNCCUSTOMERV2\): Name is not text \(4711\)\./),
      expect.stringMatching(/\(RETAILASYNCCUSTOMERV2\): the customer values are missing\./),
    ]));
    expect(reasons.join('\n')).not.toMatch(JS_ERROR);
    expect(await runJob(engine, 'P-0001')).toMatchObject({ status: 'Ended', counts: { processed: 0 } }); // nothing stuck, nothing repeated
    expect(await db.uploadSetAside.count()).toBe(5);
  });

  it('Synchronize orders fails each kind of bad data alone, naming it, and synchronizes the rest', async () => {
    const db = await seededDatabase();
    const engine = await freshRecords(db);
    const faults = TRANSACTION_FAULT_KINDS.filter((f) => TRANSACTION_FAULTS[f].caughtBy === 'Synchronize orders');
    await engine.execute({ type: 'simulateChannelTransactions', count: 10, fault: null });
    for (const fault of faults) await engine.execute({ type: 'simulateChannelTransactions', count: 1, fault });
    await runJob(engine, 'P-0001');
    await runJob(engine, 'synchronize-customers');

    const run = await engine.execute({ type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'manual', batchJobId: null });
    const failed = await db.RetailTransactionOrderStatus.where('Status').equals('Failed').toArray();
    expect(run).toMatchObject({ status: 'Ended', counts: { failed: faults.length } });
    const good = await db.RetailTransactionOrderStatus.filter((s) => s.SalesId !== null && s.modifieddatetime !== null).count();
    expect(run.counts!.succeeded).toBe(good); // the good orders among the ten (cash-and-carry sales are left to statements)
    const details = failed.map((s) => s.ErrorDetail ?? '');
    expect(details).toEqual(expect.arrayContaining([
      'Sales transactions: the transaction has no lines.',
      'Sales transactions, line 1: quantity is missing.',
      'Sales transactions, line 1: price is missing.',
      expect.stringMatching(/^Payment transactions: the payments add up to/),
      "Sales transactions, line 1: item number '99999' is not a product HQ knows.",
      "Payment transactions, line 1: tender type '42' is not a tender type HQ knows.",
      expect.stringMatching(/Transaction: currency 'XBT' is not a currency HQ knows\./),
      expect.stringMatching(/^Address transactions: the order ships/),
      'Tax transactions, sales line 97: sales line number points at sales line 97, which the transaction does not have.',
      'Discount transactions, sales line 98, discount line 1: sales line number points at sales line 98, which the transaction does not have.',
      'Transaction: date is missing.',
    ]));
    expect(details.join('\n')).not.toMatch(JS_ERROR);
    for (const status of failed) expect(await db.salesOrders.where('[dataAreaId+store+terminal+transactionId]').equals(keyTuple(status)).count()).toBe(0);
  });

  it('Synchronize customers reads the stored rows through their schema: a value of the wrong kind fails its operation, naming table and field', async () => {
    const db = await seededDatabase();
    const engine = new HqEngine(db, steppingClock());
    await runJob(engine, 'P-0001');
    await db.asyncCustomers.update('OP-C0001', { customerGroup: 42 as unknown as string }); // a row no schema let in, written behind HQ's back
    expect((await runJob(engine, 'synchronize-customers')).status).toBe('Ended');
    expect((await db.asyncCustomers.get('OP-C0001'))!).toMatchObject({
      status: 'Failed', lastKnownError: 'Customer operation OP-C0001 (RETAILASYNCCUSTOMERV2): Customer group is not text (42).',
    });
    expect(await db.asyncCustomers.where('status').equals('Succeeded').count()).toBeGreaterThan(10);
  });

  it('an operation whose rows make processing throw fails alone, in words, and the job ends', async () => {
    const db = await seededDatabase();
    const engine = new HqEngine(db, steppingClock());
    await runJob(engine, 'P-0001');
    await db.asyncCustomers.update('OP-U0001', { oldValues: null as never }); // an update that lost what it changed from
    const run = await runJob(engine, 'synchronize-customers');
    expect(run.status).toBe('Ended');
    const op = (await db.asyncCustomers.get('OP-U0001'))!;
    expect(op.status).toBe('Failed');
    expect(op.lastKnownError).toMatch(/^An unexpected problem stopped synchronizing customer operation OP-U0001; nothing was half-saved/);
    expect(op.lastKnownError).not.toMatch(JS_ERROR);
    expect(await db.asyncCustomers.where('status').equals('Succeeded').count()).toBeGreaterThan(10);
  });

  it('1010 leaves a malformed channel customer as it is, names it, and delivers the rest', async () => {
    const db = await seededDatabase();
    const engine = new HqEngine(db, steppingClock());
    await runJob(engine, 'P-0001');
    await runJob(engine, 'synchronize-customers');
    const [bad] = await db.channelCustomers.limit(1).toArray();
    await db.channelCustomers.update(bad!.key, { customerAccount: 17 as unknown as string });
    const run = await runJob(engine, '1010');
    expect(run.status).toBe('Ended');
    expect(run.counts!.failed).toBe(1);
    const history = (await db.jobRuns.get(run.runId!))!;
    expect(history.recordProblems).toEqual([expect.stringMatching(/^Channel customer .*\(RETAILASYNCCUSTOMERV2\): Customer account is not text \(17\)\.$/)]);
    expect(await db.channelCustomers.filter((c) => c.customerAccount.startsWith?.('ASYNC-') === false).count()).toBeGreaterThan(0);
  });

  it('knows every fault kind by name', () => {
    expect(TRANSACTION_FAULT_KINDS.length).toBeGreaterThanOrEqual(12);
    expect(CUSTOMER_FAULT_KINDS).toEqual(['cityMissing', 'nameNotText', 'valuesMissing']);
  });
});
