// Scenario: pulling N transactions from HQ (the OData test server, run.ts) through the browser
// host's way to it: the worker's pullWorkspace, each page asked of the page's host
// (browser-hq-api.ts → the bench server's /api/hq/read → the connector), beside the raw bulkPut
// of the same rows as the pull stored them.
import { workspaceDatabaseName } from '../../../shared/db/workspace-registry';
import { browserHqApi } from '../../../renderer/host/browser-hq-api';
import type { EngineRun, PullTarget, RawRun } from './bench-api';
import { hqClient, timed } from './engine';
import { rawBulkPut } from './raw-bulk-put';

let importId = '';

export async function runPull(target: PullTarget): Promise<EngineRun> {
  hqClient().hqReader = browserHqApi().read;
  importId = crypto.randomUUID();
  const run = await timed({
    type: 'pullWorkspace', importId, source: { connectionName: 'Bench HQ', environmentUrl: target.environmentUrl },
    request: {
      connectionId: target.connectionId, companies: target.companies, stores: [], from: target.from, to: target.to,
      transactions: true, statuses: true, unsynchronizedOnly: false,
    },
  });
  if (run.counts?.succeeded !== target.rows) throw new Error(`The pull took ${run.counts?.succeeded} of ${target.rows} rows (${run.counts?.failed} refused).`);
  return run;
}

/** The pulled rows exactly as stored, read back from the new workspace. */
export function rawOfPull(): Promise<RawRun> {
  return rawBulkPut(workspaceDatabaseName(importId), ['RetailTransactionTable', 'RetailTransactionSalesTrans', 'RetailTransactionPaymentTrans', 'RetailTransactionOrderStatus'].map((table) => ({ table })));
}
