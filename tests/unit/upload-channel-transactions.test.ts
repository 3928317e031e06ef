import { describe, expect, it } from 'vitest';
import { uploadChannelTransactions } from '../../shared/engine/upload-channel-transactions';
import { simulateChannelTransactions } from '../../shared/engine/simulate-channel-transactions';
import { seededDatabase, steppingClock } from '../support/memory-database';

describe('P-0001 channel transactions upload', () => {
  it('uploads every channel transaction once, and only new ones afterwards', async () => {
    const db = await seededDatabase();
    const ctx = { now: steppingClock() };
    const channelCount = await db.channelTransactions.count();

    const first = await uploadChannelTransactions(db, null, ctx);
    expect(first.succeeded).toBe(channelCount);
    expect(await db.transactions.count()).toBe(channelCount);

    const again = await uploadChannelTransactions(db, null, ctx);
    expect(again.processed).toBe(0);

    await simulateChannelTransactions(db, 7, new Date());
    const next = await uploadChannelTransactions(db, null, ctx);
    expect(next).toMatchObject({ processed: 7, succeeded: 7, skipped: 0 });
    expect(await db.transactions.count()).toBe(channelCount + 7);
  });

  it('uploads only the chosen channel database groups', async () => {
    const db = await seededDatabase();
    await uploadChannelTransactions(db, ['ONLINE'], { now: steppingClock() });
    const kinds = new Set((await db.transactions.toArray()).map((t) => t.kind));
    expect(kinds).toEqual(new Set(['online']));
  });

  it('never writes a transaction HQ already has, even when the watermark is lost', async () => {
    const db = await seededDatabase();
    const ctx = { now: steppingClock() };
    await uploadChannelTransactions(db, null, ctx);
    const before = await db.transactions.get((await db.transactions.toCollection().first())!.transactionId);
    await db.uploadWatermarks.clear();
    const rerun = await uploadChannelTransactions(db, null, ctx);
    expect(rerun.succeeded).toBe(0);
    expect(rerun.skipped).toBe(rerun.processed);
    expect(await db.transactions.get(before!.transactionId)).toEqual(before);
  });

  it('runs concurrently without uploading twice', async () => {
    const db = await seededDatabase();
    const ctx = { now: steppingClock() };
    const [a, b] = await Promise.all([uploadChannelTransactions(db, null, ctx), uploadChannelTransactions(db, null, ctx)]);
    expect(a.succeeded + b.succeeded).toBe(await db.channelTransactions.count());
    expect(await db.transactions.count()).toBe(await db.channelTransactions.count());
  });
});
