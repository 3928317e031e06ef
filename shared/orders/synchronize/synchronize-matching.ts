import type { HqDatabase } from '../../db/hq-database';
import { emptyCounts } from '../../runner/job-runs';
import { keyOf, type TransactionKey } from '../transaction-entities';
import { takes } from '../order-status';
import { matchingKeys } from '../all-transactions';
import type { TransactionFilter } from '../transactions-page';
import type { RunContext } from '../../runner/run-progress';
import { synchronizeOrders } from './synchronize-orders-job';
import { isAbort } from '../../platform/user-facing-error';
import type { BatchOutcome } from '../../runner/run-outcome';

/** How many statuses are read at a time to find which matching orders are still open. */
const STATUS_PAGE = 2000;

/**
 * Every transaction the filters match (each filter one list: Online store transactions or Store
 * transactions) that Synchronize orders would take: not made yet, not being edited, no
 * cash-and-carry sale. Oldest first, as the job takes them. Keys are found through the lists' own
 * indexes, then their statuses are read a page at a time, so 100,000 rows are never held whole.
 */
export async function openOrdersMatching(db: HqDatabase, filters: readonly TransactionFilter[]): Promise<TransactionKey[]> {
  const open: { key: TransactionKey; sortKey: string }[] = [];
  for (const filter of filters) {
    const keys = await matchingKeys(db, filter);
    for (let start = 0; start < keys.length; start += STATUS_PAGE) {
      const statuses = await db.RetailTransactionOrderStatus.bulkGet(keys.slice(start, start + STATUS_PAGE));
      for (const s of statuses) if (s && takes(s)) open.push({ key: keyOf(s), sortKey: s.sortKey });
    }
  }
  return open.sort((a, b) => a.sortKey.localeCompare(b.sortKey)).map((o) => o.key);
}

/**
 * Synchronize all that match: one command over every matching order, not the page on screen,
 * through Synchronize orders' chunks (so exactly-once, containment and progress are the job's).
 * A cancel stops between chunks: the chunks done stay done and are counted.
 */
export async function synchronizeMatchingOrders(db: HqDatabase, filters: readonly TransactionFilter[], ctx: RunContext): Promise<BatchOutcome> {
  let counts = emptyCounts();
  const keys = await openOrdersMatching(db, filters);
  try {
    counts = await synchronizeOrders(db, keys, {
      ...ctx,
      onProgress: (progress, total) => {
        counts = { ...progress };
        ctx.onProgress?.(progress, total);
      },
    });
    return { counts, canceled: false };
  } catch (error) {
    // A cancel is what the signal says, not an error's name: a full disk aborts a transaction too.
    if (ctx.signal?.aborted && isAbort(error)) return { counts, canceled: true };
    throw error;
  }
}
