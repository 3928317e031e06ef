// Scenario c: Synchronize customers and channel requests on N customers created offline, run as a
// job by the app's worker, beside the raw bulkPut of the rows it wrote.
import type { Table } from 'dexie';
import { HqDatabase } from '../../../shared/db/hq-database';
import { operationTime, searchTerm, statusTerm, termRange, type TermKey } from '../../../shared/customers/customer-search';
import type { EngineRun, PreparedCustomers, RawRun } from './bench-api';
import { databaseName, send, timed } from './engine';
import { rawBulkPut } from './raw-bulk-put';

/** The simulator's largest command for customers (shared/contracts/hq-commands.ts). */
const SIMULATOR_CHUNK = 500;

/** N customers created offline, recorded in the channel databases by the simulator. P-0001 (runUpload) then brings them to HQ. */
export async function prepareCustomers(operations: number): Promise<PreparedCustomers> {
  const start = performance.now();
  for (let done = 0; done < operations; done += SIMULATOR_CHUNK) {
    await send({ type: 'simulateCustomerOperations', kind: 'create', count: Math.min(SIMULATOR_CHUNK, operations - done), fault: null });
  }
  return { simulated: operations, ms: performance.now() - start };
}

export const runSynchronizeCustomers = (): Promise<EngineRun> =>
  timed({ type: 'runJob', job: { jobId: 'synchronize-customers' }, trigger: 'manual', batchJobId: null });

/** The rows of a RETAILASYNC* line table the job marked OnlineOperationCompleted = 1 (no index on it: read whole, untimed). */
const completed = (table: Table) => table.filter((row: { onlineOperationCompleted: 0 | 1 }) => row.onlineOperationCompleted === 1).primaryKeys();

/**
 * What Synchronize customers wrote: the customers it created, and the rows of every operation it
 * settled, overwritten (the header of each Succeeded or Failed one, the address, contacts,
 * affiliations and attributes of each Succeeded one), their status and new accounts in the search,
 * and the counts of their values by status.
 */
export async function rawOfSynchronizeCustomers(): Promise<RawRun> {
  const db = new HqDatabase(databaseName());
  const creations = await db.asyncCustomers.where('status').equals('Succeeded').filter((o) => o.operation === 'Create').toArray();
  db.close();
  const created = creations.flatMap((o) => o.customerAccount ?? []);
  // A customer created gives its operation the search term of its new account.
  const accountTerms = creations.flatMap((o): TermKey[] => (o.customerAccount ? [[searchTerm('customerAccount', o.customerAccount), operationTime(o.operationTimestamp), o.operationId]] : []));
  return rawBulkPut(databaseName(), [
    { table: 'customers', keys: () => Promise.resolve(created) },
    { table: 'asyncCustomers', keys: (t) => t.where('status').anyOf(['Succeeded', 'Failed']).primaryKeys(), updated: true },
    ...['asyncAddresses', 'asyncContacts', 'asyncAffiliations', 'asyncAttributes'].map((table) => ({ table, keys: completed, updated: true })),
    // The settled operations' status in the search (their Pending one was deleted), and the accounts of the customers created.
    {
      table: 'asyncCustomerTerms',
      keys: (t) => Promise.all((['Succeeded', 'Failed'] as const).map((s) => t.where(':id').between(...termRange(statusTerm(s), true), true, true).primaryKeys())).then((k) => [...k.flat(), ...accountTerms]),
    },
    // The counts of their values, moved from Pending to their new status.
    { table: 'asyncCustomerTermCounts', updated: true },
  ]);
}
