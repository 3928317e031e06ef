// Scenario a: importing N transactions with their sales lines from a data management package,
// through the worker's importFiles command, beside the raw bulkPut of the same rows as it stored them.
import { workspaceDatabaseName, WorkspaceRegistry } from '../../../shared/db/workspace-registry';
import type { EngineRun, PreparedImport, RawRun } from './bench-api';
import { transactionPackage, type TransactionPackage } from './dmf-package';
import { timed } from './engine';
import { rawBulkPut } from './raw-bulk-put';

let prepared: TransactionPackage | null = null;
let importId = '';

export function prepareImport(transactions: number): Promise<PreparedImport> {
  const start = performance.now();
  prepared = transactionPackage(transactions);
  const { headers, salesLines, bytes } = prepared;
  return Promise.resolve({ transactions, headers, salesLines, packageBytes: bytes.byteLength, ms: performance.now() - start });
}

/** Why rows were refused, from the import's report, so a bench that imported less says so instead of printing a flattering rate. */
async function refusals(id: string): Promise<string> {
  const registry = new WorkspaceRegistry();
  const report = (await registry.workspaces.get(id))?.report;
  registry.close();
  return (report?.rejected ?? []).slice(0, 5).map((r) => `${r.file} ${r.where}: ${r.reason}`).join('; ');
}

export async function runImport(): Promise<EngineRun> {
  if (!prepared) throw new Error('Prepare the package first.');
  const { bytes, headers, salesLines } = prepared;
  importId = crypto.randomUUID();
  // As HQ names a package, after the company it ran in; its rows carry none, so the import is told it.
  const run = await timed({
    type: 'importFiles', importId, files: [{ name: 'usrt_retail-transactions.zip', bytes }], options: { company: 'USRT', dateLocale: 'en-US', acceptIncomplete: false },
  });
  prepared = null;
  if (run.counts?.succeeded !== headers + salesLines) {
    throw new Error(`The import took ${run.counts?.succeeded} of ${headers + salesLines} rows. ${await refusals(importId)}`);
  }
  return run;
}

/** The headers and sales lines exactly as the import stored them, read back from the new workspace. */
export function rawOfImport(): Promise<RawRun> {
  return rawBulkPut(workspaceDatabaseName(importId), [{ table: 'RetailTransactionTable' }, { table: 'RetailTransactionSalesTrans' }]);
}

/** The database of the workspace the import made: Check data's bench opens it. */
export const importedDatabase = (): Promise<string> => Promise.resolve(workspaceDatabaseName(importId));
