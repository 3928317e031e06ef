import type { HqDatabase } from '../db/hq-database';
import type { RetailTransactionOrderStatus } from '../domain/order-status';
import { keyText, keyTuple, type TransactionKey } from '../domain/transaction-entities';
import { chunkWriteTables, commitPlans, type AttemptSource, type ChunkOutcomes, type OrderOutcome } from './order-chunk-commit';
import { chunkReadTables, offlineAccountOf, planChunk, readChunk, takes, type ChunkReads } from './order-chunk-plan';
import { ensureAsyncCustomer, type OrderCustomer } from './synchronize-customer';
import { isAbort, isStorageFailure, UserFacingError, userMessage } from './user-facing-error';

export type { AttemptSource, OrderOutcome } from './order-chunk-commit';
export const MANUAL: AttemptSource = { trigger: 'manual', runId: null };

/** Every key must name a transaction HQ has: a command naming one it does not is refused whole. */
function statusesOf(reads: ChunkReads): RetailTransactionOrderStatus[] {
  const missing = reads.keys.find((_, i) => !reads.statuses[i]);
  if (missing) throw new UserFacingError(`Transaction ${keyText(missing)} does not exist in headquarters.`);
  return reads.statuses as RetailTransactionOrderStatus[];
}

/** A chunk read, decided and written in one IndexedDB transaction: commits whole or not at all. */
function attemptChunk(
  db: HqDatabase, keys: readonly TransactionKey[], now: Date, source: AttemptSource, signal?: AbortSignal, ensured?: ReadonlyMap<string, OrderCustomer>,
): Promise<ChunkOutcomes> {
  return db.transaction('rw', [...chunkReadTables(db), ...chunkWriteTables(db)], async () => {
    const reads = await readChunk(db, keys);
    const statuses = statusesOf(reads);
    return commitPlans(db, statuses, planChunk(reads, signal, ensured), now, source);
  });
}

/** A chunk read ahead, in a read-only transaction of its own, with the count of writes to its sources at that moment. */
export interface ReadAhead {
  version: number;
  reads: ChunkReads;
}

/**
 * Reads a chunk while the one before it is being written: the job's reading and deciding overlap
 * IndexedDB's writing. The count is taken before the transaction is created, so any write it
 * does not see is counted after.
 */
export async function readAhead(db: HqDatabase, keys: readonly TransactionKey[]): Promise<ReadAhead> {
  const version = db.orderSourceWrites.version;
  return { version, reads: await db.transaction('r', chunkReadTables(db), () => readChunk(db, keys)) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Writes a chunk decided from rows read ahead, if nothing it was decided from has changed since:
 * its statuses and headers are read again here, and no line or configuration table may have
 * been written (the count is read after the first read here, once every transaction created
 * before this one has ended). Null if anything changed: the chunk is then taken the safe way.
 */
function commitReadAhead(db: HqDatabase, ahead: ReadAhead, signal: AbortSignal | undefined, now: Date, source: AttemptSource): Promise<ChunkOutcomes | null> {
  const { reads, version } = ahead;
  statusesOf(reads);
  const plans = planChunk(reads, signal);
  return db.transaction('rw', chunkWriteTables(db), async () => {
    const tuples = reads.keys.map(keyTuple);
    const [statuses, headers] = await Promise.all([db.RetailTransactionOrderStatus.bulkGet(tuples), db.RetailTransactionTable.bulkGet(tuples)]);
    const unchanged = db.orderSourceWrites.version === version
      && reads.keys.every((key, i) => same(statuses[i], reads.statuses[i]) && same(headers[i], reads.rows.get(keyText(key))?.header));
    return unchanged ? commitPlans(db, statuses as RetailTransactionOrderStatus[], plans, now, source) : null;
  });
}

/**
 * The orders a chunk left for their offline customers: each customer synchronized first (its own
 * transaction), then those orders together, as a chunk of their own.
 */
async function afterTheirCustomers(db: HqDatabase, keys: readonly TransactionKey[], outcomes: ChunkOutcomes, now: Date, source: AttemptSource, signal?: AbortSignal): Promise<OrderOutcome[]> {
  const waiting = keys.filter((_, i) => outcomes[i] === null);
  if (waiting.length === 0) return outcomes as OrderOutcome[];
  const headers = await db.RetailTransactionTable.bulkGet(waiting.map(keyTuple));
  const ensured = new Map<string, OrderCustomer>();
  for (const [i, key] of waiting.entries()) {
    signal?.throwIfAborted();
    ensured.set(keyText(key), await ensureAsyncCustomer(db, offlineAccountOf(headers[i])!, now));
  }
  const later = await attemptChunk(db, waiting, now, source, signal, ensured);
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
export async function synchronizeOrderChunk(
  db: HqDatabase, keys: readonly TransactionKey[], now: Date, source: AttemptSource = MANUAL, signal?: AbortSignal, ahead?: ReadAhead,
): Promise<OrderOutcome[]> {
  try {
    const outcomes = (ahead && (await commitReadAhead(db, ahead, signal, now, source))) ?? (await attemptChunk(db, keys, now, source, signal));
    return await afterTheirCustomers(db, keys, outcomes, now, source, signal);
  } catch (error) {
    if (error instanceof UserFacingError || isStorageFailure(error) || isAbort(error)) throw error;
    if (keys.length > 1) {
      const outcomes: OrderOutcome[] = [];
      for (const key of keys) outcomes.push(...(await synchronizeOrderChunk(db, [key], now, source, signal)));
      return outcomes;
    }
    const key = keys[0]!;
    const message = userMessage(error, `synchronizing transaction ${keyText(key)}`);
    return db.transaction('rw', chunkWriteTables(db), async () => {
      // Re-read: an order another attempt made meanwhile, or one a person started editing, stays as it is.
      const status = await db.RetailTransactionOrderStatus.get(keyTuple(key));
      if (!status || !takes(status)) return ['skipped'];
      return (await commitPlans(db, [status], [{ kind: 'fail', details: message }], now, source)) as OrderOutcome[];
    });
  }
}

/** One order: a chunk of one. */
export async function synchronizeOrder(db: HqDatabase, key: TransactionKey, now: Date, source: AttemptSource = MANUAL): Promise<OrderOutcome> {
  return (await synchronizeOrderChunk(db, [key], now, source))[0]!;
}
