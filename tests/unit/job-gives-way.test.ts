import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChunkPace } from '../../shared/runner/chunk-pace';
import { PeopleWaiting } from '../../shared/runner/people-waiting';
import { ORDER_CHUNK, synchronizeOrders } from '../../shared/orders/synchronize/synchronize-orders-job';
import { keyOf } from '../../shared/orders/transaction-entities';
import { SYNCHRONIZED_KINDS } from '../../shared/orders/order-status';
import { HqEngine } from '../../shared/engine/hq-engine';
import type { HqDatabase } from '../../shared/db/hq-database';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { fixes, uploadAll } from '../support/fixes';
import { simulateChannelTransactions } from '../../shared/channel/simulator/simulate-channel-transactions';

/** The demo's orders and `more` besides, uploaded with the configuration fixed. */
async function uploaded(more = 0): Promise<HqDatabase> {
  const db = await seededDatabase();
  await Promise.all(Object.values(fixes).map((fix) => fix(db)));
  if (more) await simulateChannelTransactions(db, more, new Date());
  await uploadAll(db);
  return db;
}

const openKeys = async (db: HqDatabase) =>
  (await db.RetailTransactionOrderStatus.filter((s) => SYNCHRONIZED_KINDS.includes(s.orderKind) && s.Status !== 'Succeeded').toArray()).map(keyOf);

/** The steps a run's progress went up by, from its reports. */
const steps = (processed: number[]) => processed.slice(1).map((n, i) => n - processed[i]!).filter((step) => step > 0);

const LIMITS = { first: 50, most: 200, fewest: 25, targetMs: 100, whilePeopleWork: 40, recentMs: 5_000 };

describe('a chunk\'s size', () => {
  it('starts small, grows to its most on a quiet machine, shrinks towards the fewest when chunks are slow, and grows back', () => {
    const pace = new ChunkPace(LIMITS);
    expect(pace.next()).toBe(50);
    for (let i = 0; i < 12; i++) pace.took(pace.next(), 20); // quick chunks
    expect(pace.next()).toBe(200);
    for (let i = 0; i < 10; i++) pace.took(pace.next(), pace.next() * 5); // 5 ms an item: 20 fit in 100 ms
    expect(pace.next()).toBe(25);
    for (let i = 0; i < 10; i++) pace.took(pace.next(), pace.next() * 0.1);
    expect(pace.next()).toBe(200);
  });

  it('shrinks one step at a time: one slow chunk does not take the next down to the fewest', () => {
    const pace = new ChunkPace(LIMITS);
    for (let i = 0; i < 12; i++) pace.took(pace.next(), 20);
    pace.took(200, 2_000);
    expect(pace.next()).toBeGreaterThan(25);
    expect(pace.next()).toBeLessThan(200);
  });

  it('keeps chunks small while a person works beside the job, and for a while after', () => {
    let now = 0;
    const people = new PeopleWaiting(() => now);
    const pace = new ChunkPace(LIMITS, people);
    const leave = people.enter();
    expect(pace.next()).toBe(40);
    for (let i = 0; i < 12; i++) pace.took(40, 1);
    now = 1_000;
    leave();
    now = 4_999;
    expect(pace.next()).toBe(40);
    now = 6_001;
    expect(pace.next()).toBe(200);
  });
});

describe('Synchronize orders gives way to a person', () => {
  afterEach(() => vi.restoreAllMocks());

  it('starts no chunk while a person\'s command is under way, and goes on once it has answered', async () => {
    const db = await uploaded();
    const people = new PeopleWaiting();
    const leave = people.enter();
    let reported!: () => void;
    const started = new Promise<void>((resolve) => (reported = resolve));
    const keys = await openKeys(db);
    const job = synchronizeOrders(db, keys, { now: steppingClock(), people, onProgress: () => reported() });
    await started;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db.orderSyncLog.count()).toBe(0);
    leave();
    expect((await job).processed).toBe(keys.length);
  });

  it('takes small chunks after a person\'s command sent to the engine while the job runs', async () => {
    const db = await uploaded(600);
    // A clock on which every chunk is quick, as on a quiet machine: what shrinks the chunks here is the person alone.
    let tick = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => ++tick);
    const engine = new HqEngine(db, steppingClock());
    const [last] = (await openKeys(db)).slice(-1);
    const processed: number[] = [];
    let sent: Promise<unknown> | null = null;
    let sentAt = -1;
    const job = engine.execute({ type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'manual', batchJobId: null }, (counts) => {
      processed.push(counts.processed);
      // Once the chunks have grown, a person's Synchronize order on the order the job would reach last.
      if (!sent && counts.processed >= ORDER_CHUNK) {
        sentAt = processed.length - 1;
        sent = engine.execute({ type: 'synchronizeOrders', keys: [last!] });
      }
    });
    expect((await job).status).toBe('Ended');
    await sent;
    // Before the person, chunks grew past 40; after the one already taken when the person came, every chunk is small.
    expect(Math.max(...steps(processed.slice(0, sentAt + 1)))).toBeGreaterThan(40);
    const later = steps(processed.slice(sentAt + 1)).slice(1);
    expect(later.length).toBeGreaterThan(5);
    expect(Math.max(...later)).toBeLessThanOrEqual(40);
  });
});
