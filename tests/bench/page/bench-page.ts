// The bench page: runs in real Chromium against the app's own HQ worker bundle, beside a plain
// Dexie bulkPut of the same rows. tests/bench/run.ts drives it with Playwright (page.evaluate).
import type { BenchApi, BenchWindow } from './bench-api';
import { prepareCustomers, rawOfSynchronizeCustomers, runSynchronizeCustomers } from './customers-scenario';
import { startEngine } from './engine';
import { importedDatabase, prepareImport, rawOfImport, runImport } from './import-scenario';
import { runCheckData } from './check-data-scenario';
import { prepareJobs, rawOfSynchronizeOrders, rawOfUpload, runSynchronizeOrders, runUpload } from './jobs-scenario';
import { addRuns, queryListPages } from './page-queries';
import { runHostileImport } from './hostile-import-scenario';
import { rawOfPull, runPull } from './pull-scenario';

const bench: BenchApi = {
  startEngine, prepareImport, runImport, rawOfImport, prepareJobs, runUpload, rawOfUpload, runSynchronizeOrders, rawOfSynchronizeOrders, queryListPages, addRuns,
  prepareCustomers, runSynchronizeCustomers, rawOfSynchronizeCustomers, runHostileImport, importedDatabase, runCheckData, runPull, rawOfPull,
};
(window as unknown as BenchWindow).bench = bench;
