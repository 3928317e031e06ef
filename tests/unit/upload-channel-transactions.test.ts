import { keyTuple, type RetailTransactionHeader } from '../../shared/orders/transaction-entities';
import { sortKeyOf } from '../../shared/orders/retail-transaction-store';
import { describe, expect, it } from 'vitest';
import { HqEngine } from '../../shared/engine/hq-engine';
import { simulateChannelTransactions } from '../../shared/channel/simulator/simulate-channel-transactions';
import { applyUploadSession } from '../../shared/channel/upload/upload-channel-transactions';
import type { HqDatabase } from '../../shared/db/hq-database';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { uploadAll } from '../support/fixes';

const upload = (engine: HqEngine, groups: string[] | null = null) =>
  engine.execute({ type: 'runJob', job: { jobId: 'P-0001', channelDatabaseGroupIds: groups }, trigger: 'manual', batchJobId: null });

async function setup() {
  const db = await seededDatabase();
  return { db, engine: new HqEngine(db, steppingClock()) };
}

const sessionsOf = (db: HqDatabase, runId: number | null) => db.uploadSessions.filter((s) => s.runId === runId).toArray();

/** What the channel databases hold for P-0001: transactions and customer operations, in one or all databases. */
async function channelRows(db: HqDatabase, channelDatabaseId?: string): Promise<number> {
  const inDatabase = <T extends { channelDatabaseId: string }>(rows: T[]) => rows.filter((r) => !channelDatabaseId || r.channelDatabaseId === channelDatabaseId).length;
  return inDatabase(await db.channelTransactionRecords.toArray()) + inDatabase(await db.channelCustomerOperations.toArray());
}

describe('the channel simulator', () => {
  it('numbers each store\'s transactions on from the last, whether it counted the demo\'s or kept its own, and moves the replication counter', async () => {
    const db = await seededDatabase();
    const counterBefore = (await db.channelDatabases.get('ECOMM-CDB'))!.replicationCounter;
    const first = await simulateChannelTransactions(db, 150, new Date());
    const second = await simulateChannelTransactions(db, 150, new Date());
    const all = await db.channelTransactionRecords.toArray();
    const ids = all.map((r) => (r.tables.RetailTransactionTable as { transactionId: string }).transactionId);
    expect(new Set(ids).size).toBe(ids.length);
    const online = [...first, ...second].filter((r) => r.channelDatabaseId === 'ECOMM-CDB').map((r) => r.seq);
    expect(online).toEqual(online.map((_, i) => counterBefore + i + 1));
    expect((await db.channelDatabases.get('ECOMM-CDB'))!.replicationCounter).toBe(counterBefore + online.length);
    // Recorded right after the first, the second batch does not come before it in time, nor after
    // now: numbers and times rise together (within one second, the transaction numbers order them).
    const times = (batch: typeof first) => batch.map((r) => sortKeyOf(r.tables.RetailTransactionTable as RetailTransactionHeader)).sort();
    expect(times(second)[0]! >= times(first).at(-1)!).toBe(true);
    expect(times(second).at(-1)! <= new Date().toISOString()).toBe(true);
  });
});

describe('P-0001 channel transactions upload', () => {
  it('uploads every channel transaction once, and only new ones afterwards', async () => {
    const { db, engine } = await setup();
    const channelCount = await db.channelTransactionRecords.count();
    const rows = await channelRows(db);

    const first = await upload(engine);
    expect(first).toMatchObject({ status: 'Ended', error: null, counts: { processed: rows, succeeded: rows } });
    expect(await db.RetailTransactionTable.count()).toBe(channelCount);
    expect(await db.asyncCustomers.count()).toBe(await db.channelCustomerOperations.count());

    expect((await upload(engine)).counts!.processed).toBe(0);

    await simulateChannelTransactions(db, 7, new Date());
    expect((await upload(engine)).counts).toMatchObject({ processed: 7, succeeded: 7, skipped: 0 });
    expect(await db.RetailTransactionTable.count()).toBe(channelCount + 7);
  });

  it('makes one Applied upload session per channel database, with its row count and try count', async () => {
    const { db, engine } = await setup();
    const { runId } = await upload(engine);
    const sessions = await sessionsOf(db, runId);
    expect(sessions.map((s) => s.channelDatabaseId).sort()).toEqual(['ECOMM-CDB', 'SANFRAN-CDB', 'SEATTLE-CDB']);
    expect(sessions.every((s) => s.status === 'Applied' && s.tryCount === 1 && s.maxTries === 3)).toBe(true);
    const rows = await channelRows(db);
    expect(sessions.reduce((sum, s) => sum + s.rowCount, 0)).toBe(rows);
    const history = await db.jobRuns.get(runId!);
    expect(history).toMatchObject({ jobId: 'P-0001', status: 'Ended', processed: rows, succeeded: rows });
  });

  it('uploads only the chosen channel database groups', async () => {
    const { db, engine } = await setup();
    await upload(engine, ['ONLINE']);
    expect(new Set((await db.RetailTransactionOrderStatus.toArray()).map((s) => s.channelKind))).toEqual(new Set(['online']));
  });

  it('ends in Error for an offline channel database while the others upload, and the next run picks it up', async () => {
    const { db, engine } = await setup();
    await engine.execute({ type: 'setChannelDatabaseOnline', channelDatabaseId: 'SEATTLE-CDB', online: false });
    const seattle = await channelRows(db, 'SEATTLE-CDB');
    const rows = await channelRows(db);

    const failed = await upload(engine);
    expect(failed.status).toBe('Error');
    expect(failed.error).toMatch(/Seattle channel database is offline/);
    expect(failed.counts).toMatchObject({ failed: seattle, succeeded: rows - seattle });
    expect(await db.RetailTransactionOrderStatus.where('[store+sortKey]').between(['SEA', ''], ['SEA', '\uffff']).count()).toBe(0);
    const [session] = (await sessionsOf(db, failed.runId)).filter((s) => s.channelDatabaseId === 'SEATTLE-CDB');
    expect(session).toMatchObject({ status: 'Apply failed', tryCount: 1 });

    await engine.execute({ type: 'setChannelDatabaseOnline', channelDatabaseId: 'SEATTLE-CDB', online: true });
    const next = await upload(engine);
    expect(next).toMatchObject({ status: 'Ended', counts: { processed: seattle, succeeded: seattle } });
    expect(await db.uploadSessions.get(session!.id!)).toMatchObject({ status: 'Applied', tryCount: 2 });
    expect(await db.RetailTransactionTable.count()).toBe(await db.channelTransactionRecords.count());
  });

  it('says an offline channel database with nothing packaged could not be checked, and ends in Error', async () => {
    const { db, engine } = await setup();
    expect(await upload(engine)).toMatchObject({ status: 'Ended', error: null });
    await engine.execute({ type: 'setChannelDatabaseOnline', channelDatabaseId: 'SEATTLE-CDB', online: false });

    const run = await upload(engine);
    expect(run.status).toBe('Error');
    expect(run.error).toMatch(/Seattle channel database is offline: P-0001 could not check it/);
    expect(run.error).not.toMatch(/San Francisco/);
    expect((await sessionsOf(db, run.runId)).length).toBe(0);

    await engine.execute({ type: 'setChannelDatabaseOnline', channelDatabaseId: 'SEATTLE-CDB', online: true });
    expect(await upload(engine)).toMatchObject({ status: 'Ended', error: null });
  });

  it('cancels a session after its last try, and packages its rows again so nothing is lost', async () => {
    const { db, engine } = await setup();
    await engine.execute({ type: 'setChannelDatabaseOnline', channelDatabaseId: 'SANFRAN-CDB', online: false });
    for (let i = 0; i < 3; i++) await upload(engine);
    const [canceled] = await db.uploadSessions.where('[channelDatabaseId+status]').equals(['SANFRAN-CDB', 'Canceled']).toArray();
    expect(canceled).toMatchObject({ tryCount: 3 });

    await engine.execute({ type: 'setChannelDatabaseOnline', channelDatabaseId: 'SANFRAN-CDB', online: true });
    await upload(engine);
    expect(await db.RetailTransactionTable.count()).toBe(await db.channelTransactionRecords.count());
    const live = await db.uploadSessions.where('[channelDatabaseId+status]').equals(['SANFRAN-CDB', 'Applied']).toArray();
    expect(live.map((s) => [s.fromSeq, s.toSeq])).toEqual([[canceled!.fromSeq, canceled!.toSeq]]);
  });

  it('retries or cancels a failed session by hand', async () => {
    const { db, engine } = await setup();
    await engine.execute({ type: 'setChannelDatabaseOnline', channelDatabaseId: 'SEATTLE-CDB', online: false });
    const { runId } = await upload(engine);
    const failed = (await sessionsOf(db, runId)).find((s) => s.status === 'Apply failed')!;
    await engine.execute({ type: 'setChannelDatabaseOnline', channelDatabaseId: 'SEATTLE-CDB', online: true });
    const retried = await engine.execute({ type: 'retryUploadSession', sessionId: failed.id! });
    expect(retried.added).toBe(failed.rowCount);
    expect((await db.uploadSessions.get(failed.id!))!.status).toBe('Applied');

    await engine.execute({ type: 'cancelUploadSession', sessionId: failed.id! });
    expect((await db.uploadSessions.get(failed.id!))!.status).toBe('Applied'); // an applied session stays applied
  });

  it('never writes a transaction HQ already has, even when the watermark is lost', async () => {
    const { db, engine } = await setup();
    await upload(engine);
    const before = await db.RetailTransactionTable.toCollection().first();
    await db.uploadWatermarks.clear();
    const rerun = await upload(engine);
    expect(rerun.counts).toMatchObject({ succeeded: 0, skipped: await channelRows(db) });
    expect(await db.RetailTransactionTable.get(keyTuple(before!))).toEqual(before);
  });

  it('queues a second run of P-0001 behind the first instead of running both at once', async () => {
    const db = await seededDatabase();
    const engine = new HqEngine(db, steppingClock());
    const [a, b] = await Promise.all([uploadAll(db, engine), uploadAll(db, engine)]);
    expect(a.counts!.succeeded + b.counts!.succeeded).toBe(await channelRows(db));
    expect(b.counts!.processed).toBe(0);
    expect(await db.RetailTransactionTable.count()).toBe(await db.channelTransactionRecords.count());
    const runs = await db.jobRuns.toArray();
    expect(runs.map((r) => r.status)).toEqual(['Ended', 'Ended']);
    expect(runs[1]!.startedAt >= runs[0]!.endedAt!).toBe(true);
  });

  it('never applies a canceled upload session, even when asked to retry it; its range is packaged again and applied once', async () => {
    const { db, engine } = await setup();
    await engine.execute({ type: 'setChannelDatabaseOnline', channelDatabaseId: 'SEATTLE-CDB', online: false });
    const { runId } = await upload(engine);
    const session = (await sessionsOf(db, runId)).find((s) => s.status === 'Apply failed')!;
    const headersBefore = await db.RetailTransactionTable.count();
    await engine.execute({ type: 'cancelUploadSession', sessionId: session.id! });
    await engine.execute({ type: 'setChannelDatabaseOnline', channelDatabaseId: 'SEATTLE-CDB', online: true });
    const retried = await engine.execute({ type: 'retryUploadSession', sessionId: session.id! });
    expect(retried).toEqual({ read: 0, added: 0, setAside: 0, error: null });
    expect(await db.uploadSessions.get(session.id!)).toMatchObject({ status: 'Canceled' });
    expect(await db.RetailTransactionTable.count()).toBe(headersBefore);
    await upload(engine);
    expect(await db.RetailTransactionTable.count()).toBe(await db.channelTransactionRecords.count());
  });

  it('keeps a Cancel by hand made while the session is being applied', async () => {
    const { db, engine } = await setup();
    await engine.execute({ type: 'setChannelDatabaseOnline', channelDatabaseId: 'SEATTLE-CDB', online: false });
    const { runId } = await upload(engine);
    const session = (await sessionsOf(db, runId)).find((s) => s.status === 'Apply failed')!;
    await engine.execute({ type: 'setChannelDatabaseOnline', channelDatabaseId: 'SEATTLE-CDB', online: true });
    const applying = applyUploadSession(db, session.id!, { now: () => new Date() });
    await engine.execute({ type: 'cancelUploadSession', sessionId: session.id! });
    await applying;
    expect((await db.uploadSessions.get(session.id!))!.status).toBe('Canceled');
    await upload(engine); // the canceled range is packaged again; nothing twice, nothing lost
    expect(await db.RetailTransactionTable.count()).toBe(await db.channelTransactionRecords.count());
  });
});
