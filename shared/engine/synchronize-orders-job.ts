import { cmp } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import { emptyCounts, type RunCounts } from '../domain/job-runs';
import { SYNCHRONIZED_KINDS } from '../domain/order-status';
import type { OrgScope } from '../domain/organization';
import { keyOf, keyTuple, type TransactionKey } from '../domain/transaction-entities';
import type { JobOutcome } from './record-job-run';
import type { RunContext } from './run-progress';
import { storesInScope } from './scope';
import { MANUAL, synchronizeOrderChunk, type AttemptSource } from './synchronize-order';

/**
 * How many orders one IndexedDB transaction makes: enough that the configuration and the number
 * sequence are read once for many, few enough that a person's Synchronize order, which waits for
 * the chunk under way, answers within a fraction of a second.
 */
export const ORDER_CHUNK = 100;

/** Synchronizes the given transactions a chunk at a time; one failure never blocks the others. */
export async function synchronizeOrders(db: HqDatabase, keys: readonly TransactionKey[], ctx: RunContext, source: AttemptSource = MANUAL): Promise<RunCounts> {
  const counts = emptyCounts();
  ctx.onProgress?.(counts, keys.length);
  for (let start = 0; start < keys.length; start += ORDER_CHUNK) {
    ctx.signal?.throwIfAborted();
    const outcomes = await synchronizeOrderChunk(db, keys.slice(start, start + ORDER_CHUNK), ctx.now(), source, ctx.signal);
    for (const outcome of outcomes) counts[outcome] += 1;
    counts.processed += outcomes.length;
    ctx.onProgress?.(counts, keys.length);
  }
  return counts;
}

/**
 * The batch job: every e-commerce order and asynchronous customer order in the scope that has no
 * sales order yet and is not being edited, store by store. Cash-and-carry sales are left to statements.
 */
export async function runSynchronizeOrdersJob(db: HqDatabase, scope: OrgScope, ctx: RunContext, runId: number | null = null): Promise<JobOutcome> {
  const storeIds = new Set((await storesInScope(db, scope)).map((s) => s.id));
  // One getAll per kind and status: anyOf with a filter would walk a cursor, a round trip per order.
  const open = (await Promise.all(SYNCHRONIZED_KINDS.flatMap((kind) => (['None', 'Failed'] as const).map((status) =>
    db.RetailTransactionOrderStatus.where('[orderKind+Status]').equals([kind, status]).toArray()))))
    .flat().filter((s) => storeIds.has(s.store));
  // In key order, store by store and register by register, as the tables hold them: a chunk's rows are then read with one getAll per table.
  open.sort((a, b) => cmp(keyTuple(a), keyTuple(b)));
  return { counts: await synchronizeOrders(db, open.map(keyOf), ctx, { trigger: 'job', runId }), error: null };
}
