import { describe, expect, it } from 'vitest';
import type { CDPSession, Page } from 'playwright-core';
import { hostAndBrowser } from './support/app-session';
import { outcomeOf, runUploadNow } from './support/jobs';

/**
 * The storage running out in real Chromium, as it does for a user: Chromium's own quota for the
 * origin, set through the DevTools protocol (Storage.overrideQuotaForOrigin) just above what the
 * database holds, in the middle of P-0001 and of Synchronize orders.
 *
 * Chromium's IndexedDB asks its quota manager how much room is left, then grants writes from that
 * answer for up to 30 seconds without asking again, unless a write wants more than is left of it.
 * So the quota is set before the app first writes (the answer it keeps is then bounded), and when
 * lowered mid-run, one write larger than that bound, in a database of its own, makes IndexedDB ask
 * again at once: the run meets the new quota at its next chunk, as it would meet a full disk.
 */
const ROOMY_QUOTA = 64_000_000;
/** What is left once the quota is lowered: far less than a chunk, about what a person's edit takes. */
const MARGIN = 100_000;

/** What the HQ database holds, read straight from IndexedDB in the page, as an auditor would check it. */
interface Audit {
  headers: number;
  headerKeys: number;
  lines: number;
  orders: number;
  succeeded: number;
  succeededWithoutTheirOrder: number;
  transactionsWithAnOrder: number;
  numbersInARow: boolean;
  /** Upload sessions whose transactions are in HQ only in part (never allowed), and those not applied. */
  sessionsInPart: number;
  sessionsNotApplied: number;
  /** Orders Synchronize orders should take that no run has decided yet. */
  undecided: number;
  runs: { jobId: string; status: string; error: string | null; processed: number }[];
}

function audit(page: Page): Promise<Audit> {
  return page.evaluate(async () => {
    // One read-only transaction over every store audited: a consistent picture, even while a job writes.
    const names = ['RetailTransactionTable', 'RetailTransactionSalesTrans', 'RetailTransactionOrderStatus', 'salesOrders', 'jobRuns', 'uploadSessions', 'channelTransactionRecords'];
    const opened = indexedDB.open('sync-console-hq');
    const db = await new Promise<IDBDatabase>((resolve, reject) => Object.assign(opened, { onsuccess: () => resolve(opened.result), onerror: () => reject(opened.error) }));
    const tx = db.transaction(names);
    const read = names.map((name) => tx.objectStore(name).getAll());
    await new Promise((resolve, reject) => Object.assign(tx, { oncomplete: resolve, onerror: () => reject(tx.error) }));
    type Keyed = { dataAreaId: string; store: string; terminal: string; transactionId: string };
    const key = (r: Keyed) => `${r.dataAreaId}|${r.store}|${r.terminal}|${r.transactionId}`;
    const [headers, lines, statuses, orders, runs, sessions, records] = read.map((request) => request.result) as [
      Keyed[], Keyed[], (Keyed & { Status: string; SalesId: string | null; orderKind: string })[], (Keyed & { salesOrderId: string })[], Audit['runs'],
      { channelDatabaseId: string; fromSeq: number; toSeq: number; status: string }[], { channelDatabaseId: string; seq: number; tables: { RetailTransactionTable: Keyed } }[],
    ];
    db.close();
    const inHq = new Set(headers.map(key));
    const sessionsInPart = sessions.filter((s) => {
      const found = records.filter((r) => r.channelDatabaseId === s.channelDatabaseId && r.seq >= s.fromSeq && r.seq <= s.toSeq)
        .map((r) => inHq.has(key(r.tables.RetailTransactionTable)));
      return found.some(Boolean) && !found.every(Boolean);
    }).length;
    const orderOf = new Map(orders.map((o) => [key(o), o.salesOrderId]));
    const succeeded = statuses.filter((s) => s.Status === 'Succeeded');
    const numbers = orders.map((o) => Number(o.salesOrderId.replace(/\D/g, ''))).sort((a, b) => a - b);
    return {
      headers: headers.length, headerKeys: inHq.size, lines: lines.length, orders: orders.length, succeeded: succeeded.length,
      succeededWithoutTheirOrder: succeeded.filter((s) => orderOf.get(key(s)) !== s.SalesId).length,
      transactionsWithAnOrder: orderOf.size,
      numbersInARow: numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1),
      sessionsInPart, sessionsNotApplied: sessions.filter((s) => s.status !== 'Applied' && s.status !== 'Canceled').length,
      undecided: statuses.filter((s) => s.Status === 'None' && (s.orderKind === 'eCommerce' || s.orderKind === 'customerOrder')).length,
      runs: runs.map(({ jobId, status, error, processed }) => ({ jobId, status, error, processed })),
    };
  });
}

/**
 * Holds the worker's next write to a table: a read-write transaction of the page's own on it, kept
 * open until `release`. Resolves once it holds (the chunk under way, if any, has committed).
 */
function holdWrites(page: Page, table: string): Promise<void> {
  return page.evaluate((table) => new Promise<void>((held, failed) => {
    const open = indexedDB.open('sync-console-hq');
    open.onerror = () => failed(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const store = db.transaction(table, 'readwrite').objectStore(table);
      const scope = window as unknown as { releaseWrites?: boolean };
      scope.releaseWrites = false;
      const spin = (first: boolean) => {
        const request = store.count();
        request.onsuccess = () => {
          if (first) held();
          if (scope.releaseWrites) db.close();
          else spin(false);
        };
      };
      spin(true);
    };
  }), table);
}

const release = (page: Page) => page.evaluate(() => void ((window as unknown as { releaseWrites: boolean }).releaseWrites = true));

/** Lowers the origin's quota to just above what it holds, and makes IndexedDB ask for it at once (see above). */
async function fillTheDisk(page: Page, cdp: CDPSession, origin: string): Promise<void> {
  const { usage = 0 } = await page.evaluate(() => navigator.storage.estimate());
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + MARGIN });
  const asked = await page.evaluate(async (size) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('quota-probe');
      request.onupgradeneeded = () => request.result.createObjectStore('probe');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const tx = db.transaction('probe', 'readwrite');
    tx.objectStore('probe').put(new Uint8Array(size), 1);
    const outcome = await new Promise<string>((resolve) => {
      tx.oncomplete = () => resolve('written');
      tx.onabort = () => resolve(tx.error?.name ?? 'aborted');
    });
    db.close();
    await new Promise((resolve) => (indexedDB.deleteDatabase('quota-probe').onsuccess = resolve));
    return outcome;
  }, ROOMY_QUOTA);
  expect(asked, 'the probe meets the lowered quota').toBe('QuotaExceededError');
}

const liftTheQuota = (cdp: CDPSession, origin: string) => cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: ROOMY_QUOTA });

/** Waits until the run of a job is no longer under way in the history, and returns it. */
async function runEnded(page: Page, jobId: string, index: number): Promise<Audit['runs'][number]> {
  await expect.poll(async () => (await audit(page)).runs.filter((r) => r.jobId === jobId)[index]?.status, { timeout: 30_000 }).toMatch(/^(Ended|Error|Canceled)$/);
  return (await audit(page)).runs.filter((r) => r.jobId === jobId)[index]!;
}

const STOPPED_BY_FULL_DISK = /The disk is full: this run stopped after (\d+) of (\d+)\. What it saved is kept, each part whole; the part under way when the disk filled was not saved at all, not even in part\. Free disk space, or delete an imported workspace you no longer need, then run the job again: it goes on where this run stopped, without doing anything twice\./;

describe('the disk filling up in real Chromium', () => {
  const { host, browser } = hostAndBrowser();

  it('stops P-0001 and Synchronize orders in Error within seconds, in words, with every chunk whole, and each goes on once there is room', async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const origin = new URL(host().url).origin;
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: ROOMY_QUOTA });
    await page.goto(host().url);
    const banner = page.getByRole('region', { name: 'The disk is full' });

    // The demo and 1,000 more transactions, room in the number sequence for every order.
    await page.getByRole('link', { name: 'Channel databases' }).click();
    await page.getByRole('textbox', { name: 'Transactions' }).fill('1000');
    await page.getByRole('button', { name: 'Record transactions' }).click();
    await page.getByText('1,000 transactions recorded in the channel databases.').waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Number sequences' }).click();
    const sequence = page.getByRole('form', { name: 'USRT-SO' });
    await sequence.getByRole('textbox', { name: 'Largest' }).fill('999999');
    await sequence.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved.').waitFor();

    // P-0001: one session per channel database. Once the first is in, the disk fills.
    await runUploadNow(page);
    await expect.poll(async () => (await audit(page)).headers, { timeout: 30_000, interval: 20 }).toBeGreaterThan(0);
    await holdWrites(page, 'RetailTransactionTable');
    await fillTheDisk(page, cdp, origin);
    const filledAt = Date.now();
    await release(page);
    await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions'), { timeout: 30_000 }).toMatch(/^Error: /);
    expect(Date.now() - filledAt, 'ended within seconds').toBeLessThan(15_000);
    const upload = (await outcomeOf(page, 'P-0001 Channel transactions'))!;
    const [, committed] = upload.match(STOPPED_BY_FULL_DISK) ?? [];
    expect(upload).toMatch(STOPPED_BY_FULL_DISK);
    await expect.poll(() => banner.count()).toBe(1);
    const stopped = await audit(page);
    expect(stopped.headers, 'no transaction twice').toBe(stopped.headerKeys);
    expect(stopped.sessionsInPart, 'no session, no chunk, half-written').toBe(0);
    expect(stopped.sessionsNotApplied, 'the session under way is still to apply').toBeGreaterThan(0);
    expect(Number(committed), 'the counts say what was committed').toBeGreaterThanOrEqual(stopped.headers);
    // Run history shows it ended, while the disk is still full (its end is written as soon as there is room).
    await page.getByRole('link', { name: 'Run history' }).click();
    const history = page.getByRole('grid', { name: 'Run history' });
    const stoppedRun = history.getByRole('row').filter({ hasText: 'P-0001 Channel transactions' });
    await expect.poll(() => stoppedRun.getByRole('gridcell', { name: 'Error', exact: true }).count()).toBe(1);
    expect(await stoppedRun.textContent()).not.toMatch(/Executing|\d+ \/ \d+/);

    // Room again: the run's end is in the history; the next run uploads the rest, once; the banner goes.
    await liftTheQuota(cdp, origin);
    expect(await runEnded(page, 'P-0001', 0)).toMatchObject({ status: 'Error', error: expect.stringMatching(STOPPED_BY_FULL_DISK) });
    await page.getByRole('link', { name: 'Channel databases' }).click();
    await runUploadNow(page);
    await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions'), { timeout: 60_000 }).toMatch(/^Ended: /);
    const uploaded = await audit(page);
    expect(uploaded.headers).toBe(uploaded.headerKeys);
    expect(uploaded.headers).toBeGreaterThan(stopped.headers);
    expect(uploaded).toMatchObject({ sessionsInPart: 0, sessionsNotApplied: 0 });
    await expect.poll(() => banner.count()).toBe(0);

    // Synchronize orders: once its first chunk is made, the disk fills.
    await page.getByRole('link', { name: 'Batch jobs' }).click();
    const runOrSchedule = page.getByRole('region', { name: 'Run a job now, or schedule it' });
    await runOrSchedule.getByRole('button', { name: 'Run now' }).click();
    await expect.poll(async () => (await audit(page)).orders, { timeout: 30_000, interval: 20 }).toBeGreaterThan(0);
    await holdWrites(page, 'salesOrders');
    await fillTheDisk(page, cdp, origin);
    const filledAgainAt = Date.now();
    await release(page);
    await expect.poll(() => runOrSchedule.getByRole('alert').textContent(), { timeout: 30_000 }).toMatch(/^Error: /);
    expect(Date.now() - filledAgainAt, 'ended within seconds').toBeLessThan(15_000);
    expect(await runOrSchedule.getByRole('alert').textContent()).toMatch(STOPPED_BY_FULL_DISK);
    await expect.poll(() => banner.count()).toBe(1);
    expect(await banner.textContent()).toMatch(/Sync Console’s data takes .+; the browser reports .+ free for it\. Free disk space on this computer, or delete an imported workspace/);
    const halfway = await audit(page);
    expect(halfway.orders).toBeGreaterThan(0);
    expect(halfway.undecided, 'stopped in the middle').toBeGreaterThan(0);
    expect(halfway).toMatchObject({ transactionsWithAnOrder: halfway.orders, succeeded: halfway.orders, succeededWithoutTheirOrder: 0, numbersInARow: true });
    // The run's end is in the history now, or as soon as there is room: never Executing for good.
    await liftTheQuota(cdp, origin);
    expect(await runEnded(page, 'synchronize-orders', 0)).toMatchObject({ status: 'Error', error: expect.stringMatching(STOPPED_BY_FULL_DISK) });

    await runOrSchedule.getByRole('button', { name: 'Run now' }).click();
    await expect.poll(() => runOrSchedule.getByRole('alert').textContent(), { timeout: 60_000 }).toMatch(/^Ended: /);
    const end = await audit(page);
    expect(end).toMatchObject({ transactionsWithAnOrder: end.orders, succeeded: end.orders, succeededWithoutTheirOrder: 0, numbersInARow: true, undecided: 0 });
    expect(end.orders).toBeGreaterThan(halfway.orders);
    expect(end.runs.filter((r) => r.status === 'Executing' || r.status === 'Waiting')).toEqual([]);
    await expect.poll(() => banner.count()).toBe(0);
    await context.close();
  }, 180_000);
});
