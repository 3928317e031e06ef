import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cmp } from 'dexie';
import type { PendingOrderStatus, RetailTransactionOrderStatus } from '../../shared/orders/order-status';
import { keyTuple } from '../../shared/orders/transaction-entities';
import { keysetPage, shownPage, type PageRequest } from '../../shared/platform/keyset-page';
import { listTotal, statusAnchor, statusIndex, type TransactionFilter } from '../../shared/orders/transactions-page';
import { memoryDatabase } from '../support/memory-database';

const STORES = ['ADV', 'FAB'];
const STATUSES: PendingOrderStatus[] = ['None', 'Failed', 'Succeeded'];
/** Few dates and times, so many rows share one and their order rests on the key. */
const TIMES = ['2026-11-01T10:00:00', '2026-11-01T10:00:01', '2026-11-02T09:00:00'];

const status = (i: number, store: string, Status: PendingOrderStatus, sortKey: string): RetailTransactionOrderStatus => ({
  dataAreaId: 'usrt', store, terminal: `${store}-${i % 3}`, transactionId: `T${String(i).padStart(4, '0')}`, Status, ErrorDetail: null, ErrorCauses: [], RetryCount: 0,
  SalesId: null, ManuallyModified: false, LastEditUser: null, PutOnHold: false, modifieddatetime: null, statusBeforeEditing: null,
  channelKind: 'online', orderKind: 'eCommerce', sortKey, customerKeys: [], uploadedAt: sortKey,
});

const anyRows = fc.array(fc.record({ store: fc.constantFrom(...STORES), status: fc.constantFrom(...STATUSES), time: fc.constantFrom(...TIMES) }), { maxLength: 40 });
const anyFilter = fc.record({ storeId: fc.constantFrom('all', ...STORES), status: fc.constantFrom('all' as const, ...STATUSES) });
/** The pages a person moves to, one after the other: next, previous, first, last, or a jump. */
const anyMoves = fc.array(fc.oneof(fc.constant('next'), fc.constant('previous'), fc.constant('first'), fc.constant('last'), fc.integer({ min: 0, max: 12 })), { minLength: 1, maxLength: 8 });

describe('keyset paging', () => {
  it('shows exactly the slice of the sorted list, whichever way a person moves and sorts', async () => {
    await fc.assert(fc.asyncProperty(anyRows, anyFilter, anyMoves, fc.boolean(), fc.integer({ min: 1, max: 7 }), async (rows, f, moves, descending, pageSize) => {
      const db = memoryDatabase();
      const statuses = rows.map((r, i) => status(i, r.store, r.status, r.time));
      await db.RetailTransactionOrderStatus.bulkAdd(statuses);
      const filter: TransactionFilter = { kind: 'online', reference: '', customerAccount: '', ...f };
      const expected = statuses
        .filter((s) => (f.storeId === 'all' || s.store === f.storeId) && (f.status === 'all' || s.Status === f.status))
        .sort((a, b) => (descending ? -1 : 1) * (cmp(a.sortKey, b.sortKey) || cmp(keyTuple(a), keyTuple(b))));
      const total = await listTotal(db, filter);
      expect(total).toBe(expected.length);
      const lastPage = Math.max(0, Math.ceil(total / pageSize) - 1);
      let shown: PageRequest['shown'] = null;
      let page = 0;
      for (const move of moves) {
        page = move === 'next' ? Math.min(page + 1, lastPage) : move === 'previous' ? Math.max(page - 1, 0)
          : move === 'first' ? 0 : move === 'last' ? lastPage : Math.min(move, lastPage);
        const got: RetailTransactionOrderStatus[] = await keysetPage(statusIndex(db, filter), { page, pageSize, descending, shown }, total);
        expect(got.map((s) => s.transactionId)).toEqual(expected.slice(page * pageSize, (page + 1) * pageSize).map((s) => s.transactionId));
        shown = shownPage(page, got, statusAnchor);
      }
      db.close();
    }), { numRuns: 150 });
    // 150 databases: a few seconds on a quiet machine, more on a busy one; the time is not what is tested.
  }, 60_000);

  it('re-reads the page on screen from its first row when rows are added before it', async () => {
    const db = memoryDatabase();
    await db.RetailTransactionOrderStatus.bulkAdd([0, 1, 2, 3, 4, 5].map((i) => status(i, 'ADV', 'None', `2026-11-0${i + 1}T10:00:00`)));
    const filter: TransactionFilter = { kind: 'online', reference: '', customerAccount: '', storeId: 'all', status: 'all' };
    const request = { page: 1, pageSize: 2, descending: true };
    const second = await keysetPage(statusIndex(db, filter), request, await listTotal(db, filter));
    expect(second.map((s) => s.transactionId)).toEqual(['T0003', 'T0002']);
    // A newer transaction arrives: a live refresh keeps the rows the person is looking at.
    await db.RetailTransactionOrderStatus.add(status(9, 'ADV', 'None', '2026-11-09T10:00:00'));
    const again = await keysetPage(statusIndex(db, filter), { ...request, shown: shownPage(1, second, statusAnchor) }, await listTotal(db, filter));
    expect(again.map((s) => s.transactionId)).toEqual(['T0003', 'T0002']);
  });
});
