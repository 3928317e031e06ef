import type { HqDatabase } from '../../db/hq-database';
import { HQ_PARAMETERS_ID } from '../../master-data/master-data';
import { CORE_FIELDS, type Customer } from '../customers';
import { asyncTableOf, describeIssues, storedOperationSchema } from '../customer-schemas';
import { asyncWriteTables, customerConfiguration, customerConfigurationTables, loadOperations, operationValues, type AsyncOperation } from '../async-customer-operation';
import { customerProblems, operationProblems, type CustomerConfiguration } from '../customer-rules';
import { isAbort, isStorageFailure, UserFacingError, userMessage } from '../../platform/user-facing-error';
import { fieldErrorCause, type CustomerErrorCause } from '../customer-errors';

/** What will become of one operation of a chunk, decided before anything is written. */
export type CustomerPlan =
  | { kind: 'skipped' }
  | { kind: 'fail'; op: AsyncOperation; error: string; cause: CustomerErrorCause }
  /** A customer to create: it gets its account where the chunk is written (the last check: the sequence may be used up). */
  | { kind: 'create'; op: AsyncOperation; customer: Omit<Customer, 'customerAccount'> }
  | { kind: 'update'; op: AsyncOperation; customer: Customer };

/** Everything a chunk's operations are decided from. */
export interface CustomerChunkReads {
  operations: AsyncOperation[];
  /** The customers the chunk's updates are for, as HQ has them, by account. */
  customers: Map<string, Customer>;
  config: CustomerConfiguration;
  /** The number sequence customer accounts are drawn from (HQ's parameters); undefined if HQ names none. */
  accountSequence: string | undefined;
}

/** The tables a chunk is read from and written to, in one transaction. */
export const customerChunkTables = (db: HqDatabase) => [
  ...asyncWriteTables(db), db.customers, ...customerConfigurationTables(db), db.hqParameters, db.numberSequences,
];

/**
 * Reads a chunk's operations, the customers its updates are for and the configuration, each table
 * once (call inside a transaction over customerChunkTables). An operation HQ does not have refuses
 * the chunk whole: a command naming one is a mistake of the command, not of an operation's data.
 */
export async function readCustomerChunk(db: HqDatabase, operationIds: readonly string[]): Promise<CustomerChunkReads> {
  const [found, config, parameters] = await Promise.all([loadOperations(db, operationIds), customerConfiguration(db), db.hqParameters.get(HQ_PARAMETERS_ID)]);
  const missing = operationIds.find((_, i) => !found[i]);
  if (missing !== undefined) throw new UserFacingError(`Customer operation ${missing} does not exist in headquarters.`);
  const operations = found as AsyncOperation[];
  const accounts = [...new Set(operations.flatMap(({ header }) => (header.operation === 'Update' && header.customerAccount ? [header.customerAccount] : [])))];
  const customers = await db.customers.bulkGet(accounts);
  return {
    operations, customers: new Map(accounts.flatMap((account, i) => (customers[i] ? [[account, customers[i]]] : []))), config,
    accountSequence: parameters?.customerAccountSequence,
  };
}

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
