import { isAbort, isStorageFailure, UserFacingError, userMessage } from './user-facing-error';
import type { HqDatabase } from '../db/hq-database';
import { CUSTOMER_ACCOUNT_SEQUENCE } from '../demo/demo-customers';
import { emptyCounts } from '../domain/job-runs';
import { CORE_FIELDS } from '../domain/customers';
import { asyncTables, customerConfiguration, loadOperation, operationValues } from './async-customer-operation';
import { operationProblems } from './customer-rules';
import { asyncTableOf, describeIssues, storedOperationSchema } from '../validation/customer-schemas';
import { formatSequenceNumber } from './number-sequence-rules';
import type { JobOutcome } from './record-job-run';
import type { RunContext } from './run-progress';

export type CustomerOutcome = 'succeeded' | 'failed' | 'skipped';

/**
 * Synchronize customers and channel requests, for one operation: creates the real customer (a
 * new Customer account) or updates it, and marks every row of the operation
 * OnlineOperationCompleted = 1; or keeps the operation Failed with its Last known error. One
 * IndexedDB transaction that re-reads the status first, so it happens exactly once.
 */
export async function synchronizeCustomerOperation(db: HqDatabase, operationId: string, now: Date): Promise<CustomerOutcome> {
  try {
    return await attemptCustomerOperation(db, operationId, now);
  } catch (error) {
    // Whatever this operation's rows make go wrong fails this operation alone, in words.
    if (error instanceof UserFacingError || isStorageFailure(error) || isAbort(error)) throw error;
    const header = await db.asyncCustomers.get(operationId);
    if (!header) throw error;
    await db.asyncCustomers.update(operationId, {
      status: 'Failed', lastKnownError: userMessage(error, `synchronizing customer operation ${operationId}`),
      retryCount: header.modifiedAt === null ? 0 : header.retryCount + 1, modifiedAt: now.toISOString(),
    });
    return 'failed';
  }
}

async function attemptCustomerOperation(db: HqDatabase, operationId: string, now: Date): Promise<CustomerOutcome> {
  const tables = [...asyncTables(db), db.customers, db.customerGroups, db.customerAttributeDefinitions, db.numberSequences];
  return db.transaction('rw', tables, async () => {
    const op = await loadOperation(db, operationId);
    if (!op) throw new UserFacingError(`Customer operation ${operationId} does not exist in headquarters.`);
    if (op.header.status === 'Succeeded') return 'skipped';
    const stamp = now.toISOString();
    const retryCount = op.header.modifiedAt === null ? 0 : op.header.retryCount + 1;
    const fail = async (error: string): Promise<CustomerOutcome> => {
      await db.asyncCustomers.update(operationId, { status: 'Failed', lastKnownError: error, retryCount, modifiedAt: stamp });
      return 'failed';
    };
    const stored = storedOperationSchema.safeParse({ values: operationValues(op), attributes: op.attributes });
    if (!stored.success) return fail(describeIssues(`Customer operation ${operationId}`, stored.error));
    const values = stored.data.values;
    const problems = operationProblems(values, op.attributes, await customerConfiguration(db));
    if (Object.keys(problems).length > 0) return fail(Object.entries(problems).map(([field, problem]) => `${asyncTableOf(field)}: ${problem}`).join('\n'));

    const affiliations = op.affiliations.map((a) => a.affiliation);
    let customerAccount = op.header.customerAccount;
    if (op.header.operation === 'Create') {
      const sequence = await db.numberSequences.get(CUSTOMER_ACCOUNT_SEQUENCE);
      if (!sequence || sequence.next > sequence.largest) return fail('Number sequence has been exceeded.');
      await db.numberSequences.update(CUSTOMER_ACCOUNT_SEQUENCE, { next: sequence.next + 1 });
      customerAccount = formatSequenceNumber(sequence, sequence.next);
      const attributes = Object.fromEntries(op.attributes.map((a) => [a.name, a.newValue.trim()]));
      await db.customers.add({ customerAccount, ...values, attributes, affiliations, createdAt: stamp, modifiedAt: stamp });
    } else {
      const existing = customerAccount ? await db.customers.get(customerAccount) : undefined;
      if (!existing) return fail(`Customer ${customerAccount ?? '(none)'} does not exist in headquarters.`);
      // Only what this operation changed: a late or retried update must not undo newer changes to other fields.
      const changed = Object.fromEntries(CORE_FIELDS.filter((f) => values[f] !== op.header.oldValues[f]).map((f) => [f, values[f].trim()]));
      const changedAttributes = Object.fromEntries(op.attributes.filter((a) => a.newValue !== a.oldValue).map((a) => [a.name, a.newValue.trim()]));
      await db.customers.put({ ...existing, ...changed, attributes: { ...existing.attributes, ...changedAttributes }, affiliations, modifiedAt: stamp });
    }
    const completed = { onlineOperationCompleted: 1 as const };
    await db.asyncAddresses.update(operationId, completed);
    await db.asyncContacts.where('operationId').equals(operationId).modify(completed);
    await db.asyncAffiliations.where('operationId').equals(operationId).modify(completed);
    await db.asyncAttributes.where('operationId').equals(operationId).modify(completed);
    await db.asyncCustomers.update(operationId, {
      status: 'Succeeded', customerAccount, lastKnownError: null, onlineOperationCompleted: 1, retryCount, modifiedAt: stamp,
    });
    return 'succeeded';
  });
}

export async function synchronizeCustomerOperations(db: HqDatabase, operationIds: readonly string[], ctx: RunContext): Promise<JobOutcome> {
  const counts = emptyCounts();
  ctx.onProgress?.(counts, operationIds.length);
  for (const id of operationIds) {
    ctx.signal?.throwIfAborted();
    counts[await synchronizeCustomerOperation(db, id, ctx.now())] += 1;
    counts.processed += 1;
    ctx.onProgress?.(counts, operationIds.length);
  }
  return { counts, error: null };
}

/** The batch job: every operation not yet synchronized, oldest first. */
export async function runSynchronizeCustomersJob(db: HqDatabase, ctx: RunContext): Promise<JobOutcome> {
  const open = await db.asyncCustomers.where('status').anyOf('Pending', 'Failed').sortBy('operationTimestamp');
  return synchronizeCustomerOperations(db, open.map((o) => o.operationId), ctx);
}

/** The account a sales order is for, or why there is none yet. */
export type OrderCustomer = { account: string | null; problem: null } | { account: null; problem: string };

/**
 * Before an order of a customer created offline becomes a sales order, that customer must exist:
 * synchronizes its operation if needed, and answers with the real account HQ gave it.
 */
export async function ensureAsyncCustomer(db: HqDatabase, asyncCustomerAccount: string, now: Date): Promise<OrderCustomer> {
  const op = await db.asyncCustomers.where('asyncCustomerAccount').equals(asyncCustomerAccount).first();
  if (!op) return { account: null, problem: `Customer ${asyncCustomerAccount} has not reached headquarters yet; run P-0001, then synchronize again.` };
  if (op.status !== 'Succeeded') await synchronizeCustomerOperation(db, op.operationId, now);
  const after = await db.asyncCustomers.get(op.operationId);
  if (after?.status === 'Succeeded') return { account: after.customerAccount, problem: null };
  return { account: null, problem: `Customer ${asyncCustomerAccount} could not be synchronized (operation ${op.operationId}): ${after?.lastKnownError ?? 'unknown error'}` };
}
