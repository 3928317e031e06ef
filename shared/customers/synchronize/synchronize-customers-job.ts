import type { HqDatabase } from '../../db/hq-database';
import { emptyCounts } from '../../runner/job-runs';
import type { RunContext } from '../../runner/run-progress';
import { synchronizeCustomerChunk } from './synchronize-customer';
import { isAbort } from '../../platform/user-facing-error';
import type { JobOutcome } from '../../runner/run-outcome';
import type { BatchOutcome } from '../../runner/run-outcome';

/**
 * How many operations one IndexedDB transaction synchronizes: enough that the configuration, the
 * number sequence and the counts of values many operations share are read and written once for
 * many (docs/performance.md), few enough that a person's Synchronize, which waits for the chunk
 * under way, answers within a fraction of a second.
 */
export const CUSTOMER_CHUNK = 200;

/** Synchronizes the given operations a chunk at a time; progress counts what each chunk committed. */
export async function synchronizeCustomerOperations(db: HqDatabase, operationIds: readonly string[], ctx: RunContext): Promise<JobOutcome> {
  const counts = emptyCounts();
  ctx.onProgress?.(counts, operationIds.length);
  for (let start = 0; start < operationIds.length; start += CUSTOMER_CHUNK) {
    ctx.signal?.throwIfAborted();
    const outcomes = await synchronizeCustomerChunk(db, operationIds.slice(start, start + CUSTOMER_CHUNK), ctx.now(), ctx.signal);
    for (const outcome of outcomes) counts[outcome] += 1;
    counts.processed += outcomes.length;
    ctx.onProgress?.(counts, operationIds.length);
  }
  return { counts, error: null };
}

/**
 * Synchronize all (a list's or a root cause's operations): as above, and a cancel between chunks
 * ends it with what the chunks before committed, instead of failing it.
 */
export async function synchronizeCustomerBatch(db: HqDatabase, operationIds: readonly string[], ctx: RunContext & { signal: AbortSignal }): Promise<BatchOutcome> {
  let committed = emptyCounts();
  const onProgress: RunContext['onProgress'] = (counts, total) => {
    committed = { ...counts };
    ctx.onProgress?.(counts, total);
  };
  try {
    return { counts: (await synchronizeCustomerOperations(db, operationIds, { ...ctx, onProgress })).counts, canceled: false };
  } catch (error) {
    if (ctx.signal.aborted && isAbort(error)) return { counts: committed, canceled: true };
    throw error;
  }
}

/**
 * The operations not yet synchronized (Pending or Failed), oldest first. Only keys are read, each
 * index in one request (getAllKeys): the ids in the order of their timestamps, and the ids of
 * each open status; no operation is loaded. Each is re-read in its chunk's transaction, so one
 * synchronized meanwhile is skipped there.
 */
export function openOperationIds(db: HqDatabase): Promise<string[]> {
  const table = db.asyncCustomers;
  return db.transaction('r', table, async () => {
    const [oldestFirst, pending, failed] = await Promise.all([
      table.orderBy('operationTimestamp').primaryKeys(), table.where('status').equals('Pending').primaryKeys(), table.where('status').equals('Failed').primaryKeys(),
    ]);
    const open = new Set([...pending, ...failed]);
    return oldestFirst.filter((id) => open.has(id));
  });
}

/** The batch job: every operation not yet synchronized, oldest first. */
export async function runSynchronizeCustomersJob(db: HqDatabase, ctx: RunContext): Promise<JobOutcome> {
  return synchronizeCustomerOperations(db, await openOperationIds(db), ctx);
}
