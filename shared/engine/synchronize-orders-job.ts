import { Dexie } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import { emptyCounts, type RunCounts } from '../domain/job-runs';
import { SYNCHRONIZED_KINDS } from '../domain/order-status';
import type { OrgScope } from '../domain/organization';
import { keyOf, type TransactionKey } from '../domain/transaction-entities';
import type { JobOutcome } from './record-job-run';
import type { RunContext } from './run-progress';
import { storesInScope } from './scope';
import { MANUAL, readAhead, synchronizeOrderChunk, type AttemptSource } from './synchronize-order';

/**
 * How many orders one IndexedDB transaction makes: enough that the configuration and the number
 * sequence are read once for many, few enough that a person's Synchronize order, which waits for
 * the chunk under way, answers within a fraction of a second.
 */
export const ORDER_CHUNK = 100;

/**
 * Synchronizes the given transactions a chunk at a time, each chunk read while the one before it
 * is being written; one failure never blocks the others.
 */
export async function synchronizeOrders(db: HqDatabase, keys: readonly TransactionKey[], ctx: RunContext, source: AttemptSource = MANUAL): Promise<RunCounts> {
  const counts = emptyCounts();
  ctx.onProgress?.(counts, keys.length);
  const chunks: TransactionKey[][] = [];
  for (let start = 0; start < keys.length; start += ORDER_CHUNK) chunks.push(keys.slice(start, start + ORDER_CHUNK));
  let ahead = chunks.length ? readAhead(db, chunks[0]!) : null;
  for (const [i, chunk] of chunks.entries()) {
    ctx.signal?.throwIfAborted();
    const current = await ahead!;
    ahead = i + 1 < chunks.length ? readAhead(db, chunks[i + 1]!) : null;
    // Awaited by the next round; if this chunk ends the run instead, its own failure is the one reported.
    ahead?.catch(() => undefined);
    const outcomes = await synchronizeOrderChunk(db, chunk, ctx.now(), source, ctx.signal, current);
    for (const outcome of outcomes) counts[outcome] += 1;
    counts.processed += outcomes.length;
    ctx.onProgress?.(counts, keys.length);
  }
  return counts;
}

/**
 * The batch job: every e-commerce order and asynchronous customer order in the scope that has no
 * sales order yet and is not being edited, oldest first. Cash-and-carry sales are left to statements.
 */
export async function runSynchronizeOrdersJob(db: HqDatabase, scope: OrgScope, ctx: RunContext, runId: number | null = null): Promise<JobOutcome> {
  const open: { key: TransactionKey; sortKey: string }[] = [];
  // Store by store and status by status, each read its own short transaction: a person's
  // Synchronize order never waits for all 100,000 statuses to be read, only for one store's.
  for (const store of await storesInScope(db, scope)) {
    for (const status of ['None', 'Failed'] as const) {
      const rows = await db.RetailTransactionOrderStatus.where('[store+Status+sortKey]').between([store.id, status, Dexie.minKey], [store.id, status, Dexie.maxKey]).toArray();
      for (const row of rows) if (SYNCHRONIZED_KINDS.includes(row.orderKind)) open.push({ key: keyOf(row), sortKey: row.sortKey });
    }
  }
  open.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.key.store.localeCompare(b.key.store) || a.key.transactionId.localeCompare(b.key.transactionId));
  return { counts: await synchronizeOrders(db, open.map((o) => o.key), ctx, { trigger: 'job', runId }), error: null };
}
