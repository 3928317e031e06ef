import { CORE_FIELDS, type Customer } from '../customers';
import { asyncTableOf, describeIssues, storedOperationSchema } from '../customer-schemas';
import { operationValues, type AsyncOperation } from '../async-customer-operation';
import { customerProblems, operationProblems, type CustomerConfiguration } from '../customer-rules';
import type { CustomerChunkReads } from './read-customer-chunk';
import { isAbort, isStorageFailure, userMessage } from '../../platform/user-facing-error';
import { fieldErrorCause, type CustomerErrorCause } from '../customer-errors';

/*
 * Synchronize customers, step 2 of 3: decide every operation of a chunk from what was read, writing nothing.
 */

/** What will become of one operation of a chunk, decided before anything is written. */
export type CustomerPlan =
  | { kind: 'skipped' }
  | { kind: 'fail'; op: AsyncOperation; error: string; cause: CustomerErrorCause }
  /** A customer to create: it gets its account where the chunk is written (the last check: the sequence may be used up). */
  | { kind: 'create'; op: AsyncOperation; customer: Omit<Customer, 'customerAccount'> }
  | { kind: 'update'; op: AsyncOperation; customer: Customer };

/** One operation: its stored values checked as the channel's, then against HQ's configuration, then the customer made or changed. */
function planOperation(op: AsyncOperation, customers: Map<string, Customer>, config: CustomerConfiguration, at: string): CustomerPlan {
  const { header } = op;
  const fail = (error: string, cause: CustomerErrorCause): CustomerPlan => ({ kind: 'fail', op, error, cause });
  const stored = storedOperationSchema.safeParse({ values: operationValues(op), attributes: op.attributes });
  if (!stored.success) return fail(describeIssues(`Customer operation ${header.operationId}`, stored.error), 'customerData');
  const values = stored.data.values;
  const problems = operationProblems(values, op.attributes, config);
  const fields = Object.keys(problems);
  if (fields.length > 0) return fail(Object.entries(problems).map(([field, problem]) => `${asyncTableOf(field)}: ${problem}`).join('\n'), fieldErrorCause(fields[0]!));

  const affiliations = op.affiliations.map((a) => a.affiliation);
  if (header.operation === 'Create') {
    const attributes = Object.fromEntries(op.attributes.map((a) => [a.name, a.newValue.trim()]));
    return { kind: 'create', op, customer: { ...values, attributes, affiliations, createdAt: at, modifiedAt: at } };
  }
  const account = header.customerAccount;
  const existing = account ? customers.get(account) : undefined;
  if (!existing) return fail(customerProblems.customerUnknown(account ?? '(none)'), 'customerMissing');
  // Only what this operation changed: a late or retried update must not undo newer changes to other fields.
  const changed = Object.fromEntries(CORE_FIELDS.filter((f) => values[f] !== header.oldValues[f]).map((f) => [f, values[f].trim()]));
  const changedAttributes = Object.fromEntries(op.attributes.filter((a) => a.newValue !== a.oldValue).map((a) => [a.name, a.newValue.trim()]));
  const customer = { ...existing, ...changed, attributes: { ...existing.attributes, ...changedAttributes }, affiliations, modifiedAt: at };
  // A later update of the same customer in this chunk starts from this one, as it would one chunk later.
  customers.set(existing.customerAccount, customer);
  return { kind: 'update', op, customer };
}

/**
 * Decides every operation of a chunk from what was read, writing nothing. Whatever one
 * operation's data makes go wrong fails that operation alone, in words. An operation named twice
 * in one chunk is decided once.
 */
export function planCustomerChunk(reads: CustomerChunkReads, at: string, signal?: AbortSignal): CustomerPlan[] {
  const customers = new Map(reads.customers);
  const planned = new Set<string>();
  return reads.operations.map((op): CustomerPlan => {
    signal?.throwIfAborted();
    const id = op.header.operationId;
    if (op.header.status === 'Succeeded' || planned.has(id)) return { kind: 'skipped' };
    planned.add(id);
    try {
      return planOperation(op, customers, reads.config, at);
    } catch (error) {
      if (isStorageFailure(error) || isAbort(error)) throw error;
      return { kind: 'fail', op, error: userMessage(error, `synchronizing customer operation ${id}`), cause: 'customerData' };
    }
  });
}
