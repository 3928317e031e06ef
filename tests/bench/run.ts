// npm run bench: what users run, measured where they run it. The bench page (tests/bench/page) is
// built by Vite like the app and opened in headless Chromium; the app's own HQ worker does the
// work, beside a plain Dexie bulkPut of the same rows, and the two rates are printed as a ratio.
// Timings live here only, never in tests; the bench is not part of npm test.
//
//   BENCH_TRANSACTIONS         N for every scenario (default: 100,000)
//   BENCH_JOB_TRANSACTIONS     N for P-0001, Synchronize orders and the app's first screen
//   BENCH_CUSTOMER_OPERATIONS  N for Synchronize customers alone: customers created offline (else BENCH_TRANSACTIONS)
//   BENCH_PULL_TRANSACTIONS    N for a pull from the OData test server (else BENCH_TRANSACTIONS)
//   BENCH_SCENARIOS            any of import,jobs,customers,screen,hostile,pull (default all six); screen is the app itself: its first screen, long tasks, heap;
//                              hostile an import of BENCH_HOSTILE_ROWS (default 3,000,000) rows all refused: its time, heap, and how soon Cancel and other commands are heard
//   CHROMIUM_PATH              default /usr/bin/chromium
//   BENCH_PROFILE              a .cpuprofile file: the worker's CPU profile of Synchronize orders (open it in Chrome DevTools)
//   BENCH_CUSTOMERS_PROFILE    a .cpuprofile file: the worker's CPU profile of Synchronize customers
//   BENCH_APP_PROFILE          a .cpuprofile file: the app page's main thread while Synchronize orders runs (screen scenario)
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { figuresTable, firstScreenText, pagesTable } from './support/report';
import { benchCustomers, benchHostileImport, benchImport, benchJobs, benchPull, type CustomerFigures, type Figure, type JobFigures } from './support/scenarios';
import { benchHq } from './support/bench-hq';
import { benchFirstScreen } from './support/first-screen';
import { serveStatic } from './support/static-server';

const IMPORT_DEFAULT = 100_000;
const JOBS_DEFAULT = 100_000;
const CUSTOMERS_DEFAULT = 100_000;
const PULL_DEFAULT = 100_000;

function count(name: string): number | null {
  const text = process.env[name];
  if (text === undefined || text === '') return null;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1, got "${text}".`);
  return n;
}

const importN = count('BENCH_TRANSACTIONS') ?? IMPORT_DEFAULT;
const jobsN = count('BENCH_JOB_TRANSACTIONS') ?? count('BENCH_TRANSACTIONS') ?? JOBS_DEFAULT;
const customersN = count('BENCH_CUSTOMER_OPERATIONS') ?? count('BENCH_TRANSACTIONS') ?? CUSTOMERS_DEFAULT;
const hostileN = count('BENCH_HOSTILE_ROWS') ?? 3_000_000;
const pullN = count('BENCH_PULL_TRANSACTIONS') ?? count('BENCH_TRANSACTIONS') ?? PULL_DEFAULT;
const scenarios = new Set((process.env.BENCH_SCENARIOS ?? 'import,jobs,customers,screen,hostile,pull').split(',').map((s) => s.trim()));
const here = path.dirname(fileURLToPath(import.meta.url));

// Built into a temporary folder: dist/ is what electron-builder packages.
const outDir = await mkdtemp(path.join(os.tmpdir(), 'sync-console-bench-'));
await build({ configFile: path.join(here, 'vite.bench.config.ts'), build: { outDir } });
// The app beside it, as the browser host serves it: same origin, so it opens the database the set-up wrote.
const root = path.resolve(here, '../..');
await build({ configFile: path.join(root, 'vite.config.ts'), configLoader: 'runner', root: path.join(root, 'renderer'), logLevel: 'warn', build: { outDir: path.join(outDir, 'app'), emptyOutDir: true } });
// The test HQ and its connector, mounted where the browser host's server mounts it (/api/hq/).
const hq = scenarios.has('pull') ? await benchHq(pullN) : null;
const server = await serveStatic(outDir, hq?.api);
// A profile on disk, as the app's: an incognito context keeps IndexedDB in memory under a small
// quota, which 100,000 transactions and the raw copy of their rows outgrow.
const profile = await mkdtemp(path.join(os.tmpdir(), 'sync-console-bench-profile-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const cpus = os.cpus();
  // A persistent context has no Browser object to ask, and the user agent reports 156.0.0.0.
  const { product } = await (await browser.newCDPSession(browser.pages()[0]!)).send('Browser.getVersion');
  const chromiumVersion = product.replace(/^\D+\//, '');
  console.log(`Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; Chromium ${chromiumVersion}; Node ${process.version}`);
  console.log(`N: import ${scenarios.has('import') ? importN : '-'}, P-0001 and Synchronize orders ${scenarios.has('jobs') ? `${jobsN} (besides the demo's own)` : '-'}, Synchronize customers ${scenarios.has('customers') ? `${customersN} (besides the demo's own)` : '-'}, pull ${scenarios.has('pull') ? pullN : '-'}\n`);
  const figures: Figure[] = [];
  let jobs: JobFigures | null = null;
  let customers: CustomerFigures | null = null;
  if (scenarios.has('import')) figures.push(await benchImport(browser, server.url, importN));
  if (scenarios.has('jobs')) {
    jobs = await benchJobs(browser, server.url, jobsN);
    figures.push(...jobs.figures);
  }
  if (scenarios.has('customers')) {
    customers = await benchCustomers(browser, server.url, customersN);
    figures.push(customers.figure);
  }
  if (hq) figures.push(await benchPull(browser, server.url, hq.target, hq.requests));
  if (figures.length) console.log(`\n${figuresTable(figures)}`);
  const imported = figures.find((f) => f.scenario.startsWith('Import'));
  if (imported) {
    const ratio = Math.round((imported.raw.ms / imported.engine.ms) * 100);
    console.log(`\nThe import's goal: at least 50% of the raw rate at 100,000 transactions, memory flat. Here: ${ratio}% at ${imported.transactions}, worker heap ${imported.heap.livePeakMb} MB live at most (${imported.heap.peakMb} MB with garbage).`);
  }
  const pulled = figures.find((f) => f.scenario.startsWith('Pull'));
  if (pulled) {
    console.log(`\nThe pull's goal: at least 50% of the raw write rate at 100,000 transactions, memory flat. Here: ${Math.round((pulled.raw.ms / pulled.engine.ms) * 100)}% at ${pulled.transactions}, worker heap ${pulled.heap.livePeakMb} MB live at most (${pulled.heap.peakMb} MB with garbage).`);
  }
  const manual = figures.find((f) => f.scenario === 'Synchronize orders')?.engine.manual;
  if (manual) {
    const ms = (times: number[]) => times.map((t) => `${Math.round(t)}`).join(', ');
    console.log(`\nA person's Synchronize order while Synchronize orders runs (the goal: each within 250 ms), from 1 s into the job, 0.4 s apart:`);
    console.log(`  on a quiet machine: ${ms(manual.quietMs)} ms; with ${manual.cores} busy processes beside it (the bench's background load): ${ms(manual.loadedMs)} ms.`);
  }
  if (customers) {
    const { figure, simulatorMs, uploadMs } = customers;
    console.log(`\nSynchronize customers' goal: at least 50% of the raw rate. Here: ${Math.round((figure.raw.ms / figure.engine.ms) * 100)}% at ${figure.transactions} operations.`);
    console.log(`Set-up, not measured above: the channel simulator recorded ${customersN} customers created offline in ${(simulatorMs / 1000).toFixed(1)} s; P-0001 uploaded them in ${(uploadMs / 1000).toFixed(1)} s.`);
    console.log(`\n${pagesTable(customers.pages)}`);
  }
  if (jobs) console.log(`\n${pagesTable(jobs.pages)}\n\nSet-up, not measured above: the channel simulator recorded ${jobsN} transactions in ${(jobs.simulatorMs / 1000).toFixed(1)} s.`);
  if (scenarios.has('screen')) console.log(`\n${firstScreenText(await benchFirstScreen(browser, server.url, jobsN))}`);
  if (scenarios.has('hostile')) {
    const { run, heap } = await benchHostileImport(browser, server.url, hostileN);
    const ms = (values: number[]) => values.map((v) => Math.round(v)).join(', ');
    console.log(`\nA hostile import: ${run.rows} rows, none storable, in a ${(run.packageBytes / 2 ** 20).toFixed(1)} MB package. Read whole in ${(run.wholeMs / 1000).toFixed(1)} s, worker heap ${heap.livePeakMb} MB live at most (${heap.peakMb} MB with garbage); it ended: ${run.refusal}`);
    console.log(`Read again: ${run.answersMs.length} other commands answered in ${ms(run.answersMs)} ms; Cancel heard in ${Math.round(run.cancelMs)} ms (the goal: under 1000 ms); it ended: ${run.canceled}`);
  }
} finally {
  await browser.close();
  await server.close();
  await hq?.stop();
  await rm(outDir, { recursive: true, force: true });
  await rm(profile, { recursive: true, force: true });
}
