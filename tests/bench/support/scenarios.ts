import { BackgroundLoad } from './background-load';
import type { BrowserContext, Page } from 'playwright-core';
import type { EngineRun, HostileImportRun, PageQueries, PullTarget, RawRun } from '../page/bench-api';
import { call, openBenchPage } from './bench-page';
import { WorkerHeap, type HeapFigures } from './worker-heap';

/** One line of the table: the engine beside the raw bulkPut of the same rows. */
export interface Figure {
  scenario: string;
  transactions: number;
  engine: EngineRun;
  raw: RawRun;
  heap: HeapFigures;
  /** What the engine writes besides the rows counted, so the ratio is read for what it is. */
  alsoWrites: string;
}

/** A pause before each timed phase, so the previous phase's writes (LevelDB compacting them) weigh on neither side. */
const SETTLE_MS = 2000;
const settle = (page: Page) => page.waitForTimeout(SETTLE_MS);
const log = (text: string) => console.log(`  ${new Date().toISOString().slice(11, 19)} ${text}`);

/** The engine's run with the worker's heap around it, then the raw side. */
async function measure(page: Page, heap: WorkerHeap, engine: () => Promise<EngineRun>, raw: () => Promise<RawRun>) {
  await settle(page);
  const { result, heap: figures } = await heap.around(engine);
  await settle(page);
  return { engine: result, raw: await raw(), heap: figures };
}

/** a. Import of n transactions with their sales lines from a data management package. */
export async function benchImport(browser: BrowserContext, url: string, n: number): Promise<Figure> {
  const page = await openBenchPage(browser, url);
  let database: string;
  let figure: Figure;
  try {
    log(`import: building a package of ${n} transactions`);
    const prepared = await call(page, 'prepareImport', n);
    log(`import: ${prepared.headers} headers, ${prepared.salesLines} sales lines, ${(prepared.packageBytes / 2 ** 20).toFixed(1)} MB zipped, built in ${(prepared.ms / 1000).toFixed(1)} s`);
    await call(page, 'startEngine', false);
    const heap = await WorkerHeap.attach(page);
    log('import: importing');
    const measured = await measure(page, heap, () => call(page, 'runImport'), () => call(page, 'rawOfImport'));
    database = await call(page, 'importedDatabase');
    figure = { scenario: 'Import (DMF package)', transactions: n, ...measured, alsoWrites: 'each transaction\'s order status, the stores, the workspace entry' };
  } finally {
    await page.close();
  }
  // After the page closed: its worker held the app's writer lock, which the next worker waits for.
  await benchCheckData(browser, url, database);
  return figure;
}

/** Check data over the imported workspace, in a page of its own (one HQ worker a page): its time, printed beside the import's. */
async function benchCheckData(browser: BrowserContext, url: string, database: string): Promise<void> {
  const page = await openBenchPage(browser, url);
  try {
    await call(page, 'startEngine', false, database);
    log('check data: checking the imported workspace');
    const run = await call(page, 'runCheckData');
    const processed = run.counts?.processed ?? 0;
    log(`check data: ${processed} transactions in ${(run.ms / 1000).toFixed(1)} s (${Math.round(processed / (run.ms / 1000))} a second), ${run.counts?.failed ?? 0} would fail`);
  } finally {
    await page.close();
  }
}

export interface JobFigures {
  figures: Figure[];
  pages: PageQueries;
  simulatorMs: number;
}

/** b and c. P-0001 and Synchronize orders on n channel transactions (besides the demo's), then the pages of Online store transactions. */
export async function benchJobs(browser: BrowserContext, url: string, n: number): Promise<JobFigures> {
  const page = await openBenchPage(browser, url);
  try {
    await call(page, 'startEngine', true);
    const heap = await WorkerHeap.attach(page);
    log(`jobs: fixing the demo configuration, recording ${n} channel transactions`);
    const prepared = await call(page, 'prepareJobs', n);
    log(`jobs: recorded in ${(prepared.ms / 1000).toFixed(1)} s; P-0001`);
    const upload = await measure(page, heap, () => call(page, 'runUpload'), () => call(page, 'rawOfUpload'));
    const uploaded = upload.raw.tables.RetailTransactionTable ?? 0;
    log(`jobs: ${uploaded} transactions in HQ; Synchronize orders`);
    // BENCH_PROFILE=file.cpuprofile: Synchronize orders under the worker's CPU profiler (its figures then count the profiler too).
    const profile = process.env.BENCH_PROFILE;
    const load = new BackgroundLoad();
    await page.exposeFunction('benchBackgroundLoad', (on: boolean) => (on ? load.start() : load.stop()));
    const runOrders = () => call(page, 'runSynchronizeOrders').finally(() => load.stop());
    const orders = await measure(page, heap, profile ? () => heap.profiled(profile, runOrders) : runOrders, () => call(page, 'rawOfSynchronizeOrders'));
    log(`jobs: ${await call(page, 'addRuns', n)} runs in the run history; pages of the lists`);
    const pages = await call(page, 'queryListPages', ['transactions', 'runs']);
    return {
      figures: [
        { scenario: 'P-0001', transactions: uploaded, ...upload, alsoWrites: 'upload sessions, watermarks, the run' },
        // Its transactions are the orders it took: online orders and customer orders (cash and carry is left to statements).
        { scenario: 'Synchronize orders', transactions: orders.engine.counts?.processed ?? 0, ...orders, alsoWrites: 'the number sequence, the run' },
      ],
      pages,
      simulatorMs: prepared.ms,
    };
  } finally {
    await page.close();
  }
}

export interface CustomerFigures {
  pages: PageQueries;
  figure: Figure;
  simulatorMs: number;
  uploadMs: number;
}

/** How long the lists wait after a job of 100,000 operations before they are read. */
const LISTS_SETTLE_MS = 30_000;

/** d. Synchronize customers and channel requests on n customers created offline (besides the demo's operations), uploaded by P-0001 first. */
export async function benchCustomers(browser: BrowserContext, url: string, n: number): Promise<CustomerFigures> {
  const page = await openBenchPage(browser, url);
  try {
    await call(page, 'startEngine', true);
    const heap = await WorkerHeap.attach(page);
    log(`customers: recording ${n} customers created offline`);
    const prepared = await call(page, 'prepareCustomers', n);
    log(`customers: recorded in ${(prepared.ms / 1000).toFixed(1)} s; P-0001`);
    const upload = await call(page, 'runUpload');
    log(`customers: uploaded in ${(upload.ms / 1000).toFixed(1)} s; Synchronize customers and channel requests`);
    // BENCH_CUSTOMERS_PROFILE=file.cpuprofile: Synchronize customers under the worker's CPU profiler.
    const profile = process.env.BENCH_CUSTOMERS_PROFILE;
    const runCustomers = () => call(page, 'runSynchronizeCustomers');
    const measured = await measure(page, heap, profile ? () => heap.profiled(profile, runCustomers) : runCustomers, () => call(page, 'rawOfSynchronizeCustomers'));
    // Right after a job that wrote 900,000 rows, Chromium's storage compacts them for a while, and
    // reads wait on it: the lists are read on a database at rest, as a person opens them later.
    log(`customers: ${LISTS_SETTLE_MS / 1000} s for the database to settle, then pages of Customer synchronization status`);
    await page.waitForTimeout(LISTS_SETTLE_MS);
    const pages = await call(page, 'queryListPages', ['customers']);
    return {
      pages,
      // Its transactions are the operations it took: the demo's and the simulated ones.
      figure: { scenario: 'Synchronize customers', transactions: measured.engine.counts?.processed ?? 0, ...measured, alsoWrites: 'the number sequence, the run' },
      simulatorMs: prepared.ms,
      uploadMs: upload.ms,
    };
  } finally {
    await page.close();
  }
}

/** e. A hostile import of n rows that are all refused: whole, then canceled while other commands are answered; with the worker's heap. */
export async function benchHostileImport(browser: BrowserContext, url: string, n: number): Promise<{ run: HostileImportRun; heap: HeapFigures }> {
  const page = await openBenchPage(browser, url);
  try {
    await call(page, 'startEngine', true);
    const heap = await WorkerHeap.attach(page);
    log(`hostile import: ${n} rows, none of which can be stored`);
    await settle(page);
    const { result, heap: figures } = await heap.around(() => call(page, 'runHostileImport', n));
    return { run: result, heap: figures };
  } finally {
    await page.close();
  }
}

/** A pull of the target's transactions from the test HQ, through the browser host's way to it. */
export async function benchPull(browser: BrowserContext, url: string, target: PullTarget, requests: () => number): Promise<Figure> {
  const page = await openBenchPage(browser, url);
  try {
    await call(page, 'startEngine', false);
    const heap = await WorkerHeap.attach(page);
    log(`pull: pulling ${target.rows} rows`);
    const before = requests();
    const measured = await measure(page, heap, () => call(page, 'runPull', target), () => call(page, 'rawOfPull'));
    log(`pull: ${requests() - before} requests to HQ`);
    return { scenario: 'Pull from HQ (OData)', transactions: target.rows / 5, ...measured, alsoWrites: 'the stores, the workspace entry; each status twice (read before its transaction, merged when it comes)' };
  } finally {
    await page.close();
  }
}
