import type { HqDatabase } from '../../db/hq-database';
import { HQ_PARAMETERS_ID } from '../../master-data/master-data';
import type { Customer } from '../customers';
import { asyncWriteTables, loadOperations, type AsyncOperation } from '../async-customer-operation';
import { customerConfiguration, customerConfigurationTables } from '../customer-configuration';
import type { CustomerConfiguration } from '../customer-rules';
import { UserFacingError } from '../../platform/user-facing-error';

/*
 * Synchronize customers, step 1 of 3: read a chunk's operations, the customers its updates are
 * for, and what they are checked against, in the transaction that writes them.
 */

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
