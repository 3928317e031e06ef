import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { hostAndBrowser } from './support/app-session';
import { outcomeOf, runUploadNow } from './support/jobs';

/** What the HQ database holds, read straight from IndexedDB in the page, as an auditor would check it. */
interface Audit {
  channelRecords: number;
  headers: number;
  statuses: number;
  succeeded: number;
  orders: number;
  transactionsWithAnOrder: number;
  succeededWithoutTheirOrder: number;
  numbersInARow: boolean;
  interrupted: number;
  underWay: number;
  /** Orders Synchronize orders should take that no run has decided yet (neither Succeeded nor Failed). */
  undecided: number;
}

function audit(page: Page): Promise<Audit> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sync-console-hq');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = <T,>(store: string) => new Promise<T[]>((resolve, reject) => {
      const request = db.transaction(store).objectStore(store).getAll();
      request.onsuccess = () => resolve(request.result as T[]);
      request.onerror = () => reject(request.error);
    });
    type Keyed = { dataAreaId: string; store: string; terminal: string; transactionId: string };
    const key = (r: Keyed) => `${r.dataAreaId}|${r.store}|${r.terminal}|${r.transactionId}`;
    const [records, headers, statuses, orders, runs] = await Promise.all([
      all<unknown>('channelTransactionRecords'), all<Keyed>('RetailTransactionTable'), all<Keyed & { Status: string; SalesId: string | null; orderKind: string }>('RetailTransactionOrderStatus'),
      all<Keyed & { salesOrderId: string }>('salesOrders'), all<{ jobId: string; status: string; error: string | null }>('jobRuns'),
    ]);
    db.close();
    const orderOf = new Map(orders.map((o) => [key(o), o.salesOrderId]));
    const succeeded = statuses.filter((s) => s.Status === 'Succeeded');
    const numbers = orders.map((o) => Number(o.salesOrderId.replace(/\D/g, ''))).sort((a, b) => a - b);
    return {
      channelRecords: records.length, headers: headers.length, statuses: statuses.length, succeeded: succeeded.length, orders: orders.length,
      transactionsWithAnOrder: orderOf.size,
      succeededWithoutTheirOrder: succeeded.filter((s) => orderOf.get(key(s)) !== s.SalesId).length,
      numbersInARow: numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1),
      interrupted: runs.filter((r) => r.jobId === 'synchronize-orders' && r.status === 'Error' && r.error?.startsWith('Interrupted')).length,
      underWay: runs.filter((r) => r.status === 'Executing' || r.status === 'Waiting').length,
      undecided: statuses.filter((s) => s.Status === 'None' && (s.orderKind === 'eCommerce' || s.orderKind === 'customerOrder')).length,
    };
  });
}

async function startSynchronizeOrders(page: Page) {
  await page.getByRole('link', { name: 'Batch jobs' }).click();
  const runOrSchedule = page.getByRole('region', { name: 'Run a job now, or schedule it' });
  await runOrSchedule.getByRole('button', { name: 'Run now' }).click(); // Synchronize orders, all stores: the defaults
  return runOrSchedule;
}

async function reopen(context: BrowserContext, url: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole('link', { name: 'Batch jobs' }).waitFor();
  return page;
}

describe('a page killed in the middle of a large Synchronize orders', () => {
  const { host, browser } = hostAndBrowser();

  it('leaves no duplicate and loses nothing, each time, and shows the run it cut short as interrupted', async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
    let page = await reopen(context, host().url);
    // A large sync: the demo and 2,000 more transactions, and room in the number sequence for them all.
    await page.getByRole('link', { name: 'Channel databases' }).click();
    const demo = (await audit(page)).channelRecords;
    for (let i = 1; i <= 2; i++) {
      await page.getByRole('textbox', { name: 'Transactions' }).fill('1000');
      await page.getByRole('button', { name: 'Record transactions' }).click();
      await expect.poll(async () => (await audit(page)).channelRecords, { timeout: 30_000 }).toBe(demo + 1000 * i);
    }
    await page.getByRole('link', { name: 'Number sequences' }).click();
    const sequence = page.getByRole('form', { name: 'USRT-SO' });
    await sequence.getByRole('textbox', { name: 'Largest' }).fill('999999');
    await sequence.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Saved.').count()).toBe(1);
    // P-0001 packages a bounded session per channel database and run: it runs until all is uploaded.
    for (let run = 0; run < 10 && (await audit(page)).headers < demo + 2_000; run++) {
      await runUploadNow(page);
      await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions'), { timeout: 60_000 }).toMatch(/^Ended: /);
      await page.getByRole('link', { name: 'Channel databases' }).click(); // leaves the row, so the next outcome is the next run's
    }
    const uploaded = await audit(page);
    expect(uploaded.headers).toBeGreaterThan(2_000);

    let kills = 0;
    let last = uploaded;
    for (; kills < 3; kills++) {
      const before = await audit(page);
      await startSynchronizeOrders(page);
      // Killed once the run has committed some of its chunks, never all of them.
      await expect.poll(async () => (await audit(page)).orders, { timeout: 30_000, interval: 20 }).toBeGreaterThan(before.orders);
      if ((await audit(page)).underWay === 0) break; // the run already ended: nothing left to cut short
      await page.close({ runBeforeUnload: false });
      page = await reopen(context, host().url);
      const after = await audit(page);
      expect(after.headers, 'nothing lost').toBe(uploaded.headers);
      expect(after.statuses, 'nothing lost').toBe(uploaded.statuses);
      expect(after.transactionsWithAnOrder, 'no duplicate').toBe(after.orders);
      expect(after.orders, 'each sales order has its Succeeded status').toBe(after.succeeded);
      expect(after.succeededWithoutTheirOrder).toBe(0);
      expect(after.numbersInARow, 'no gap, no number twice').toBe(true);
      expect(after.interrupted, 'the cut-short run is marked').toBe(kills + 1);
      expect(after.underWay).toBe(0);
      last = after;
    }
    expect(kills).toBe(3);
    // Run history shows the interrupted runs in words.
    await page.getByRole('link', { name: 'Run history' }).click();
    const history = page.getByRole('grid', { name: 'Run history' });
    await expect.poll(() => history.getByRole('row').filter({ hasText: 'Synchronize orders' }).filter({ hasText: 'Error' }).count()).toBe(kills);

    // Run to the end: every order the interrupted runs did not make is made, once.
    const runOrSchedule = await startSynchronizeOrders(page);
    await expect.poll(() => runOrSchedule.getByRole('alert').textContent(), { timeout: 60_000 }).toMatch(/^Ended: /);
    const end = await audit(page);
    expect(end.transactionsWithAnOrder).toBe(end.orders);
    expect(end.orders).toBe(end.succeeded);
    expect(end.numbersInARow).toBe(true);
    expect(end.succeeded).toBeGreaterThan(last.succeeded);
    expect(end.undecided).toBe(0);
    await context.close();
  }, 120_000);
});
