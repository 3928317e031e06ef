import type { HqDatabase } from '../db/hq-database';
import { emptyCounts, type RunCounts } from '../domain/job-runs';
import { SYNCHRONIZED_KINDS } from '../domain/order-status';
import type { OrgScope } from '../domain/organization';
import { keyOf, type TransactionKey } from '../domain/transaction-entities';
import type { JobOutcome } from './record-job-run';
import type { RunContext } from './run-progress';
import { storesInScope } from './scope';
import { MANUAL, synchronizeOrder, type AttemptSource } from './synchronize-order';

/** Synchronizes the given transactions one by one; one failure never blocks the others. */
export async function synchronizeOrders(db: HqDatabase, keys: readonly TransactionKey[], ctx: RunContext, source: AttemptSource = MANUAL): Promise<RunCounts> {
  const counts = emptyCounts();
  ctx.onProgress?.(counts, keys.length);
  for (const key of keys) {
    ctx.signal?.throwIfAborted();
    const outcome = await synchronizeOrder(db, key, ctx.now(), source);
    counts.processed += 1;
    counts[outcome] += 1;
    ctx.onProgress?.(counts, keys.length);
  }
  return counts;
}

/**
 * The batch job: every e-commerce order and asynchronous customer order in the scope that has no
 * sales order yet and is not being edited, oldest first. Cash-and-carry sales are left to statements.
 */
export async function runSynchronizeOrdersJob(db: HqDatabase, scope: OrgScope, ctx: RunContext, runId: number | null = null): Promise<JobOutcome> {
  const storeIds = new Set((await storesInScope(db, scope)).map((s) => s.id));
  const open = await db.RetailTransactionOrderStatus.where('[orderKind+Status]')
    .anyOf(SYNCHRONIZED_KINDS.flatMap((kind) => [[kind, 'None'], [kind, 'Failed']]))
    .filter((s) => storeIds.has(s.store)).toArray();
  open.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.store.localeCompare(b.store) || a.transactionId.localeCompare(b.transactionId));
  return { counts: await synchronizeOrders(db, open.map(keyOf), ctx, { trigger: 'job', runId }), error: null };
}
