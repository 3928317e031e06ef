import type { HqDatabase } from '../../db/hq-database';
import { takes, type RetailTransactionOrderStatus } from '../order-status';
import { keyText, keyTuple, type TransactionKey } from '../transaction-entities';
import { chunkReadTables, readChunk, readSources, sourceTables, type ChunkReads, type ChunkSources, type OrderCustomer } from './read-order-chunk';
import { planChunk } from './decide-order-chunk';
import { chunkWriteTables, commitPlans, type AttemptSource, type ChunkOutcomes, type OrderOutcome } from './commit-order-chunk';
import { synchronizeTheirCustomers } from './order-customers';
import { containChunk } from '../../platform/chunk-containment';
import { UserFacingError, userMessage } from '../../platform/user-facing-error';

/*
 * Synchronize orders, one chunk: read (read-order-chunk.ts), decide (decide-order-chunk.ts) and
 * commit (commit-order-chunk.ts) in one IndexedDB transaction; then the orders left for their
 * customers created offline (order-customers.ts). One bad order is contained (chunk-containment.ts).
 */

export type { AttemptSource, OrderOutcome } from './commit-order-chunk';
export const MANUAL: AttemptSource = { trigger: 'manual', runId: null };

/** Every key must name a transaction HQ has: a command naming one it does not is refused whole. */
function statusesOf(reads: ChunkReads): RetailTransactionOrderStatus[] {
  const missing = reads.keys.find((_, i) => !reads.statuses[i]);
  if (missing) throw new UserFacingError(`Transaction ${keyText(missing)} does not exist in headquarters.`);
  return reads.statuses as RetailTransactionOrderStatus[];
}

/** A chunk read, decided and written in one IndexedDB transaction: commits whole or not at all. `ensured`: its orders' customers created offline, just synchronized. */
function attemptChunk(
  db: HqDatabase, keys: readonly TransactionKey[], now: Date, source: AttemptSource, signal?: AbortSignal, ensured?: ReadonlyMap<string, OrderCustomer>,
): Promise<ChunkOutcomes> {
  return db.transaction('rw', [...sourceTables(db), ...chunkReadTables(db), ...chunkWriteTables(db)], async () => {
    const reads = await readChunk(db, keys, await readSources(db, keys));
    const plans = planChunk(reads, signal, ensured);
    return commitPlans(db, statusesOf(reads), plans, reads.sequence, now, source);
  });
}

/** A chunk's lines and configuration read ahead, with the count of writes to them at that moment. */
export interface ReadAhead {
  version: number;
  sources: ChunkSources;
}

/** How a job's chunk follows the one before it: with its sources read ahead, and the next chunk's read to start. */
export interface ChunkPipeline {
  ahead: ReadAhead;
  /**
   * Called once the chunk's own rows are read and its orders are about to be decided: the next
   * chunk's read-ahead then runs in IndexedDB while this one's orders are decided on the thread.
   */
  readNext?: () => void;
}

/**
 * Reads a chunk's lines and configuration while the chunk before it is being written, in a
 * read-only transaction over tables that writing never touches, so the two run side by side. The
 * count is taken before the transaction is created: a write the reading does not see is counted after.
 */
export async function readAhead(db: HqDatabase, keys: readonly TransactionKey[]): Promise<ReadAhead> {
  const version = db.orderSourceWrites.version;
  return { version, sources: await db.transaction('r', sourceTables(db), () => readSources(db, keys)) };
}

/**
 * Writes a chunk from lines and configuration read ahead, its statuses and headers read here, if
 * no line or configuration table has been written since they were read. The count is compared
 * after the first read here, once every transaction created before this one has ended (an edit
 * changes the status too, so it is one of them). Null if something was written: the chunk is then
 * taken the safe way, all in one transaction.
 */
function commitReadAhead(db: HqDatabase, keys: readonly TransactionKey[], { ahead, readNext }: ChunkPipeline, signal: AbortSignal | undefined, now: Date, source: AttemptSource): Promise<ChunkOutcomes | null> {
  return db.transaction('rw', [...chunkReadTables(db), ...chunkWriteTables(db)], async () => {
    const reads = await readChunk(db, keys, ahead.sources);
    if (db.orderSourceWrites.version !== ahead.version) return null;
    readNext?.();
    const plans = planChunk(reads, signal);
    return commitPlans(db, statusesOf(reads), plans, reads.sequence, now, source);
  });
}

/**
 * The orders a chunk left for their offline customers: each customer synchronized first (its own
 * transaction), then those orders together, as a chunk of their own. Not stopped by a cancel: the
 * rest of the chunk is committed, and the run's counts would leave it out; the run stops after.
 */
async function afterTheirCustomers(db: HqDatabase, keys: readonly TransactionKey[], outcomes: ChunkOutcomes, now: Date, source: AttemptSource): Promise<OrderOutcome[]> {
  const waiting = keys.filter((_, i) => outcomes[i] === null);
  if (waiting.length === 0) return outcomes as OrderOutcome[];
  const ensured = await synchronizeTheirCustomers(db, waiting, now);
  const later = await attemptChunk(db, waiting, now, source, undefined, ensured);
  let next = 0;
  return outcomes.map((outcome) => outcome ?? later[next++] ?? 'skipped');
}

/**
 * Turns uploaded transactions into exactly one sales order each, with its payments, or records
 * why it could not. A chunk of them is one IndexedDB transaction that re-reads their statuses
 * first, so a repeated click, a concurrent job run or a retry can never create a second order (the
 * unique key index on salesOrders is the last line of defence), and a crash or cancel leaves the
 * chunk as it was. Rows read ahead (readAhead) are used only if nothing they came from changed.
 * Whatever goes wrong with one transaction's data fails that transaction alone:
 * if the chunk cannot be written, its orders are tried again one by one, and the one at fault is
 * failed with a reason in words.
 */
export function synchronizeOrderChunk(
  db: HqDatabase, keys: readonly TransactionKey[], now: Date, source: AttemptSource = MANUAL, signal?: AbortSignal, pipeline?: ChunkPipeline,
): Promise<OrderOutcome[]> {
  const attempt = async (chunk: readonly TransactionKey[]) => {
    // What was read ahead is for the chunk as given, not for the orders tried again one by one.
    const fromAhead = pipeline && chunk === keys ? await commitReadAhead(db, chunk, pipeline, signal, now, source) : null;
    return afterTheirCustomers(db, chunk, fromAhead ?? (await attemptChunk(db, chunk, now, source, signal)), now, source);
  };
  return containChunk(keys, attempt, (key, error) => {
    const message = userMessage(error, `synchronizing transaction ${keyText(key)}`);
    return db.transaction('rw', chunkWriteTables(db), async () => {
      // Re-read: an order another attempt made meanwhile, or one a person started editing, stays as it is.
      const status = await db.RetailTransactionOrderStatus.get(keyTuple(key));
      if (!status || !takes(status)) return ['skipped'];
      return (await commitPlans(db, [status], [{ kind: 'fail', details: message, causes: ['transactionData'] }], undefined, now, source)) as OrderOutcome[];
    });
  });
}

/** One order: a chunk of one. */
export async function synchronizeOrder(db: HqDatabase, key: TransactionKey, now: Date, source: AttemptSource = MANUAL): Promise<OrderOutcome> {
  return (await synchronizeOrderChunk(db, [key], now, source))[0]!;
}
