import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HqDatabase } from '../../shared/db/hq-database';
import { BLOCKED_MESSAGE, NO_STORAGE_MESSAGE, OPEN_FAILED_MESSAGE, openFailure, openHqDatabase } from '../../shared/db/open-hq-database';
import { HqEngine } from '../../shared/engine/hq-engine';
import { seedDemoData } from '../../shared/demo/seed-demo-data';
import { memoryDatabase, steppingClock } from '../support/memory-database';
import { uploadAll } from '../support/fixes';
import { mutateHook } from '../support/mutate-hook';

// Each fault is also logged for developers (userMessage, openFailure): expected here, so kept off the test output.
const quiet = vi.spyOn(console, 'error');
beforeAll(() => void quiet.mockImplementation(() => undefined));
afterAll(() => quiet.mockRestore());

/** The disk fills up at the nth write to a table: that write fails as Chromium's does, with QuotaExceededError. */
function diskFullAt(table: string, nth: number) {
  const state = { writes: 0, full: true };
  const middleware = mutateHook('disk-full', (name, _request, next) =>
    name === table && state.full && ++state.writes >= nth ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) : next());
  return { state, middleware };
}

const synchronizeAll = (engine: HqEngine) =>
  engine.execute({ type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'manual', batchJobId: null });

async function ordersAudit(db: HqDatabase) {
  const statuses = await db.RetailTransactionOrderStatus.toArray();
  const orders = await db.salesOrders.toArray();
  const succeeded = statuses.filter((s) => s.Status === 'Succeeded');
  const keyOf = (row: { dataAreaId: string; store: string; terminal: string; transactionId: string }) => [row.dataAreaId, row.store, row.terminal, row.transactionId].join('|');
  return {
    orders: orders.length,
    succeeded: succeeded.length,
    ordersPerTransaction: new Set(orders.map(keyOf)).size,
    everySucceededHasItsOrder: succeeded.every((s) => orders.some((o) => o.salesOrderId === s.SalesId && keyOf(o) === keyOf(s))),
    numbers: orders.map((o) => Number(o.salesOrderId.replace(/\D/g, ''))).sort((a, b) => a - b),
  };
}

describe('a full disk in the middle of a job', () => {
  it('ends the run in Error with a clear message, keeps every chunk already committed whole, and the next run finishes without a duplicate', async () => {
    const db = memoryDatabase();
    const fault = diskFullAt('salesOrders', 2);
    db.use(fault.middleware);
    await seedDemoData(db);
    fault.state.full = false;
    await uploadAll(db);
    fault.state.full = true;
    const engine = new HqEngine(db, steppingClock());

    const outcome = await synchronizeAll(engine);
    expect(outcome.status).toBe('Error');
    expect(outcome.error).toMatch(/^The disk is full: Sync Console could not finish .+ nothing already saved was lost\.$/);
    expect(await db.jobRuns.get(outcome.runId!)).toMatchObject({ status: 'Error', error: outcome.error });
    const kept = await ordersAudit(db);
    // The first chunk was committed before the disk filled: it stays, whole; the chunk that hit the full disk left nothing behind.
    expect(kept.orders).toBeGreaterThan(0);
    expect(kept.orders).toBe(kept.succeeded);
    expect(kept.ordersPerTransaction).toBe(kept.orders);
    expect(kept.everySucceededHasItsOrder).toBe(true);

    fault.state.full = false;
    const again = await synchronizeAll(engine);
    expect(again.status).toBe('Ended');
    const after = await ordersAudit(db);
    expect(after.orders).toBeGreaterThan(kept.orders);
    expect(after.ordersPerTransaction).toBe(after.orders);
    expect(after.orders).toBe(after.succeeded);
    expect(after.everySucceededHasItsOrder).toBe(true);
    // The number sequence has no gap and no number twice, across the failed run and the next.
    expect(after.numbers).toEqual(Array.from({ length: after.orders }, (_, i) => after.numbers[0]! + i));
  });
});

describe('an IndexedDB that cannot open', () => {
  it('says storage is unavailable (private browsing, storage turned off) instead of failing in code words', async () => {
    const db = new HqDatabase('no-storage', { indexedDB: undefined, IDBKeyRange });
    await expect(openHqDatabase(db)).rejects.toThrow(NO_STORAGE_MESSAGE);
  });

  it('says another window of an older version blocks the upgrade, and loses nothing once it closes', async () => {
    const indexedDB = new IDBFactory();
    const saved = new HqDatabase('blocked', { indexedDB, IDBKeyRange });
    await seedDemoData(saved);
    const regions = await saved.regions.toArray();
    saved.close();
    // An older app's connection, in another tab, that does not let go when a newer version asks.
    const older = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('blocked');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    class Upgraded extends HqDatabase {
      constructor() {
        super('blocked', { indexedDB, IDBKeyRange });
        this.version(this.verno + 1).stores({ laterTable: 'id' });
      }
    }
    const db = new Upgraded();
    await expect(openHqDatabase(db)).rejects.toThrow(BLOCKED_MESSAGE);
    older.close();
    db.close();
    const reopened = new Upgraded();
    await openHqDatabase(reopened);
    expect(await reopened.regions.toArray()).toEqual(regions);
    reopened.close();
  });
});

describe('openFailure', () => {
  it('words what stops a database from opening, and leaves every other error as it is', () => {
    const dexie = (name: string, inner?: string) => Object.assign(new Error('raw'), { name, inner: inner ? { name: inner } : undefined });
    expect((openFailure(dexie('MissingAPIError')) as Error).message).toBe(NO_STORAGE_MESSAGE);
    expect((openFailure(dexie('OpenFailedError', 'InvalidStateError')) as Error).message).toBe(NO_STORAGE_MESSAGE);
    expect((openFailure(dexie('OpenFailedError', 'UnknownError')) as Error).message).toBe(OPEN_FAILED_MESSAGE);
    const other = new Error('Sync Console is already open in another tab or window.');
    expect(openFailure(other)).toBe(other);
  });
});
