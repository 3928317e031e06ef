import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { keyOf, keyTuple } from '../../shared/orders/transaction-entities';
import { HqEngine } from '../../shared/engine/hq-engine';
import { familyOfCause } from '../../shared/orders/order-errors';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { fixes, uploadAndSynchronize, type ErrorFamily } from '../support/fixes';
import { launchChromium } from './support/chromium';
import { startWebHost, type WebHost } from './support/web-host';
import { outcomeOf, runUploadNow } from './support/jobs';
import { KEY_INDEX } from '../../shared/db/retail-transaction-tables';

const TRANSACTION_ID = 'FAB-W-000007'; // the demo's online order whose first line has no quantity

interface DataErrorCase {
  reference: string;
  errorDetail: string;
  /** The configuration errors the corrected order would meet next, in the order it meets them. */
  families: ErrorFamily[];
  salesOrder: string;
}

/**
 * The oracle: the same deterministic demo data, run by the engine in Node. It names the order's
 * Channel reference ID and its error, then corrects the quantity and synchronizes until the
 * order succeeds, noting which of HQ's configuration fixes that took and the sales order it got.
 */
async function quantityMissingOrder(): Promise<DataErrorCase> {
  const db = await seededDatabase();
  await uploadAndSynchronize(db);
  const status = (await db.RetailTransactionOrderStatus.filter((s) => s.transactionId === TRANSACTION_ID).first())!;
  const header = (await db.RetailTransactionTable.get(keyTuple(status)))!;
  const line = (await db.RetailTransactionSalesTrans.where(KEY_INDEX).equals(keyTuple(status)).first())!;
  const key = keyOf(status);
  const engine = new HqEngine(db, steppingClock());
  await engine.execute({ type: 'setOrderEditing', key, editing: true });
  await engine.execute({ type: 'saveTransactionEdits', key, user: 'oracle', changes: [{ entity: 'RetailTransactionSalesTrans', lineId: line.id!, field: 'qty', value: '-2' }] });
  await engine.execute({ type: 'setOrderEditing', key, editing: false });
  const families: ErrorFamily[] = [];
  for (let attempt = 0; attempt < 4; attempt++) {
    await engine.execute({ type: 'synchronizeOrders', keys: [key] });
    const after = (await db.RetailTransactionOrderStatus.get(keyTuple(key)))!;
    if (after.Status === 'Succeeded') return { reference: header.ChannelReferenceId!, errorDetail: status.ErrorDetail!, families, salesOrder: after.SalesId! };
    // Every configuration family it still fails for, each named with the failure.
    for (const family of new Set(after.ErrorCauses.map(familyOfCause))) {
      if (!(family in fixes)) throw new Error(`the corrected order fails on its own data: ${after.ErrorDetail}`);
      families.push(family as ErrorFamily);
      await fixes[family as ErrorFamily](db);
    }
  }
  throw new Error('the corrected order never succeeded');
}

/** The administrator's fix for each configuration family, made on its own screen. */
const fixOnScreen: Record<ErrorFamily, (page: Page) => Promise<void>> = {
  numberSequence: async (page) => {
    await page.getByRole('link', { name: 'Number sequences' }).click();
    const salesOrders = page.getByRole('form', { name: 'USRT-SO' });
    await salesOrders.getByRole('textbox', { name: 'Largest' }).fill('999999');
    await salesOrders.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => salesOrders.getByText('Saved.').count()).toBe(1);
  },
  paymentService: async (page) => {
    await page.getByRole('link', { name: 'Payment services' }).click();
    await page.getByRole('switch', { name: 'Default processor for new credit cards: Adyen payment connector' }).click();
    await expect.poll(() => page.getByText('Adyen payment connector saved.').count()).toBe(1);
  },
  accountStructure: async (page) => {
    await page.getByRole('link', { name: 'Account structures' }).click();
    const expenses = page.getByRole('form', { name: 'Expenses: MainAccount-CostCenter' });
    await expenses.getByRole('textbox', { name: 'To' }).first().fill('699999');
    await expenses.getByRole('button', { name: 'Remove range 2' }).click();
    await expenses.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => expenses.getByText('Saved.').count()).toBe(1);
  },
};

async function openTransaction(page: Page, channelReferenceId: string): Promise<Locator> {
  await page.getByRole('link', { name: 'Online store transactions' }).click();
  await page.getByRole('searchbox', { name: 'Channel reference ID' }).fill(channelReferenceId);
  const grid = page.getByRole('grid', { name: 'Online store transactions' });
  await expect.poll(() => grid.getByRole('row').count()).toBe(2); // header and the one match
  await grid.getByRole('gridcell', { name: channelReferenceId }).click();
  return page.getByRole('region', { name: 'Transaction details' });
}

/** The value under a labelled field of the Synchronization status tab (the group's text after its caption). */
const field = (details: Locator, name: string) => ({
  textContent: async () => (await details.getByRole('group', { name, exact: true }).textContent())?.slice(name.length) ?? null,
});

/** The cell of a grid's first data row under the column with this header. */
async function cellUnder(grid: Locator, header: string): Promise<Locator> {
  const column = Number(await grid.getByRole('columnheader', { name: header, exact: true }).getAttribute('aria-colindex'));
  return grid.getByRole('row').nth(1).getByRole('gridcell').nth(column - 1);
}

const cellTexts = (row: Locator) => row.getByRole('cell').allTextContents();

describe('a store manager corrects an online order whose own data failed it, with an audit trail', () => {
  let host: WebHost;
  let browser: Browser;
  let order: DataErrorCase;

  beforeAll(async () => {
    [host, browser, order] = await Promise.all([startWebHost(), launchChromium(), quantityMissingOrder()]);
  });
  afterAll(async () => {
    await browser?.close();
    host?.stop();
  });

  it('edits the missing quantity (refusing an invalid one), saves with an audit row, synchronizes, and it all survives a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } }); // a fresh profile
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(host.url);

    await runUploadNow(page);
    await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions'), { timeout: 60_000 }).toMatch(/^Ended: /);
    await page.getByRole('link', { name: 'Batch jobs' }).click();
    const runOrSchedule = page.getByRole('region', { name: 'Run a job now, or schedule it' });
    await runOrSchedule.getByRole('button', { name: 'Run now' }).click(); // Synchronize orders, all stores
    await expect.poll(() => runOrSchedule.getByRole('alert').textContent(), { timeout: 60_000 }).toMatch(/^Ended: /);
    // The corrected order would next fail on HQ's configuration: fix that first, as the oracle found.
    for (const family of order.families) await fixOnScreen[family](page);

    let details = await openTransaction(page, order.reference);
    // The data error first; a configuration family it fails for too follows it, a line each.
    expect(order.errorDetail.split('\n')[0]).toBe('Sales transactions, line 1: quantity is missing.');
    await expect.poll(() => field(details, 'Order error details').textContent()).toBe(order.errorDetail);
    expect(await field(details, 'Pending order status').textContent()).toBe('Failed');
    expect(await field(details, 'Manually modified').textContent()).toBe('No');

    await details.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect.poll(() => field(details, 'Pending order status').textContent()).toBe('Editing');
    expect(await details.getByRole('status').textContent()).toContain('Synchronize orders and Synchronize order leave this transaction alone');
    expect(await details.getByRole('button', { name: 'Synchronize order' }).isDisabled()).toBe(true);

    await details.getByRole('tab', { name: 'Sales transactions' }).click();
    const lines = details.getByRole('grid', { name: 'Sales transactions' });
    const quantity = await cellUnder(lines, 'Quantity');
    await quantity.click();
    await page.keyboard.press('Enter'); // edit from the keyboard
    const editor = lines.getByRole('textbox', { name: 'New value: Quantity, line 1' });
    await editor.fill('abc');
    await editor.press('Enter');
    await expect.poll(() => details.getByRole('alert').filter({ hasText: "Quantity is not a number ('abc')." }).count()).toBe(1);
    expect(await editor.isVisible()).toBe(true); // refused: the cell stays in its editor
    expect(await details.getByRole('button', { name: 'Save', exact: true }).isDisabled()).toBe(true);
    expect(await details.getByRole('table', { name: 'Changes to save' }).count()).toBe(0);

    await editor.fill('-2');
    await editor.press('Enter');
    const changes = details.getByRole('table', { name: 'Changes to save' });
    await expect.poll(() => changes.getByRole('row').count()).toBe(2);
    expect(await cellTexts(changes.getByRole('row').nth(1))).toEqual(['1', 'Quantity', '(empty)', '-2']);
    expect(await quantity.textContent()).toBe('-2');
    expect(await quantity.getByTitle('Old value: (empty)').count()).toBe(1);
    expect(await details.getByRole('alert').filter({ hasText: 'is not a number' }).count()).toBe(0);

    await details.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => details.getByText('1 change saved.').count()).toBe(1);
    expect(await changes.count()).toBe(0);
    await details.getByRole('button', { name: 'View audit trail' }).click();
    let audit = page.getByRole('dialog', { name: 'Audit trail: Sales transactions' });
    await expect.poll(() => audit.getByRole('row').count()).toBe(2);
    const [when, ...auditRow] = await cellTexts(audit.getByRole('row').nth(1));
    expect(when).toMatch(/^\d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}:\d{2}$/); // as the English UI writes a date and time
    expect(auditRow).toEqual(['1', 'Quantity', '(empty)', '-2', 'Administrator']); // the browser host's user
    await audit.getByRole('button', { name: 'Close' }).click();

    await details.getByRole('tab', { name: 'Synchronization status' }).click();
    expect(await field(details, 'Manually modified').textContent()).toBe('Yes');
    expect(await field(details, 'Last edit user').textContent()).toBe('Administrator');
    await details.getByRole('button', { name: 'Finish editing' }).click();
    await expect.poll(() => field(details, 'Pending order status').textContent()).toBe('Failed');
    await details.getByRole('button', { name: 'Synchronize order' }).click();
    await expect.poll(() => details.getByRole('alert').filter({ hasText: /^1 synchronized/ }).textContent()).toMatch(/^1 synchronized: 1 succeeded, 0 failed/);
    await expect.poll(() => field(details, 'Pending order status').textContent()).toBe('Succeeded');
    expect(await field(details, 'Sales order').textContent()).toBe(order.salesOrder);
    expect(await details.getByRole('button', { name: 'Edit', exact: true }).isDisabled()).toBe(true); // a sales order cannot be unmade

    await page.reload();
    details = await openTransaction(page, order.reference);
    await expect.poll(() => field(details, 'Pending order status').textContent()).toBe('Succeeded');
    expect(await field(details, 'Sales order').textContent()).toBe(order.salesOrder);
    expect(await field(details, 'Order error details').textContent()).toBe('—');
    expect(await field(details, 'Manually modified').textContent()).toBe('Yes');
    expect(await field(details, 'Last edit user').textContent()).toBe('Administrator');
    const log = details.getByRole('table', { name: 'Synchronization log' });
    await expect.poll(() => log.getByRole('row').count()).toBe(3); // header, the manual success, the job's failure
    expect((await cellTexts(log.getByRole('row').nth(1))).slice(1)).toEqual(['Manual', 'Succeeded', order.salesOrder]);
    expect((await cellTexts(log.getByRole('row').nth(2))).slice(1)).toEqual([expect.stringMatching(/^Job run \d+$/), 'Failed', order.errorDetail]);

    await details.getByRole('tab', { name: 'Sales transactions' }).click();
    expect(await (await cellUnder(details.getByRole('grid', { name: 'Sales transactions' }), 'Quantity')).textContent()).toBe('-2');
    await details.getByRole('button', { name: 'View audit trail' }).click();
    audit = page.getByRole('dialog', { name: 'Audit trail: Sales transactions' });
    await expect.poll(() => audit.getByRole('row').count()).toBe(2);
    expect((await cellTexts(audit.getByRole('row').nth(1))).slice(1)).toEqual(['1', 'Quantity', '(empty)', '-2', 'Administrator']);
    expect(errors).toEqual([]);
    await context.close();
  });
});
