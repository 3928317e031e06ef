import { Dexie } from 'dexie';
import type { HqDatabase } from '../../db/hq-database';
import { emptyCounts, type RunCounts } from '../../runner/job-runs';
import { SYNCHRONIZED_KINDS, type PendingOrderStatus, type RetailTransactionOrderStatus } from '../order-status';
import { keyOf, keyText, type TransactionKey } from '../transaction-entities';
import type { RunContext } from '../../runner/run-progress';
import { storesInScope } from '../../configuration/scope';
import { MANUAL, readAhead, synchronizeOrderChunk, type AttemptSource, type ReadAhead } from './synchronize-order-chunk';
import type { OrgScope } from '../../runner/jobs';
import type { JobOutcome } from '../../runner/run-outcome';

/**
 * How many orders one IndexedDB transaction makes: enough that what each transaction costs besides
 * its rows (starting, reading the configuration and the number sequence, committing) is shared by
 * many, few enough that a person's Synchronize order, which waits for the chunk under way, answers
 * at once (docs/performance.md has the measurements behind 200).
 */
export const ORDER_CHUNK = 200;

/**
 * Synchronizes the given transactions a chunk at a time, each chunk's lines read while the orders
 * of the one before it are decided and written; one failure never blocks the others. The first
 * chunk reads its own, in its one transaction, begun at once: a person's Synchronize order
 * (a chunk of one) then queues behind the chunk of a job under way, and not also behind the
 * next, as it could if it read ahead first.
 */
export async function synchronizeOrders(db: HqDatabase, keys: readonly TransactionKey[], ctx: RunContext, source: AttemptSource = MANUAL): Promise<RunCounts> {
  const counts = emptyCounts();
  ctx.onProgress?.(counts, keys.length);
  const chunks: TransactionKey[][] = [];
  for (let start = 0; start < keys.length; start += ORDER_CHUNK) chunks.push(keys.slice(start, start + ORDER_CHUNK));
  const read = (i: number): Promise<ReadAhead> | null => {
    if (i >= chunks.length) return null;
    // Started from inside the chunk before's transaction: a transaction of its own all the same.
    const ahead = Dexie.ignoreTransaction(() => readAhead(db, chunks[i]!));
    // Awaited by the next round; if this chunk ends the run instead, its own failure is the one reported.
    ahead.catch(() => undefined);
    return ahead;
  };
  let ahead: Promise<ReadAhead> | null = null;
  for (const [i, chunk] of chunks.entries()) {
    ctx.signal?.throwIfAborted();
    const current = ahead ? await ahead : null;
    ahead = null;
    const pipeline = current ? { ahead: current, readNext: () => (ahead = read(i + 1)) } : undefined;
    const outcomes = await synchronizeOrderChunk(db, chunk, ctx.now(), source, ctx.signal, pipeline);
    // A chunk taken the safe way, all in one transaction, never asked for the next one.
    ahead ??= read(i + 1);
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
/** How many statuses the job's set-up reads at a time, each page its own short transaction. */
const SETUP_PAGE = 2000;

/**
 * The statuses of one store and status, oldest first, a page at a time: each page starts where
 * the last one ended on the date and time, leaving out the rows of that second already read.
 */
export async function* statusPages(db: HqDatabase, store: string, status: PendingOrderStatus, pageSize = SETUP_PAGE): AsyncGenerator<RetailTransactionOrderStatus[]> {
  const index = db.RetailTransactionOrderStatus.where('[store+Status+sortKey]');
  let from: string | typeof Dexie.minKey = Dexie.minKey;
  let includeFrom = true;
  let seen = new Set<string>();
  for (;;) {
    const page: RetailTransactionOrderStatus[] = await index.between([store, status, from], [store, status, Dexie.maxKey], includeFrom, true).limit(pageSize).toArray();
    const last = page[page.length - 1]?.sortKey;
    if (page.length === pageSize && last === from) {
      // A whole page within one second: that second is read whole, then the pages go on past it.
      const second: RetailTransactionOrderStatus[] = await index.equals([store, status, last]).toArray();
      yield second.filter((row) => !seen.has(keyText(row)));
      [includeFrom, seen] = [false, new Set()];
      continue;
    }
    const fresh = page.filter((row) => !(row.sortKey === from && seen.has(keyText(row))));
    if (fresh.length) yield fresh;
    if (page.length < pageSize || last === undefined) return;
    seen = new Set([...(last === from ? seen : []), ...page.filter((row) => row.sortKey === last).map(keyText)]);
    [from, includeFrom] = [last, true];
  }
}

export async function runSynchronizeOrdersJob(db: HqDatabase, scope: OrgScope, ctx: RunContext, runId: number | null = null): Promise<JobOutcome> {
  const open: { key: TransactionKey; sortKey: string }[] = [];
  // Store by store, a page at a time: a person's Synchronize order waits for one page of the
  // set-up at most, never for all 100,000 statuses to be read.
  for (const store of await storesInScope(db, scope)) {
    for (const status of ['None', 'Failed'] as const) {
      for await (const rows of statusPages(db, store.id, status)) {
        ctx.signal?.throwIfAborted();
        for (const row of rows) if (SYNCHRONIZED_KINDS.includes(row.orderKind)) open.push({ key: keyOf(row), sortKey: row.sortKey });
      }
    }
  }
  open.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.key.store.localeCompare(b.key.store) || a.key.transactionId.localeCompare(b.key.transactionId));
  return { counts: await synchronizeOrders(db, open.map((o) => o.key), ctx, { trigger: 'job', runId }), error: null };
}
