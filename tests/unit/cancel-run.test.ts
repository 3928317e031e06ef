import { keyTuple } from '../../shared/orders/transaction-entities';
import { describe, expect, it, vi } from 'vitest';
import { HqEngine } from '../../shared/engine/hq-engine';
import { interruptOrphanedRuns } from '../../shared/run-history/record-job-run';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { fixes, uploadAll } from '../support/fixes';
import { KEY_INDEX } from '../../shared/db/retail-transaction-tables';

describe('canceling a run', () => {
  it('stops Synchronize orders between transactions, leaving no half-made sales order', async () => {
    const db = await seededDatabase();
    await Promise.all(Object.values(fixes).map((fix) => fix(db)));
    const engine = new HqEngine(db, steppingClock());
    await uploadAll(db, engine);

    let canceled = false;
    const run = engine.execute(
      { type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'manual', batchJobId: null },
      (counts) => {
        if (!canceled && counts.processed >= 25) {
          canceled = true;
          void db.jobRuns.where('status').equals('Executing').first().then((r) => engine.execute({ type: 'cancel', target: { runId: r!.id! } }));
        }
      },
    );
    const outcome = await run;
    expect(outcome.status).toBe('Canceled');
    const succeeded = await db.RetailTransactionOrderStatus.where('Status').equals('Succeeded').toArray();
    const attempted = await db.RetailTransactionOrderStatus.filter((s) => s.modifieddatetime !== null).count();
    expect(succeeded.length).toBeGreaterThanOrEqual(20);
    expect(attempted).toBeGreaterThanOrEqual(25);
    const orders = await db.RetailTransactionOrderStatus.filter((s) => s.orderKind === 'eCommerce' || s.orderKind === 'customerOrder').count();
    expect(attempted).toBeLessThan(orders);
    expect(await db.salesOrders.count()).toBe(succeeded.length);
    expect(await db.salesOrderPayments.count()).toBe(await db.RetailTransactionPaymentTrans.where(KEY_INDEX).anyOf(succeeded.map(keyTuple)).count());
    expect(succeeded.every((s) => s.SalesId)).toBe(true);
    expect(await db.orderSyncLog.count()).toBe(attempted);
    const history = (await db.jobRuns.get(outcome.runId!))!;
    expect(history.status).toBe('Canceled');
    expect(history.processed).toBe(attempted); // the counts up to the cancel, not the last throttled write
    expect(outcome.counts!.processed).toBe(attempted);
  });

  it('cancels a waiting run before it starts', async () => {
    const db = await seededDatabase();
    const engine = new HqEngine(db, steppingClock());
    const first = uploadAll(db, engine);
    const second = uploadAll(db, engine);
    // The second is recorded Waiting once the first is under way: the cancel names it then.
    const waiting = await vi.waitFor(async () => {
      const run = await db.jobRuns.where('status').equals('Waiting').first();
      if (!run) throw new Error('no run is waiting yet');
      return run;
    }, { timeout: 10_000, interval: 5 });
    await engine.execute({ type: 'cancel', target: { runId: waiting.id! } });
    expect((await first).status).toBe('Ended');
    expect((await second).status).toBe('Canceled');
    expect(await db.RetailTransactionTable.count()).toBe(await db.channelTransactionRecords.count());
  });

  it('marks runs a closed or reloaded app left under way as interrupted', async () => {
    const db = await seededDatabase();
    const base = { jobId: 'P-0001' as const, scopeLabel: 'All', trigger: 'manual' as const, batchJobId: null, startedAt: '2026-11-21T09:00:00.000Z', endedAt: null, total: null, error: null, processed: 0, succeeded: 0, failed: 0, skipped: 0 };
    await db.jobRuns.bulkAdd([{ ...base, status: 'Executing' }, { ...base, status: 'Waiting' }, { ...base, status: 'Ended', endedAt: '2026-11-21T09:01:00.000Z' }]);
    expect(await interruptOrphanedRuns(db, new Date('2026-11-21T10:00:00Z'))).toBe(2);
    const runs = await db.jobRuns.toArray();
    expect(runs.map((r) => r.status)).toEqual(['Error', 'Error', 'Ended']);
    expect(runs[0]).toMatchObject({ endedAt: '2026-11-21T10:00:00.000Z', error: expect.stringMatching(/^Interrupted: /) });
  });
});
