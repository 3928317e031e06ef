import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import type { RunCounts } from '../../shared/runner/job-runs';
import { keyTuple } from '../../shared/orders/transaction-entities';
import { formatSequenceNumber } from '../../shared/configuration/number-sequence-rules';
import { orderErrorFamily } from '../../shared/orders/order-errors';
import { seededDatabase } from '../support/memory-database';
import { uploadAndSynchronize } from '../support/fixes';
import { launchChromium } from './support/chromium';
import { startWebHost, type WebHost } from './support/web-host';
import { outcomeOf, runUploadNow } from './support/jobs';
import { SALES_ORDER_SEQUENCE } from '../../shared/demo/demo-organization';

interface Oracle {
  reference: string;
  /** What P-0001 and Synchronize orders say when they end, and the sales order the fixed order gets. */
  upload: RunCounts;
  synchronize: RunCounts;
  salesOrder: string;
}

/**
 * The oracle: the same deterministic demo data, run by the engine in Node, names an online order
 * that fails on the number sequence, the two runs' counts, and the number the sequence gives next.
 */
async function onlineOrderFailingOnNumberSequence(): Promise<Oracle> {
  const db = await seededDatabase();
  const synchronize = await uploadAndSynchronize(db);
  const failed = (await db.RetailTransactionOrderStatus.where('Status').equals('Failed')
    .filter((s) => s.channelKind === 'online' && orderErrorFamily(s.ErrorDetail ?? '') === 'numberSequence').first())!;
  const header = (await db.RetailTransactionTable.get(keyTuple(failed)))!;
  const upload = (await db.jobRuns.where('jobId').equals('P-0001').first())!;
  const sequence = (await db.numberSequences.get(SALES_ORDER_SEQUENCE))!;
  return { reference: header.ChannelReferenceId!, upload, synchronize, salesOrder: formatSequenceNumber(sequence, sequence.next) };
}

const counted = ({ processed, succeeded, failed }: RunCounts) => `${processed} processed, ${succeeded} succeeded, ${failed} failed`;

async function openTransaction(page: Page, channelReferenceId: string): Promise<Locator> {
  await page.getByRole('link', { name: 'Online store transactions', exact: true }).click();
  await page.getByRole('searchbox', { name: 'Channel reference ID' }).fill(channelReferenceId);
  const grid = page.getByRole('grid', { name: 'Online store transactions' });
  await expect.poll(() => grid.getByRole('row').count()).toBe(2); // header and the one match
  await grid.getByRole('gridcell', { name: channelReferenceId }).click();
  return page.getByRole('region', { name: 'Transaction details' });
}

const field = (details: Locator, name: string) => details.getByRole('group', { name, exact: true });

describe('a store manager fixes an online order that did not become a sales order', () => {
  let host: WebHost;
  let browser: Browser;
  let oracle: Oracle;

  beforeAll(async () => {
    [host, browser, oracle] = await Promise.all([startWebHost(), launchChromium(), onlineOrderFailingOnNumberSequence()]);
  });
  afterAll(async () => {
    await browser?.close();
    host?.stop();
  });

  it('runs the jobs, reads the error, raises the number sequence, synchronizes, and it all survives a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } }); // a fresh profile
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(host.url);

    await runUploadNow(page);
    await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions'), { timeout: 60_000 }).toMatch(new RegExp(`^Ended: ${counted(oracle.upload)}`));
    await page.getByRole('link', { name: 'Batch jobs' }).click();
    const runOrSchedule = page.getByRole('region', { name: 'Run a job now, or schedule it' });
    await runOrSchedule.getByRole('button', { name: 'Run now' }).click(); // Synchronize orders, all stores: the defaults
    await expect.poll(() => runOrSchedule.getByRole('alert').textContent(), { timeout: 60_000 }).toMatch(new RegExp(`^Ended: ${counted(oracle.synchronize)}`));

    let details = await openTransaction(page, oracle.reference);
    await expect.poll(() => field(details, 'Order error details').textContent()).toContain('Number sequence has been exceeded.');
    await expect.poll(() => field(details, 'Pending order status').textContent()).toContain('Failed');
    const log = details.getByRole('table', { name: 'Synchronization log' });
    await expect.poll(() => log.getByRole('row').count()).toBe(2); // header and the job run's attempt
    expect(await log.getByRole('row').nth(1).textContent()).toMatch(/Job run \d+FailedNumber sequence has been exceeded\.$/);

    await details.getByRole('link', { name: 'Open Number sequences' }).click();
    const salesOrders = page.getByRole('form', { name: 'USRT-SO' });
    const largest = salesOrders.getByRole('textbox', { name: 'Largest' });
    await largest.fill('12x');
    await salesOrders.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Largest must be a whole number.').count()).toBe(1);
    await largest.fill('999999');
    await salesOrders.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Saved.').count()).toBe(1);

    // Clicking the row opened it (and ticked nothing): Synchronize order at the top of the page acts on it, and says so.
    details = await openTransaction(page, oracle.reference);
    const selection = page.getByRole('region', { name: 'Selected transactions' });
    await expect.poll(() => selection.textContent()).toContain('Synchronize order (1)None ticked: acts on the open row');
    await selection.getByRole('button', { name: 'Synchronize order' }).click();
    await expect.poll(() => selection.getByRole('alert').textContent()).toMatch(/^1 synchronized: 1 succeeded, 0 failed/);
    await expect.poll(() => field(details, 'Pending order status').textContent()).toContain('Succeeded');
    const salesOrder = await field(details, 'Sales order').textContent();
    expect(salesOrder).toContain(oracle.salesOrder);

    await page.reload();
    details = await openTransaction(page, oracle.reference);
    await expect.poll(() => field(details, 'Pending order status').textContent()).toContain('Succeeded');
    expect(await field(details, 'Sales order').textContent()).toBe(salesOrder);
    expect(await field(details, 'Order error details').textContent()).not.toContain('Number sequence');
    expect(await field(details, 'Manually modified').textContent()).toContain('No'); // configuration was fixed, not the transaction
    await expect.poll(() => log.getByRole('row').count()).toBe(3);
    expect(await log.getByRole('row').nth(1).textContent()).toMatch(new RegExp(`ManualSucceeded${oracle.salesOrder}$`));
    await page.getByRole('link', { name: 'Number sequences' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'USRT-SO' }).getByRole('textbox', { name: 'Largest' }).inputValue()).toBe('999999');
    expect(errors).toEqual([]);
    await context.close();
  });
});
