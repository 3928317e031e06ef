import type { HqDatabase } from '../db/hq-database';
import { emptyCounts, type RunCounts } from '../domain/job-runs';
import type { OrgScope } from '../domain/organization';
import type { JobOutcome } from './record-job-run';
import type { RunContext } from './run-progress';
import { storesInScope } from './scope';
import { synchronizeOrder } from './synchronize-order';

/** Synchronizes the given transactions one by one; one failure never blocks the others. */
export async function synchronizeOrders(db: HqDatabase, transactionIds: readonly string[], ctx: RunContext): Promise<RunCounts> {
  const counts = emptyCounts();
  ctx.onProgress?.(counts, transactionIds.length);
  for (const id of transactionIds) {
    ctx.signal?.throwIfAborted();
    const outcome = await synchronizeOrder(db, id, ctx.now());
    counts.processed += 1;
    counts[outcome] += 1;
    ctx.onProgress?.(counts, transactionIds.length);
  }
  return counts;
}

/** The batch job: every uploaded transaction in the scope that has no sales order yet, oldest first. */
export async function runSynchronizeOrdersJob(db: HqDatabase, scope: OrgScope, ctx: RunContext): Promise<JobOutcome> {
  const storeIds = new Set((await storesInScope(db, scope)).map((s) => s.id));
  const open = await db.transactions.where('pendingOrderStatus').anyOf('None', 'Failed').filter((t) => storeIds.has(t.storeId)).toArray();
  open.sort((a, b) => a.transDate.localeCompare(b.transDate) || a.transactionId.localeCompare(b.transactionId));
  return { counts: await synchronizeOrders(db, open.map((t) => t.transactionId), ctx), error: null };
}
