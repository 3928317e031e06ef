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
import { ChunkPace, type ChunkPaceLimits } from '../../runner/chunk-pace';

/**
 * The most orders one IndexedDB transaction makes: enough that what each transaction costs besides
 * its rows (starting, reading the configuration and the number sequence, committing) is shared by
 * many (docs/performance.md has the measurements behind 200).
 */
export const ORDER_CHUNK = 200;

/** The first chunk of a run, before any has been timed (ChunkPace's `first`). */
export const FIRST_ORDER_CHUNK = 50;

/**
 * A person's Synchronize order waits for the chunk under way: chunks are sized to hold the
 * database for about `targetMs` at the rate the last ones went, and kept small while a person
 * works beside the job.
 */
const ORDER_PACE: ChunkPaceLimits = { first: FIRST_ORDER_CHUNK, most: ORDER_CHUNK, fewest: 25, targetMs: 120, whilePeopleWork: 40, recentMs: 5_000 };

/**
 * Synchronizes the given transactions a chunk at a time, each chunk's lines read while the orders
 * of the one before it are decided and written; one failure never blocks the others. The first
 * chunk reads its own, in its one transaction, begun at once: a person's Synchronize order
 * (a chunk of one) then queues behind the chunk of a job under way, and not also behind the
 * next, as it could if it read ahead first. For the same reason the job reads nothing ahead while
 * a person's command is under way, and starts its next chunk only once that command has answered.
 */
export async function synchronizeOrders(db: HqDatabase, keys: readonly TransactionKey[], ctx: RunContext, source: AttemptSource = MANUAL): Promise<RunCounts> {
  const counts = emptyCounts();
  ctx.onProgress?.(counts, keys.length);
  const pace = new ChunkPace(ORDER_PACE, ctx.people);
  let taken = 0;
  const take = (): TransactionKey[] => {
    const chunk = keys.slice(taken, taken + pace.next());
    taken += chunk.length;
    return chunk;
  };
  const read = (chunk: readonly TransactionKey[]): Promise<ReadAhead> | null => {
    if (chunk.length === 0 || ctx.people?.someone) return null;
    // Started from inside the chunk before's transaction: a transaction of its own all the same.
    const ahead = Dexie.ignoreTransaction(() => readAhead(db, chunk));
    // Awaited by the next round; if this chunk ends the run instead, its own failure is the one reported.
    ahead.catch(() => undefined);
    return ahead;
  };
  let chunk = take();
  let ahead: Promise<ReadAhead> | null = null;
  while (chunk.length > 0) {
    ctx.signal?.throwIfAborted();
    await ctx.people?.givenWay();
    const current = ahead ? await ahead : null;
    ahead = null;
    let next: TransactionKey[] | null = null;
    const readNext = () => {
      next = take();
      ahead = read(next);
    };
    const started = performance.now();
    const outcomes = await synchronizeOrderChunk(db, chunk, ctx.now(), source, ctx.signal, current ? { ahead: current, readNext } : undefined);
    pace.took(chunk.length, performance.now() - started);
    // A chunk taken the safe way, all in one transaction, never asked for the next one.
    if (next === null) readNext();
    for (const outcome of outcomes) counts[outcome] += 1;
    counts.processed += outcomes.length;
    ctx.onProgress?.(counts, keys.length);
    chunk = next ?? [];
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
