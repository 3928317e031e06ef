import { describe, expect, it, vi } from 'vitest';
import { CUSTOMER_ACCOUNT_SEQUENCE, FAILING_OPERATIONS } from '../../shared/demo/demo-customers';
import { formatSequenceNumber } from '../../shared/configuration/number-sequence-rules';
import { CUSTOMER_CHUNK, openOperationIds, runSynchronizeCustomersJob, synchronizeCustomerOperations } from '../../shared/customers/synchronize/synchronize-customers-job';
import { HqEngine } from '../../shared/engine/hq-engine';
import type { HqDatabase } from '../../shared/db/hq-database';
import type { AsyncCustomer } from '../../shared/customers/customers';
import { asyncTables } from '../../shared/customers/async-customer-operation';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { abortedAtCheck } from '../support/aborted-at-check';
import { runJob } from '../support/customers';

/** More than two chunks besides the demo's operations. */
const SIMULATED = 2 * CUSTOMER_CHUNK + 50;
const failing = new Set<string>(FAILING_OPERATIONS);

/** The demo's 24 operations and SIMULATED more customers created offline, all uploaded. */
async function manyOperations(): Promise<HqDatabase> {
  const db = await seededDatabase();
  const engine = new HqEngine(db, steppingClock());
  await engine.execute({ type: 'simulateCustomerOperations', kind: 'create', count: SIMULATED, fault: null });
  await runJob(engine, 'P-0001');
  return db;
}

/** Counts the read-write transactions the engine opens from now on: one per chunk, not one per operation. */
function writeTransactions(db: HqDatabase): () => number {
  const spy = vi.spyOn(db, 'transaction');
  return () => spy.mock.calls.filter(([mode]) => mode === 'rw').length;
}

const nextAccount = async (db: HqDatabase) => (await db.numberSequences.get(CUSTOMER_ACCOUNT_SEQUENCE))!.next;
const headers = (db: HqDatabase, ids: readonly string[]) => db.asyncCustomers.bulkGet([...ids]) as Promise<AsyncCustomer[]>;
const succeededCreations = async (db: HqDatabase) => (await db.asyncCustomers.where('status').equals('Succeeded').toArray()).filter((o) => o.operation === 'Create');

describe('Synchronize customers and channel requests a chunk at a time', () => {
  it('reads the open operations for its set-up oldest first, without the synchronized ones', async () => {
    const db = await manyOperations();
    await db.asyncCustomers.update('OP-C0001', { status: 'Succeeded' });
    await db.asyncCustomers.update('OP-C0003', { status: 'Failed' });
    const all = await db.asyncCustomers.toArray();
    const expected = all.filter((o) => o.status !== 'Succeeded').sort((a, b) => a.operationTimestamp.localeCompare(b.operationTimestamp)).map((o) => o.operationId);
    const ids = await openOperationIds(db);
    expect(ids).toEqual(expected);
    expect(ids).toContain('OP-C0003');
    expect(ids.length).toBeGreaterThan(2 * CUSTOMER_CHUNK + 20);
  });

  it('a cancel in the middle of the second chunk keeps exactly the first and burns no account; the rerun creates each customer once', async () => {
    const db = await manyOperations();
    const [before, customersBefore, order] = [await nextAccount(db), await db.customers.count(), await openOperationIds(db)];
    // Check 1 is before chunk 1, checks 2..CUSTOMER_CHUNK+1 before its operations, the next before chunk 2: stop at its 20th operation.
    const canceled = runSynchronizeCustomersJob(db, { now: steppingClock(), signal: abortedAtCheck(CUSTOMER_CHUNK + 2 + 20) });
    await expect(canceled).rejects.toThrow('The run was canceled.');
    const first = await headers(db, order.slice(0, CUSTOMER_CHUNK));
    expect(first.every((o) => o.status !== 'Pending' && o.modifiedAt !== null)).toBe(true);
    const rest = await headers(db, order.slice(CUSTOMER_CHUNK));
    expect(rest.every((o) => o.status === 'Pending' && o.modifiedAt === null)).toBe(true);
    const untouched = await Promise.all(asyncTables(db).map((t) => t.where('operationId').anyOf(order.slice(CUSTOMER_CHUNK)).toArray()));
    expect(untouched.flat().every((row) => row.onlineOperationCompleted === 0)).toBe(true);
    const created = first.filter((o) => o.status === 'Succeeded' && o.operation === 'Create').length;
    expect(created).toBeGreaterThan(CUSTOMER_CHUNK / 2);
    expect(await nextAccount(db)).toBe(before + created); // no account drawn for the chunk that was canceled
    expect(await db.customers.count()).toBe(customersBefore + created);

    const rerun = await runSynchronizeCustomersJob(db, { now: steppingClock() });
    expect(rerun.counts.processed).toBe(order.length - CUSTOMER_CHUNK + [...first].filter((o) => o.status === 'Failed').length);
    const creations = await succeededCreations(db);
    expect(new Set(creations.map((o) => o.customerAccount)).size).toBe(creations.length);
    expect(creations.length).toBe(SIMULATED + 12); // every valid creation, the demo's 12 and the simulated ones
    expect(await db.customers.count()).toBe(customersBefore + creations.length);
    expect(await nextAccount(db)).toBe(before + creations.length);
  });

  it('a number sequence with room for 37 accounts fails exactly the creations beyond them, and nothing else', async () => {
    const db = await manyOperations();
    const room = 37;
    const before = await nextAccount(db);
    await db.numberSequences.update(CUSTOMER_ACCOUNT_SEQUENCE, { largest: before + room - 1 });
    const order = await headers(db, await openOperationIds(db));
    const sequenceWrites = vi.spyOn(db.numberSequences, 'put');
    await runSynchronizeCustomersJob(db, { now: steppingClock() });
    expect(sequenceWrites).toHaveBeenCalledTimes(1); // read and written once for the chunk the limit falls in, not once per account
    const after = new Map((await db.asyncCustomers.toArray()).map((o) => [o.operationId, o]));
    const validCreations = order.filter((o) => o.operation === 'Create' && !failing.has(o.operationId)).map((o) => after.get(o.operationId)!);
    expect(validCreations.slice(0, room).every((o) => o.status === 'Succeeded')).toBe(true);
    expect(validCreations.slice(room).every((o) => o.status === 'Failed' && o.lastKnownError === 'Number sequence has been exceeded.')).toBe(true);
    const updates = order.filter((o) => o.operation === 'Update' && !failing.has(o.operationId));
    expect(updates.every((o) => after.get(o.operationId)!.status === 'Succeeded')).toBe(true);
    for (const id of failing) expect(after.get(id)!.lastKnownError).not.toBe('Number sequence has been exceeded.');
    expect(await nextAccount(db)).toBe(before + room);
  });

  it('an operation whose rows make processing throw fails alone, and the rest of its chunk succeeds', async () => {
    const db = await manyOperations();
    await db.asyncCustomers.update('OP-U0003', { oldValues: null as never }); // an update that lost what it changed from
    const chunks = Math.ceil((await openOperationIds(db)).length / CUSTOMER_CHUNK);
    const transactions = writeTransactions(db);
    const { counts } = await runSynchronizeCustomersJob(db, { now: steppingClock() });
    expect(transactions()).toBe(chunks); // decided inside its chunk: no chunk had to be tried again
    const failed = await db.asyncCustomers.where('status').equals('Failed').toArray();
    expect(failed.map((o) => o.operationId).sort()).toEqual([...FAILING_OPERATIONS, 'OP-U0003'].sort());
    expect(failed.find((o) => o.operationId === 'OP-U0003')!.lastKnownError).toMatch(/^An unexpected problem stopped synchronizing customer operation OP-U0003; nothing was half-saved/);
    expect(counts.succeeded).toBe(SIMULATED + 24 - failed.length);
  });

  it('an update whose customer HQ does not have fails alone, as before', async () => {
    const db = await manyOperations();
    const account = (await db.asyncCustomers.get('OP-U0001'))!.customerAccount!;
    await db.customers.delete(account);
    const chunks = Math.ceil((await openOperationIds(db)).length / CUSTOMER_CHUNK);
    const transactions = writeTransactions(db);
    await runSynchronizeCustomersJob(db, { now: steppingClock() });
    expect(transactions()).toBe(chunks);
    const op = (await db.asyncCustomers.get('OP-U0001'))!;
    expect(op).toMatchObject({ status: 'Failed', lastKnownError: `Customer ${account} does not exist in headquarters.`, retryCount: 0 });
    expect(await db.customers.get(account)).toBeUndefined(); // not created by the update
    expect(await db.asyncCustomers.where('status').equals('Failed').count()).toBe(FAILING_OPERATIONS.length + 1);
  });

  it('two updates of one customer in one chunk each change their own fields, the later on top of the earlier', async () => {
    const db = await manyOperations();
    const first = (await db.asyncCustomers.get('OP-U0001'))!;
    const customer = (await db.customers.get(first.customerAccount!))!;
    // OP-U0003, later in the same chunk, made an update of the same customer that changes only its city.
    await db.asyncCustomers.update('OP-U0003', { customerAccount: customer.customerAccount, oldValues: first.oldValues });
    await db.asyncAddresses.update('OP-U0003', { street: customer.street, city: 'Tromsø', zipCode: customer.zipCode, countryRegionId: customer.countryRegionId });
    await db.asyncContacts.where('operationId').equals('OP-U0003').modify((c) => void (c.locator = c.type === 'Email' ? customer.email : customer.phone));
    await db.asyncAttributes.where('operationId').equals('OP-U0003').modify((a) => void (a.newValue = a.oldValue = customer.attributes[a.name] ?? ''));
    await runSynchronizeCustomersJob(db, { now: steppingClock() });
    expect((await db.asyncCustomers.bulkGet(['OP-U0001', 'OP-U0003'])).map((o) => o!.status)).toEqual(['Succeeded', 'Succeeded']);
    const after = (await db.customers.get(customer.customerAccount))!;
    expect(after).toMatchObject({ city: 'Tromsø', phone: expect.stringMatching(/^\+46 70/) as unknown as string });
    expect(after.attributes['Loyalty tier']).not.toBe(customer.attributes['Loyalty tier']); // OP-U0001's change stands
  });

  it('a chunk that cannot be written is tried again one by one: only the operation at fault fails', async () => {
    const db = await manyOperations();
    const chunk = (await openOperationIds(db)).slice(0, CUSTOMER_CHUNK);
    const creations = (await headers(db, chunk)).filter((o) => o.operation === 'Create' && !failing.has(o.operationId));
    // The account the chunk's last creation would get is taken already: writing the chunk whole fails.
    const sequence = (await db.numberSequences.get(CUSTOMER_ACCOUNT_SEQUENCE))!;
    const taken = formatSequenceNumber(sequence, sequence.next + creations.length - 1);
    const someone = (await db.customers.toCollection().first())!;
    await db.customers.add({ ...someone, customerAccount: taken });
    const { counts } = await synchronizeCustomerOperations(db, chunk, { now: steppingClock() });
    const last = (await db.asyncCustomers.get(creations.at(-1)!.operationId))!;
    expect(last.status).toBe('Failed');
    expect(last.lastKnownError).toMatch(/^An unexpected problem stopped synchronizing customer operation/);
    const failedHere = chunk.filter((id) => failing.has(id)).length + 1;
    expect(counts).toMatchObject({ processed: CUSTOMER_CHUNK, failed: failedHere, succeeded: CUSTOMER_CHUNK - failedHere });
    expect(await nextAccount(db)).toBe(sequence.next + creations.length - 1);
  });

  it('Synchronize all of a list or a root cause stops between chunks on a cancel, ending Canceled with the chunks done', async () => {
    const db = await manyOperations();
    const engine = new HqEngine(db, steppingClock());
    const ids = await openOperationIds(db);
    expect(ids.length).toBeGreaterThan(2 * CUSTOMER_CHUNK);
    const cancelId = '0b7c9e2a-4f1d-4a3b-8c6e-5d2f1a9b7e30';
    const progress: number[] = [];
    const outcome = await engine.execute({ type: 'synchronizeCustomerOperations', cancelId, operationIds: ids }, (counts) => {
      progress.push(counts.processed);
      // After the first chunk: the person presses Cancel.
      if (counts.processed > 0) void engine.execute({ type: 'cancel', target: { cancelId } });
    });
    expect(outcome.status).toBe('Canceled');
    expect(outcome.counts!.processed).toBe(CUSTOMER_CHUNK);
    expect(progress).toEqual([0, CUSTOMER_CHUNK]);
    // The first chunk stays done; nothing after it was tried.
    expect((await headers(db, ids.slice(CUSTOMER_CHUNK))).every((o) => o.status === 'Pending')).toBe(true);
    expect((await headers(db, ids.slice(0, CUSTOMER_CHUNK))).some((o) => o.status === 'Pending')).toBe(false);
  });
});
