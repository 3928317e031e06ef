// Scenario d: the app itself (the browser host's build) on its demo workspace holding n uploaded
// transactions: how long until its first screen shows a usable grid, its main-thread long tasks
// while loading and while Synchronize orders takes every one of them, and its JS heap.
import { writeFile } from 'node:fs/promises';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { HQ_DATABASE_NAME } from '../../../shared/db/hq-database';
import { call, openBenchPage } from './bench-page';

export interface LongTasks {
  count: number;
  /** Tasks over 50 ms (the "long task" of the Long Tasks API is over 50 ms already; this says how many were). */
  maxMs: number;
}

export interface FirstScreenFigures {
  transactions: number;
  /** Navigation start to the first row of Online store transactions on screen, cold (first load) and warm (a reload). */
  coldGridMs: number;
  warmGridMs: number;
  loadLongTasks: LongTasks;
  syncLongTasks: LongTasks;
  syncMs: number;
  ordersSynchronized: number;
  /** The page's JS heap after a collection with the grid on screen, and the most sampled during the sync. */
  heapMb: number;
  syncHeapPeakMb: number;
}

declare global {
  interface Window {
    benchLongTasks?: { start: number; duration: number }[];
    benchGridAt?: number;
  }
}

/** Before any of the app's code: long tasks recorded from the start, and the moment the first grid row appears. */
function instrument(): void {
  window.benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.benchLongTasks!.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  const watch = new MutationObserver(() => {
    if (window.benchGridAt === undefined && document.querySelector('.MuiDataGrid-row')) {
      window.benchGridAt = performance.now();
      watch.disconnect();
    }
  });
  document.addEventListener('DOMContentLoaded', () => watch.observe(document.body, { childList: true, subtree: true }));
}

const log = (text: string) => console.log(`  ${new Date().toISOString().slice(11, 19)} ${text}`);
const mb = (bytes: number) => Math.round(bytes / 2 ** 20);

async function heapMb(cdp: CDPSession, collect: boolean): Promise<number> {
  if (collect) await cdp.send('HeapProfiler.collectGarbage');
  return mb((await cdp.send('Runtime.getHeapUsage')).usedSize);
}

async function longTasksSince(page: Page, from: number): Promise<LongTasks> {
  const tasks = await page.evaluate((since) => (window.benchLongTasks ?? []).filter((t) => t.start >= since), from);
  return { count: tasks.length, maxMs: Math.round(Math.max(0, ...tasks.map((t) => t.duration))) };
}

/** Loads the app and waits for its first grid row: navigation start to that row, and the load's long tasks. */
async function load(page: Page, open: () => Promise<unknown>): Promise<{ gridMs: number; longTasks: LongTasks }> {
  await open();
  await page.waitForFunction(() => window.benchGridAt !== undefined, undefined, { timeout: 120_000 });
  // A moment more, for what the first paint set off (the other grids' queries, the scheduler).
  await page.waitForTimeout(2000);
  const gridMs = await page.evaluate(() => window.benchGridAt!);
  return { gridMs, longTasks: await longTasksSince(page, 0) };
}

/** The last run's status, read straight from IndexedDB: the app's screen stays on the list meanwhile. */
function lastRunStatus(page: Page, databaseName: string): Promise<{ status: string; succeeded: number } | null> {
  return page.evaluate((name) => new Promise((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const cursor = db.transaction('jobRuns').objectStore('jobRuns').openCursor(null, 'prev');
      cursor.onsuccess = () => {
        const run = cursor.result?.value as { status: string; succeeded: number } | undefined;
        db.close();
        resolve(run ? { status: run.status, succeeded: run.succeeded } : null);
      };
    };
  }), databaseName);
}

export async function benchFirstScreen(browser: BrowserContext, url: string, n: number): Promise<FirstScreenFigures> {
  // Set-up on the app's own demo database, by the bench page's worker; it lets go of it on closing.
  const bench = await openBenchPage(browser, url);
  try {
    await call(bench, 'startEngine', true, HQ_DATABASE_NAME);
    log(`first screen: recording ${n} channel transactions and uploading them (set-up)`);
    await call(bench, 'prepareJobs', n);
    await call(bench, 'runUpload');
  } finally {
    await bench.close();
  }
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`app page error: ${error.message}`));
  await page.addInitScript(instrument);
  const cdp = await browser.newCDPSession(page);
  try {
    const appUrl = `${url}app/index.html#/online-transactions`;
    log('first screen: loading the app, cold then warm');
    const cold = await load(page, () => page.goto(appUrl));
    // A reload: going to the same address again would only move to its #fragment, loading nothing.
    const warm = await load(page, () => page.reload());
    const heap = await heapMb(cdp, true);
    const transactions = Number((await page.locator('.MuiTablePagination-displayedRows').first().textContent())?.match(/of ([\d,]+)/)?.[1]?.replace(/,/g, '') ?? 0);

    log('first screen: Synchronize orders from Batch jobs, watched from Online store transactions');
    await page.getByRole('link', { name: 'Batch jobs' }).click();
    await page.getByRole('region', { name: 'Run a job now, or schedule it' }).getByRole('button', { name: 'Run now' }).click();
    await page.getByRole('link', { name: 'Online store transactions' }).click();
    // Opening the screen is the person's own click: timed from when it shows, a second later.
    await page.locator('.MuiDataGrid-row').first().waitFor();
    await page.waitForTimeout(1000);
    const syncStart = await page.evaluate(() => performance.now());
    // BENCH_APP_PROFILE=file.cpuprofile: the page's main thread under the CPU profiler while the sync runs.
    const profile = process.env.BENCH_APP_PROFILE;
    if (profile) await cdp.send('Profiler.enable').then(() => cdp.send('Profiler.start'));
    let peak = 0;
    let run: { status: string; succeeded: number } | null = null;
    for (;;) {
      await page.waitForTimeout(2000);
      peak = Math.max(peak, await heapMb(cdp, false));
      run = await lastRunStatus(page, HQ_DATABASE_NAME);
      if (run && run.status !== 'Executing' && run.status !== 'Waiting') break;
    }
    const syncMs = (await page.evaluate(() => performance.now())) - syncStart;
    if (profile) await writeFile(profile, JSON.stringify((await cdp.send('Profiler.stop')).profile));
    return {
      transactions, coldGridMs: Math.round(cold.gridMs), warmGridMs: Math.round(warm.gridMs), loadLongTasks: warm.longTasks,
      syncLongTasks: await longTasksSince(page, syncStart), syncMs, ordersSynchronized: run.succeeded, heapMb: heap, syncHeapPeakMb: peak,
    };
  } finally {
    await page.close();
  }
}
