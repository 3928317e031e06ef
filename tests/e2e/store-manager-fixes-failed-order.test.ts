import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { orderErrorFamily } from '../../shared/engine/order-errors';
import { seededDatabase } from '../support/memory-database';
import { uploadAndSynchronize } from '../support/fixes';
import { launchChromium } from './support/chromium';
import { startWebHost, type WebHost } from './support/web-host';
import { outcomeOf, runUploadNow } from './support/jobs';

/** The oracle: the same deterministic demo data, run by the engine in Node, names an online order that fails on the number sequence. */
async function onlineOrderFailingOnNumberSequence(): Promise<string> {
  const db = await seededDatabase();
  await uploadAndSynchronize(db);
  const failed = await db.transactions.where('pendingOrderStatus').equals('Failed')
    .filter((t) => t.kind === 'online' && orderErrorFamily(t.orderErrorDetails ?? '') === 'numberSequence').first();
  return failed!.channelReferenceId!;
}

async function openTransaction(page: Page, channelReferenceId: string) {
  await page.getByRole('link', { name: 'Online store transactions' }).click();
  await page.getByRole('searchbox', { name: 'Channel reference ID' }).fill(channelReferenceId);
  const grid = page.getByRole('grid', { name: 'Online store transactions' });
  await expect.poll(() => grid.getByRole('row').count()).toBe(2); // header and the one match
  await grid.getByRole('gridcell', { name: channelReferenceId }).click();
}

const field = (page: Page, name: string) => page.getByRole('group', { name, exact: true });

describe('a store manager fixes an online order that did not become a sales order', () => {
  let host: WebHost;
  let browser: Browser;
  let reference: string;

  beforeAll(async () => {
    [host, browser, reference] = await Promise.all([startWebHost(), launchChromium(), onlineOrderFailingOnNumberSequence()]);
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
    await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions')).toMatch(/^Ended: 384 processed, 384 succeeded/);
    await page.getByRole('link', { name: 'Batch jobs' }).click();
    const runOrSchedule = page.getByRole('region', { name: 'Run a job now, or schedule it' });
    await runOrSchedule.getByRole('button', { name: 'Run now' }).click(); // Synchronize orders, all stores: the defaults
    await expect.poll(() => runOrSchedule.getByRole('alert').textContent(), { timeout: 60_000 }).toMatch(/^Ended: 360 processed, 80 succeeded, 280 failed/);

    await openTransaction(page, reference);
    await expect.poll(() => field(page, 'Order error details').textContent()).toContain('Number sequence has been exceeded.');
    await expect.poll(() => field(page, 'Pending order status').textContent()).toContain('Failed');

    await page.getByRole('link', { name: 'Open Number sequences' }).click();
    const salesOrders = page.getByRole('form', { name: 'USRT-SO' });
    const largest = salesOrders.getByRole('textbox', { name: 'Largest' });
    await largest.fill('12x');
    await salesOrders.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Largest must be a whole number.').count()).toBe(1);
    await largest.fill('999999');
    await salesOrders.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Saved.').count()).toBe(1);

    await openTransaction(page, reference);
    await page.getByRole('button', { name: 'Synchronize order' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toMatch(/^1 synchronized: 1 succeeded, 0 failed/);
    await expect.poll(() => field(page, 'Pending order status').textContent()).toContain('Succeeded');
    const salesOrder = await field(page, 'Sales order').textContent();
    expect(salesOrder).toMatch(/SO-014401/);

    await page.reload();
    await openTransaction(page, reference);
    await expect.poll(() => field(page, 'Pending order status').textContent()).toContain('Succeeded');
    expect(await field(page, 'Sales order').textContent()).toBe(salesOrder);
    expect(await field(page, 'Order error details').textContent()).not.toContain('Number sequence');
    await page.getByRole('link', { name: 'Number sequences' }).click();
    await expect.poll(() => page.getByRole('form', { name: 'USRT-SO' }).getByRole('textbox', { name: 'Largest' }).inputValue()).toBe('999999');
    expect(errors).toEqual([]);
    await context.close();
  });
});
