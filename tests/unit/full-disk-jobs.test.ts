import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HqDatabase } from '../../shared/db/hq-database';
import type { HqCommand } from '../../shared/contracts/hq-commands';
import type { JobRequest } from '../../shared/runner/jobs';
import { KEPT_COUNTS } from '../../shared/db/kept-counts';
import { ENTITY_NAMES, keyOf, keyText, keyTuple } from '../../shared/orders/transaction-entities';
import { HqEngine } from '../../shared/engine/hq-engine';
import { executeRun, interruptOrphanedRuns, startRun } from '../../shared/run-history/record-job-run';
import { emptyCounts } from '../../shared/runner/job-runs';
import { commandFailed } from '../../renderer/hq/command-activity';
import { FULL_DISK_SHAPES, fullDisk, type FullDiskShape } from '../support/full-disk';
import { mutateHook } from '../support/mutate-hook';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { uploadAll } from '../support/fixes';

// Each full disk is also logged for developers (userMessage): expected here, so kept off the test output.
const quiet = vi.spyOn(console, 'error');
beforeAll(() => void quiet.mockImplementation(() => undefined));
afterAll(() => quiet.mockRestore());

/** The run's own rows: written as usual unless a test fills them too. */
const RUN_ROWS = ['jobRuns', KEPT_COUNTS];
const runJob = (engine: HqEngine, job: JobRequest) => engine.execute({ type: 'runJob', job, trigger: 'manual', batchJobId: null });
const SYNCHRONIZE_ORDERS: JobRequest = { jobId: 'synchronize-orders', scope: { kind: 'all' } };

/** A run stopped by a full disk: how far it got, that what it saved is whole, and what to do. */
const STOPPED_BY_FULL_DISK = /^The disk is full: this run stopped (early|after \d+ of \d+)\. What it saved is kept, each part whole; the part under way when the disk filled was not saved at all, not even in part\. Free disk space, or delete an imported workspace you no longer need, then run the job again: it goes on where this run stopped, without doing anything twice\.$/;
/** A command stopped by a full disk. */
const COMMAND_ON_FULL_DISK = /^The disk is full: Sync Console could not finish .+, and none of it was saved; everything saved before is kept\. Free disk space, or delete an imported workspace you no longer need, then try again\.$/;

async function tableCounts(db: HqDatabase, tables: readonly string[]): Promise<Record<string, number>> {
  return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await db.table(t).count()] as const)));
}

async function ordersAudit(db: HqDatabase) {
  const statuses = await db.RetailTransactionOrderStatus.toArray();
  const orders = await db.salesOrders.toArray();
  const succeeded = statuses.filter((s) => s.Status === 'Succeeded');
  const orderOf = new Map(orders.map((o) => [keyText(o), o.salesOrderId]));
  const numbers = orders.map((o) => Number(o.salesOrderId.replace(/\D/g, ''))).sort((a, b) => a - b);
  return {
    orders: orders.length,
    succeeded: succeeded.map(keyText).sort(),
    ordersPerTransaction: orderOf.size,
    everySucceededHasItsOrder: succeeded.every((s) => orderOf.get(keyText(s)) === s.SalesId),
    numbersInARow: numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1),
    payments: await db.salesOrderPayments.count(),
  };
}

/** The demo uploaded on a disk that fills when told to, reported in the shape given, and the engine on it. */
async function uploadedOn(shape: FullDiskShape) {
  const disk = fullDisk(shape);
  const db = await seededDatabase(disk.middleware);
  await uploadAll(db);
  return { disk, db, engine: new HqEngine(db, steppingClock()) };
}

/** Every order made once, with its Succeeded status, numbers without a gap: nothing half-written. */
function expectWhole(audit: Awaited<ReturnType<typeof ordersAudit>>): void {
  expect(audit.orders).toBeGreaterThan(0);
  expect(audit).toMatchObject({ ordersPerTransaction: audit.orders, everySucceededHasItsOrder: true, numbersInARow: true });
  expect(audit.succeeded).toHaveLength(audit.orders);
}

/** Each upload session's transactions are in HQ all together and it is Applied, or none of them is: a chunk is never half-written. */
async function sessionsWhole(db: HqDatabase, valid: ReadonlySet<string>): Promise<{ applied: number; notApplied: number }> {
  const tally = { applied: 0, notApplied: 0 };
  for (const session of await db.uploadSessions.toArray()) {
    const records = await db.channelTransactionRecords.where('[channelDatabaseId+seq]').between([session.channelDatabaseId, session.fromSeq], [session.channelDatabaseId, session.toSeq], true, true).toArray();
    const keys = records.map((r) => keyOf((r.tables as { RetailTransactionTable: Parameters<typeof keyOf>[0] }).RetailTransactionTable)).filter((k) => valid.has(keyText(k)));
    const found = (await db.RetailTransactionTable.bulkGet(keys.map(keyTuple))).filter(Boolean).length;
    expect([0, keys.length], `session ${session.id}: ${found} of ${keys.length}`).toContain(found);
    if (session.status === 'Applied') tally.applied += 1;
    else tally.notApplied += 1;
    expect(session.status === 'Applied', `session ${session.id} is ${session.status}`).toBe(found === keys.length && keys.length > 0);
  }
  return tally;
}

const UPLOADED = [...ENTITY_NAMES, 'RetailTransactionOrderStatus', 'asyncCustomers'];

/** The demo as it is once uploaded, then synchronized, with no disk filling up: what every run stopped by one must end as. */
const control = { uploaded: {} as Record<string, number>, valid: new Set<string>(), orders: null as Awaited<ReturnType<typeof ordersAudit>> | null };
beforeAll(async () => {
  const db = await seededDatabase();
  await uploadAll(db);
  control.uploaded = await tableCounts(db, UPLOADED);
  control.valid = new Set((await db.RetailTransactionTable.toArray()).map(keyText));
  await runJob(new HqEngine(db, steppingClock()), SYNCHRONIZE_ORDERS);
  control.orders = await ordersAudit(db);
}, 30_000);

describe.each(FULL_DISK_SHAPES)('a full disk, reported as %s', (shape) => {
  it('stops P-0001 in Error in words, counting what it committed; the session under way left nothing; the next run uploads the rest, once', async () => {
    const disk = fullDisk(shape);
    const db = await seededDatabase(disk.middleware);
    const engine = new HqEngine(db, steppingClock());
    disk.fill({ tables: ['RetailTransactionTable'], room: 1 });
    const stopped = await uploadAll(db, engine);
    expect(stopped.status).toBe('Error');
    expect(stopped.error).toMatch(STOPPED_BY_FULL_DISK);
    expect(stopped.counts!.processed).toBeGreaterThan(0);
    expect(stopped.counts!.succeeded).toBeGreaterThan(0);
    expect(await db.jobRuns.get(stopped.runId!)).toMatchObject({ status: 'Error', error: stopped.error, ...stopped.counts });
    const halfway = await sessionsWhole(db, control.valid);
    expect(halfway.applied).toBeGreaterThan(0);
    expect(halfway.notApplied).toBeGreaterThan(0);
    expect(db.storage.state.full).toBe(true);

    disk.free();
    const again = await uploadAll(db, engine);
    expect(again.status).toBe('Ended');
    expect(db.storage.state.full).toBe(false);
    expect(await tableCounts(db, UPLOADED)).toEqual(control.uploaded);
    expect((await sessionsWhole(db, control.valid)).notApplied).toBe(0);
  }, 30_000);

  it('stops Synchronize orders in Error in words, every chunk before it whole, nothing of the one under way; the next run goes on without a duplicate or a gap', async () => {
    const { disk, db, engine } = await uploadedOn(shape);
    disk.fill({ tables: ['salesOrders'], room: 1 });
    const stopped = await runJob(engine, SYNCHRONIZE_ORDERS);
    expect(stopped.status).toBe('Error');
    expect(stopped.error).toMatch(STOPPED_BY_FULL_DISK);
    expect(await db.jobRuns.get(stopped.runId!)).toMatchObject({ status: 'Error', error: stopped.error });
    const kept = await ordersAudit(db);
    expectWhole(kept);
    expect(kept.orders).toBeLessThan(control.orders!.orders);

    disk.free();
    const again = await runJob(engine, SYNCHRONIZE_ORDERS);
    expect(again.status).toBe('Ended');
    expect(await ordersAudit(db)).toEqual(control.orders);
  }, 30_000);
});

// The other jobs and the commands meet the storage the same way: Chromium's own shape, and the abort with no error, suffice.
describe.each(['quotaAtCommit', 'abortedWithoutError'] as const)('a full disk, reported as %s', (shape) => {
  it('stops Synchronize customers, 1010, 1070, 1110 and Integration synchronization in Error in words, changing nothing, and each goes on once there is room', async () => {
    const { disk, db, engine } = await uploadedOn(shape);
    const jobs: JobRequest[] = [
      { jobId: 'synchronize-customers' }, { jobId: '1010', channelDatabaseGroupIds: null }, { jobId: '1070', channelDatabaseGroupIds: null },
      { jobId: '1110', channelDatabaseGroupIds: null }, { jobId: 'integration-synchronization' },
    ];
    const written = ['asyncCustomers', 'customers', 'channelDatabases', 'channelCustomers', 'crmCouplings', 'crmAccounts', 'integrationSynchJobs'];
    for (const job of jobs) {
      const before = await Promise.all(written.map((t) => db.table(t).toArray()));
      disk.fill({ except: RUN_ROWS });
      const stopped = await runJob(engine, job);
      expect(stopped.status, job.jobId).toBe('Error');
      expect(stopped.error, job.jobId).toMatch(STOPPED_BY_FULL_DISK);
      expect(await Promise.all(written.map((t) => db.table(t).toArray())), job.jobId).toEqual(before);
      disk.free();
      const again = await runJob(engine, job);
      expect(again.status, job.jobId).toBe('Ended');
    }
    expect(await db.asyncCustomers.where('status').equals('Pending').count()).toBe(0);
  }, 30_000);

  it('stops Synchronize all that match in words, not as a cancel, with the chunks before it kept', async () => {
    const { disk, db, engine } = await uploadedOn(shape);
    disk.fill({ tables: ['salesOrders'], room: 1 });
    const command: HqCommand = {
      type: 'synchronizeMatchingOrders', cancelId: '6f1c2a4e-0d1b-4c5e-9f3a-2b7d8e9c0a1b',
      filters: [{ kind: 'online', reference: '', customerAccount: '', status: 'None', storeId: 'all' }, { kind: 'pos', reference: '', customerAccount: '', status: 'None', storeId: 'all' }],
    };
    const error = await engine.execute(command).then(() => null, (e: unknown) => e);
    expect(commandFailed(db.storage, command, error)).toMatch(/^The disk is full: Sync Console could not finish synchronizing all the orders that match, and none of it was saved;/);
    expectWhole(await ordersAudit(db));
  }, 30_000);

  it('answers every command that writes in those words, and changes nothing', async () => {
    const { disk, db, engine } = await uploadedOn(shape);
    const editing = keyOf((await db.RetailTransactionOrderStatus.where('Status').equals('None').first())!);
    const other = keyOf((await db.RetailTransactionOrderStatus.where('Status').equals('None').last())!);
    await engine.execute({ type: 'setOrderEditing', key: editing, editing: true });
    const commands: HqCommand[] = [
      { type: 'setOrderEditing', key: editing, editing: false },
      { type: 'synchronizeOrders', keys: [other] },
      { type: 'updateNumberSequence', code: 'USRT-SO', next: (await db.numberSequences.get('USRT-SO'))!.next, largest: 999_999 },
      { type: 'setDefaultPaymentService', serviceId: 'ADYEN', isDefault: true },
      { type: 'updateAccountStructure', structureId: 'MA-CC', ranges: [{ from: '600000', to: '699999' }] },
      { type: 'updateCustomerOperation', operationId: 'OP-C0001', changes: [{ field: 'email', newValue: 'ada@example.com' }], editedBy: 'Karin' },
      { type: 'simulateChannelTransactions', count: 5, fault: null },
      { type: 'runJob', job: SYNCHRONIZE_ORDERS, trigger: 'manual', batchJobId: null },
    ];
    const everything = db.tables.map((t) => t.name);
    const before = await tableCounts(db, everything);
    const configuration = await Promise.all(['numberSequences', 'paymentServices', 'accountStructures', 'asyncCustomers'].map((t) => db.table(t).toArray()));
    disk.fill();
    for (const command of commands) {
      const error = await engine.execute(command).then(() => null, (e: unknown) => e);
      expect(error, command.type).not.toBeNull();
      expect(commandFailed(db.storage, command, error), command.type).toMatch(COMMAND_ON_FULL_DISK);
    }
    expect(db.storage.state.full).toBe(true);
    disk.free();
    expect(await tableCounts(db, everything)).toEqual(before);
    expect(await Promise.all(['numberSequences', 'paymentServices', 'accountStructures', 'asyncCustomers'].map((t) => db.table(t).toArray()))).toEqual(configuration);
    expect((await db.RetailTransactionOrderStatus.get(keyTuple(editing)))!.Status).toBe('Editing');
  }, 30_000);
});

describe('a run whose end finds no room either', () => {
  it('answers as it ended, is shown Executing only until there is room, then its end is recorded', async () => {
    const { disk, db, engine } = await uploadedOn('quotaAtCommit');
    disk.fill({ tables: ['salesOrders'], room: 1 });
    const told: unknown[] = [];
    db.storage.subscribe((state) => told.push(state));
    // Once the run has started, nothing more fits: not its progress, not its end.
    const stopped = await engine.execute({ type: 'runJob', job: SYNCHRONIZE_ORDERS, trigger: 'manual', batchJobId: null }, () => disk.fill({ tables: ['salesOrders', 'jobRuns'], room: 1 }));
    expect(stopped).toMatchObject({ status: 'Error', error: expect.stringMatching(STOPPED_BY_FULL_DISK) });
    expect((await db.jobRuns.get(stopped.runId!))!.status).toBe('Executing');
    // The screens are told how it ended meanwhile.
    expect(db.storage.state).toEqual({ full: true, waitingWrites: 1, runEnds: [expect.objectContaining({ runId: stopped.runId, status: 'Error', error: stopped.error, ...stopped.counts })] });
    expect(told.at(-1), 'the screens are told').toEqual(db.storage.state);
    await db.storage.retryNow();
    expect((await db.jobRuns.get(stopped.runId!))!.status).toBe('Executing');

    disk.free();
    await db.storage.retryNow();
    expect(await db.jobRuns.get(stopped.runId!)).toMatchObject({ status: 'Error', error: stopped.error, endedAt: expect.any(String) });
    expect(db.storage.state.waitingWrites).toBe(0);
    // The next run is not held up by the one whose end waited.
    expect((await runJob(engine, SYNCHRONIZE_ORDERS)).status).toBe('Ended');
    expect(db.storage.state).toEqual({ full: false, waitingWrites: 0, runEnds: [] });
  }, 30_000);
});

describe('a run that waited its turn', () => {
  it('ends in Error in words when its start finds no room, rather than staying Waiting', async () => {
    const disk = fullDisk('quotaAtCommit');
    const db = await seededDatabase(disk.middleware);
    const runId = await startRun(db, { jobId: 'synchronize-customers', scopeLabel: 'Headquarters', trigger: 'manual', batchJobId: null }, 'Waiting', new Date());
    disk.fill({ tables: ['jobRuns'] });
    const body = vi.fn(() => Promise.resolve({ counts: emptyCounts(), error: null }));
    const run = await executeRun(db, runId, { now: steppingClock() }, body);
    expect(run).toMatchObject({ status: 'Error', error: expect.stringMatching(/^The disk is full: this run stopped early\./) });
    expect(body).not.toHaveBeenCalled();
    disk.free();
    await db.storage.retryNow();
    expect(await db.jobRuns.get(runId)).toMatchObject({ status: 'Error', error: run.error });
  }, 30_000);
});

describe('runs left Executing', () => {
  it('are ended as interrupted when the worker starts, even on a full disk (once there is room), and never a run started since', async () => {
    const disk = fullDisk('quotaAtCommit');
    const db = await seededDatabase(disk.middleware);
    const left = { jobId: 'synchronize-orders', scopeLabel: 'All stores', trigger: 'manual', batchJobId: null, startedAt: '2026-11-21T09:00:00.000Z', endedAt: null,
      status: 'Executing', processed: 200, succeeded: 200, failed: 0, skipped: 0, total: 279, error: null } as const;
    const orphan = await db.jobRuns.add({ ...left });
    disk.fill({ tables: ['jobRuns'] });
    expect(await interruptOrphanedRuns(db, new Date('2026-11-21T10:00:00.000Z'))).toBe(0);
    expect(db.storage.state).toMatchObject({ full: true, waitingWrites: 1, runEnds: [] });
    disk.free();
    const startedSince = await db.jobRuns.add({ ...left, startedAt: '2026-11-21T10:00:01.000Z' });
    await db.storage.retryNow();
    expect(await db.jobRuns.get(orphan)).toMatchObject({ status: 'Error', error: expect.stringMatching(/^Interrupted: /), endedAt: '2026-11-21T10:00:00.000Z' });
    expect((await db.jobRuns.get(startedSince))!.status).toBe('Executing');
  }, 30_000);
});

describe('the watchdog', () => {
  it('ends a run whose chunk makes no progress, in words, and the next run goes on without a duplicate', async () => {
    const stuck = { on: false };
    // A chunk whose answer never comes: what a hang in the storage looks like to the engine (the write itself is made, whole).
    const db = await seededDatabase(mutateHook('stuck', (table, _request, next) => {
      const written = next();
      return stuck.on && table === 'salesOrders' ? new Promise(() => undefined) : written;
    }));
    await uploadAll(db);
    const engine = new HqEngine(db, steppingClock(), { stallLimitMs: 1_000 });
    stuck.on = true;
    const stalled = await runJob(engine, SYNCHRONIZE_ORDERS);
    expect(stalled).toMatchObject({ status: 'Error', error: expect.stringMatching(/^Stopped by Sync Console: this run made no progress for 1 second \(the work under way never finished\)\. What it had saved is kept, each part whole\./) });
    expect(await db.jobRuns.get(stalled.runId!)).toMatchObject({ status: 'Error', error: stalled.error });
    stuck.on = false;
    expect((await runJob(engine, SYNCHRONIZE_ORDERS)).status).toBe('Ended');
    expectWhole(await ordersAudit(db));
  }, 30_000);
});
