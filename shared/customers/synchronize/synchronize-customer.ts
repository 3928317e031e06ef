import type { HqDatabase } from '../../db/hq-database';
import { customerChunkTables, readCustomerChunk } from './read-customer-chunk';
import { planCustomerChunk } from './decide-customer-chunk';
import { commitCustomerPlans, type CustomerOutcome } from './commit-customer-chunk';
import { loadOperation } from '../async-customer-operation';
import { containChunk } from '../../platform/chunk-containment';
import { userMessage } from '../../platform/user-facing-error';

/*
 * Synchronize customers, one chunk: read (read-customer-chunk.ts), decide
 * (decide-customer-chunk.ts) and commit (commit-customer-chunk.ts) in one IndexedDB transaction.
 * One bad operation is contained (chunk-containment.ts).
 */

export type { CustomerOutcome } from './commit-customer-chunk';

/** A chunk read, decided and written in one IndexedDB transaction: commits whole or not at all. */
function attemptChunk(db: HqDatabase, operationIds: readonly string[], now: Date, signal?: AbortSignal): Promise<CustomerOutcome[]> {
  const at = now.toISOString();
  return db.transaction('rw', customerChunkTables(db), async () => {
    const reads = await readCustomerChunk(db, operationIds);
    const plans = planCustomerChunk(reads, at, signal);
    return commitCustomerPlans(db, plans, reads.accountSequence, at);
  });
}

/** An operation whose chunk could not be written even on its own: Failed, with why in words. */
function failAlone(db: HqDatabase, operationId: string, error: unknown, now: Date): Promise<CustomerOutcome[]> {
  const message = userMessage(error, `synchronizing customer operation ${operationId}`);
  return db.transaction('rw', customerChunkTables(db), async () => {
    // Re-read: one that another attempt synchronized meanwhile stays as it is.
    const op = await loadOperation(db, operationId);
    if (!op) throw error;
    if (op.header.status === 'Succeeded') return ['skipped'];
    return commitCustomerPlans(db, [{ kind: 'fail', op, error: message, cause: 'customerData' }], undefined, now.toISOString());
  });
}

/**
 * Synchronize customers and channel requests, for a chunk of operations: creates each real
 * customer (a new Customer account) or updates it, and marks every row of the operation
 * OnlineOperationCompleted = 1; or keeps the operation Failed with its Last known error. A chunk
 * is one IndexedDB transaction that re-reads the statuses first, so each happens exactly once, and
 * a cancel leaves the chunk as it was (no account drawn). Whatever goes wrong with one operation's
 * data fails that operation alone: if the chunk cannot be written, its operations are tried again
 * one by one.
 */
export function synchronizeCustomerChunk(db: HqDatabase, operationIds: readonly string[], now: Date, signal?: AbortSignal): Promise<CustomerOutcome[]> {
  return containChunk(operationIds, (chunk) => attemptChunk(db, chunk, now, signal), (operationId, error) => failAlone(db, operationId, error, now));
}

/** One operation: a chunk of one. */
export async function synchronizeCustomerOperation(db: HqDatabase, operationId: string, now: Date): Promise<CustomerOutcome> {
  return (await synchronizeCustomerChunk(db, [operationId], now))[0]!;
}
