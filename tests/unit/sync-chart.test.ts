import { describe, expect, it } from 'vitest';
import { HqEngine } from '../../shared/engine/hq-engine';
import { periodBuckets, readSyncChart, type ChartBucket } from '../../shared/store-financials/sync-chart';
import { uploadAndSynchronize } from '../support/fixes';
import { seededDatabase } from '../support/memory-database';

const total = (buckets: ChartBucket[]) => buckets.reduce((sum, b) => sum + b.Succeeded + b.Failed + b.None, 0);

describe('the Store financials chart', () => {
  it('has a bucket for every hour or day of the period, ending with the one now is in', () => {
    const now = new Date(Date.UTC(2026, 11, 7, 5, 47, 34));
    const hours = periodBuckets('day', now);
    expect(hours).toHaveLength(24);
    expect(hours[0]).toBe('2026-12-06T06');
    expect(hours.at(-1)).toBe('2026-12-07T05');
    const days = periodBuckets('month', now);
    expect(days).toHaveLength(30);
    expect([days[0], days.at(-1)]).toEqual(['2026-11-08', '2026-12-07']);
    // Across a month's end, without a gap or a repeat.
    expect(new Set(days).size).toBe(30);
    expect(days).toContain('2026-11-30');
    expect(periodBuckets('week', now)).toEqual(['2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05', '2026-12-06', '2026-12-07']);
  });

  it('shows quiet days as zero and draws nothing after now', async () => {
    const db = await seededDatabase();
    await uploadAndSynchronize(db);
    const statuses = await db.RetailTransactionOrderStatus.where('channelKind').equals('online').toArray();
    // The demo's transactions run from 1 to 21 November; "now" is in the middle of them.
    const now = new Date(Date.UTC(2026, 10, 10, 12, 30));
    const buckets = await readSyncChart(db, 'online-orders', 'month', now);
    expect(buckets.map((b) => b.bucket)).toEqual(periodBuckets('month', now));
    // October has no transactions: its days are there, as zero.
    expect(buckets.filter((b) => b.bucket < '2026-11-01').every((b) => b.Succeeded + b.Failed + b.None === 0)).toBe(true);
    expect(buckets.filter((b) => b.bucket < '2026-11-01')).toHaveLength(20);
    // Every online order up to now is counted once; those later in the day or month are not.
    const upToNow = statuses.filter((s) => s.sortKey <= now.toISOString());
    expect(statuses.length).toBeGreaterThan(upToNow.length);
    expect(total(buckets)).toBe(upToNow.length);
    expect(buckets.at(-1)).toMatchObject({ bucket: '2026-11-10' });
    const today = statuses.filter((s) => s.sortKey.startsWith('2026-11-10') && s.sortKey <= now.toISOString());
    expect(total(buckets.slice(-1))).toBe(today.length);
  });

  it('is given no future times by the channel simulator, even for a batch recorded right after another', async () => {
    const db = await seededDatabase();
    // A second a command: each batch is recorded a second after the one before.
    let now = new Date(Date.UTC(2026, 11, 7, 9));
    const engine = new HqEngine(db, () => (now = new Date(now.getTime() + 1000)));
    await engine.execute({ type: 'simulateChannelTransactions', count: 50, fault: null });
    await engine.execute({ type: 'simulateChannelTransactions', count: 50, fault: null });
    await engine.execute({ type: 'simulateCustomerOperations', kind: 'create', count: 20, fault: null });
    await engine.execute({ type: 'simulateCustomerOperations', kind: 'create', count: 20, fault: null });
    const recordedBy = now.toISOString();
    await engine.execute({ type: 'runJob', job: { jobId: 'P-0001', channelDatabaseGroupIds: null }, trigger: 'manual', batchJobId: null });

    const simulated = (await db.RetailTransactionOrderStatus.toArray()).filter((s) => s.sortKey >= '2026-12');
    expect(simulated).toHaveLength(100);
    expect(simulated.every((s) => s.sortKey <= recordedBy)).toBe(true);
    // A register's numbers and times still rise together.
    for (const register of new Set(simulated.map((s) => `${s.store}/${s.terminal}`))) {
      const own = simulated.filter((s) => `${s.store}/${s.terminal}` === register).sort((a, b) => a.transactionId.localeCompare(b.transactionId));
      expect(own.map((s) => s.sortKey)).toEqual([...own.map((s) => s.sortKey)].sort());
    }
    const operations = (await db.asyncCustomers.toArray()).filter((o) => o.operationTimestamp >= '2026-12');
    expect(operations).toHaveLength(40);
    expect(operations.every((o) => o.operationTimestamp <= recordedBy)).toBe(true);
    expect(new Set(operations.map((o) => o.operationTimestamp)).size).toBe(40);
    expect(total(await readSyncChart(db, 'online-orders', 'day', now)) + total(await readSyncChart(db, 'customer-orders', 'day', now)))
      .toBe(simulated.filter((s) => s.orderKind !== 'cashAndCarry' && s.orderKind !== 'other').length);
  });
});
