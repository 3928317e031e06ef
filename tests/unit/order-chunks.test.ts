import { describe, expect, it } from 'vitest';
import { ORDER_CHUNK, runSynchronizeOrdersJob } from '../../shared/engine/synchronize-orders-job';
import { orderErrors } from '../../shared/engine/order-errors';
import { SALES_ORDER_SEQUENCE } from '../../shared/domain/configuration';
import { SYNCHRONIZED_KINDS } from '../../shared/domain/order-status';
import { DEMO_DATA_FAULTS } from '../../shared/demo/seed-demo-data';
import type { HqDatabase } from '../../shared/db/hq-database';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { fixes, uploadAll } from '../support/fixes';

const faulty = new Set(DEMO_DATA_FAULTS.map((f) => f.transactionId));

/** The demo uploaded with its configuration fixed: every order that can succeed will. */
async function uploaded(): Promise<HqDatabase> {
  const db = await seededDatabase();
  await Promise.all(Object.values(fixes).map((fix) => fix(db)));
  await uploadAll(db);
  return db;
}

/** A signal that is aborted at its nth check: the job checks before each chunk and before each order in it. */
function abortedAtCheck(n: number): AbortSignal {
  let checks = 0;
  const signal = new AbortController().signal;
  signal.throwIfAborted = () => {
    if (++checks >= n) throw new DOMException('The run was canceled.', 'AbortError');
  };
  return signal;
}

async function openOrders(db: HqDatabase): Promise<number> {
  return db.RetailTransactionOrderStatus.filter((s) => SYNCHRONIZED_KINDS.includes(s.orderKind) && s.Status !== 'Succeeded').count();
}

describe('Synchronize orders a chunk at a time', () => {
  it('has more orders in the demo than one chunk holds, so the boundaries below are crossed', async () => {
    expect(await openOrders(await uploaded())).toBeGreaterThan(ORDER_CHUNK + 20);
  });

  it('a cancel in the middle of a chunk keeps the chunks before it and leaves that chunk as it was; the rerun makes each order once', async () => {
    const db = await uploaded();
    const sequenceBefore = (await db.numberSequences.get(SALES_ORDER_SEQUENCE))!.next;
    // Check 1 is before chunk 1, checks 2..ORDER_CHUNK+1 before its orders, the next before chunk 2: stop at its 20th order.
    const canceled = runSynchronizeOrdersJob(db, { kind: 'all' }, { now: steppingClock(), signal: abortedAtCheck(ORDER_CHUNK + 2 + 20) });
    await expect(canceled).rejects.toThrow('The run was canceled.');
    const logged = await db.orderSyncLog.count();
    expect(logged).toBe(ORDER_CHUNK); // the first chunk, every attempt logged; nothing of the second
    const made = await db.salesOrders.count();
    expect(made).toBe(ORDER_CHUNK - [...(await db.orderSyncLog.toArray())].filter((a) => a.outcome === 'Failed').length);
    expect((await db.numberSequences.get(SALES_ORDER_SEQUENCE))!.next).toBe(sequenceBefore + made); // no number drawn for the lost chunk

    const rerun = await runSynchronizeOrdersJob(db, { kind: 'all' }, { now: steppingClock() });
    const orders = await db.salesOrders.toArray();
    expect(new Set(orders.map((o) => `${o.store}/${o.transactionId}`)).size).toBe(orders.length);
    expect(rerun.counts.succeeded + made).toBe(orders.length);
    expect(await openOrders(db)).toBe(faulty.size);
    expect((await db.numberSequences.get(SALES_ORDER_SEQUENCE))!.next).toBe(sequenceBefore + orders.length);
  });

  it('a number sequence used up in the middle of a chunk fails exactly the orders beyond its limit', async () => {
    const db = await uploaded();
    const sequence = (await db.numberSequences.get(SALES_ORDER_SEQUENCE))!;
    const room = 37;
    await db.numberSequences.update(SALES_ORDER_SEQUENCE, { largest: sequence.next + room - 1 });
    const { counts } = await runSynchronizeOrdersJob(db, { kind: 'all' }, { now: steppingClock() });
    expect(counts.succeeded).toBe(room);
    const attempts = await db.orderSyncLog.toArray();
    // In the job's order, every order after the last number fails for the sequence, and none before it does.
    const lastSuccess = attempts.map((a) => a.outcome).lastIndexOf('Succeeded');
    const beyond = attempts.slice(lastSuccess + 1);
    expect(beyond.filter((a) => !faulty.has(a.transactionId)).every((a) => a.message === orderErrors.numberSequenceExceeded())).toBe(true);
    expect(attempts.slice(0, lastSuccess).some((a) => a.message === orderErrors.numberSequenceExceeded())).toBe(false);
    expect(lastSuccess).toBeLessThan(ORDER_CHUNK); // the limit falls inside the first chunk
    expect((await db.numberSequences.get(SALES_ORDER_SEQUENCE))!.next).toBe(sequence.next + room);
  });
});
