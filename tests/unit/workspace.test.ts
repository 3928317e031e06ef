import { describe, expect, it } from 'vitest';
import { SYNCHRONIZED_KINDS } from '../../shared/orders/order-status';
import { HqEngine } from '../../shared/engine/hq-engine';
import { FIRST_ORDER_CHUNK, ORDER_CHUNK } from '../../shared/orders/synchronize/synchronize-orders-job';
import type { TransactionFilter } from '../../shared/orders/transactions-page';
import { failedCustomerOperations, failedOrders, runsInErrorToday, uploadSessionsNotApplied } from '../../shared/store-financials/workspace-summary';
import { confirmsCount } from '../../renderer/components/typed-confirmation';
import { WORKSPACE_TILES } from '../../renderer/screens/store-financials/workspace-tiles';
import { queryRunHistoryPage } from '../../shared/run-history/run-history-page';
import { startOfDay } from 'date-fns';
import { filterFromQuery, queryFromFilter } from '../../renderer/screens/orders/transaction-location';
import { uploadAll, uploadAndSynchronize } from '../support/fixes';
import { seededDatabase, steppingClock } from '../support/memory-database';

const notSynchronized: TransactionFilter = { kind: 'online', reference: '', customerAccount: '', status: 'None', storeId: 'all' };
const BATCH = '6f1c2a4e-0d1b-4c5e-9f3a-2b7d8e9c0a1b';

describe('the workspace tiles', () => {
  it('count what their lists hold, from kept counts and short index ranges', async () => {
    const db = await seededDatabase();
    await uploadAndSynchronize(db);
    const statuses = await db.RetailTransactionOrderStatus.toArray();
    expect(await failedOrders(db, 'online')).toBe(statuses.filter((s) => s.channelKind === 'online' && s.Status === 'Failed').length);
    expect(await failedOrders(db, 'pos')).toBe(statuses.filter((s) => s.channelKind === 'pos' && s.Status === 'Failed').length);
    expect(await failedOrders(db, 'pos')).toBeGreaterThan(0);
    expect(await failedCustomerOperations(db)).toBe(await db.asyncCustomers.filter((o) => o.status === 'Failed').count());
    expect(await uploadSessionsNotApplied(db)).toBe(await db.uploadSessions.filter((s) => s.status === 'Apply failed').count());
    await db.jobRuns.add({ ...(await db.jobRuns.toCollection().first())!, id: undefined, status: 'Error', startedAt: new Date().toISOString() });
    await db.jobRuns.add({ ...(await db.jobRuns.toCollection().first())!, id: undefined, status: 'Error', startedAt: '2026-01-01T08:00:00.000Z' });
    expect(await runsInErrorToday(db, new Date())).toBe(1); // yesterday's error is not today's
    // The tile opens Run history on today's runs in error: the same one run.
    const tile = WORKSPACE_TILES.find((t) => t.id === 'runs-in-error')!;
    expect(tile.href(new Date(2026, 10, 23, 9, 30))).toBe('#/run-history?status=Error&from=2026-11-23');
    const listed = await queryRunHistoryPage(db, { jobId: 'all', status: 'Error', search: '', startedFrom: startOfDay(new Date()).toISOString() }, { page: 0, pageSize: 25, descending: true });
    expect(listed.total).toBe(1);
  });
});

describe('Synchronize all that match, as one command in the HQ worker', () => {
  it('goes past the page, a chunk at a time with progress, and a cancel stops it between chunks', async () => {
    const db = await seededDatabase();
    await uploadAll(db);
    // Both lists' orders not synchronized yet (a register's cash-and-carry sales are no orders: not taken).
    const open = await db.RetailTransactionOrderStatus.filter((s) => s.Status === 'None' && SYNCHRONIZED_KINDS.includes(s.orderKind)).count();
    expect(open).toBeGreaterThan(ORDER_CHUNK); // more than one chunk, far more than a page
    const engine = new HqEngine(db, steppingClock());
    const progress: number[] = [];
    const outcome = await engine.execute({ type: 'synchronizeMatchingOrders', cancelId: BATCH, filters: [notSynchronized, { ...notSynchronized, kind: 'pos' }] }, (counts, total) => {
      progress.push(counts.processed);
      expect(total).toBe(open);
      // After the first chunk: the person presses Cancel.
      if (counts.processed > 0) void engine.execute({ type: 'cancel', target: { cancelId: BATCH } });
    });
    expect(outcome.status).toBe('Canceled');
    expect(outcome.counts!.processed).toBe(FIRST_ORDER_CHUNK);
    expect(progress).toEqual([0, FIRST_ORDER_CHUNK]);
    expect(await db.orderSyncLog.count()).toBe(FIRST_ORDER_CHUNK); // the chunk done stays done; nothing after it was tried
  });
});

describe('what the lists open with and how many rows are confirmed', () => {
  it('reads a list’s filters from its link, and ignores what is not one', () => {
    const query = 'status=Failed&cause=data:RetailTransactionSalesTrans.qty&retriesAbove=3&store=FAB&date=2026-11-03T14';
    const filter = filterFromQuery('online', query);
    expect(filter).toMatchObject({ kind: 'online', status: 'Failed', cause: 'data:RetailTransactionSalesTrans.qty', retriesAbove: 3, storeId: 'FAB', datePrefix: '2026-11-03T14' });
    // What the list writes back to the URL opens the same list again.
    expect(filterFromQuery('online', queryFromFilter(filter))).toEqual(filter);
    expect(filterFromQuery('pos', 'status=not%20a%20status&retriesAbove=-1&date=yesterday')).toMatchObject({ status: 'all', retriesAbove: null, datePrefix: null, cause: null });
  });

  it('asks for the count typed above 1,000 rows', () => {
    expect(confirmsCount('', 1000)).toBe(true);
    expect(confirmsCount('', 1001)).toBe(false);
    expect(confirmsCount('1000', 1001)).toBe(false);
    expect(confirmsCount('12,345', 12345)).toBe(true);
    expect(confirmsCount('12 345', 12345)).toBe(true);
  });
});
