import { beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { keyTuple } from '../../shared/orders/transaction-entities';
import { HqEngine } from '../../shared/engine/hq-engine';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { uploadAll, uploadAndSynchronize } from '../support/fixes';
import { hostAndBrowser } from './support/app-session';
import { outcomeOf, runUploadNow } from './support/jobs';
import { axeViolations, injectAxe } from './support/axe';
import { contrast, focusRing } from './support/focus-ring';

interface Oracle {
  /** An online order that fails on its own when synchronized right after P-0001 (no payment service is the default). */
  failing: string;
  /** A customer operation that fails for its missing ZIP/postal code: its id and name. */
  zip: { operationId: string; name: string };
}

/** The same deterministic demo data, run by the engine in Node, names the records the scenarios use. */
async function oracle(): Promise<Oracle> {
  const full = await seededDatabase();
  await uploadAndSynchronize(full);
  const paymentFailures = await full.RetailTransactionOrderStatus.where('Status').equals('Failed')
    .filter((s) => s.channelKind === 'online' && s.ErrorCauses.includes('paymentService')).toArray();
  const db = await seededDatabase();
  const engine = new HqEngine(db, steppingClock());
  await uploadAll(db, engine);
  const [candidate] = paymentFailures;
  await engine.execute({ type: 'synchronizeOrders', keys: [candidate!] });
  expect((await db.RetailTransactionOrderStatus.get(keyTuple(candidate!)))?.Status).toBe('Failed');
  const header = (await full.RetailTransactionTable.get(keyTuple(candidate!)))!;

  await engine.execute({ type: 'runJob', job: { jobId: 'synchronize-customers' }, trigger: 'manual', batchJobId: null });
  const zip = (await db.asyncCustomers.where('status').equals('Failed').toArray()).find((o) => o.lastKnownError?.includes('ZIP/postal code'))!;
  return { failing: header.ChannelReferenceId!, zip: { operationId: zip.operationId, name: zip.name } };
}

const field = (region: Locator, name: string) => ({
  textContent: async () => (await region.getByRole('group', { name, exact: true }).textContent())?.slice(name.length) ?? null,
});
const hash = (page: Page) => page.evaluate(() => window.location.hash);

async function chooseStatus(page: Page, status: string): Promise<void> {
  await page.getByRole('combobox', { name: 'Pending order status' }).click();
  await page.getByRole('option', { name: status, exact: true }).click();
}

async function runBatchJob(page: Page, job: string | null): Promise<void> {
  await page.getByRole('link', { name: 'Batch jobs' }).click();
  const runOrSchedule = page.getByRole('region', { name: 'Run a job now, or schedule it' });
  if (job) {
    await runOrSchedule.getByRole('combobox', { name: 'Job' }).click();
    await page.getByRole('option', { name: job }).click();
  }
  await runOrSchedule.getByRole('button', { name: 'Run now' }).click();
  await expect.poll(() => runOrSchedule.getByRole('alert').textContent(), { timeout: 60_000 }).toMatch(/^Ended: /);
}

/** What the focused element is called: its label, or its text. */
const focusedName = (page: Page) => page.evaluate(() => {
  const element = document.activeElement as HTMLElement & { labels?: NodeListOf<HTMLLabelElement> };
  return (element.getAttribute('aria-label') ?? element.labels?.[0]?.textContent ?? element.textContent ?? '').trim();
});

describe('a day at work without surprises', () => {
  const app = hostAndBrowser();
  let names: Oracle;
  beforeAll(async () => {
    names = await oracle();
  });

  it('acts only on the rows on screen, asks before unsaved values are lost, and fixes a failed order by keyboard in 20 keys', async () => {
    const context = await app.browser().newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(app.host().url);
    await runUploadNow(page);
    await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions'), { timeout: 60_000 }).toMatch(/^Ended: /);

    // One order fails, synchronized by itself; every other online order is Not synchronized.
    await page.getByRole('link', { name: 'Online store transactions' }).click();
    await page.getByRole('searchbox', { name: 'Channel reference ID' }).fill(names.failing);
    const grid = page.getByRole('grid', { name: 'Online store transactions' });
    const rows = grid.locator('.MuiDataGrid-row[data-id]');
    await expect.poll(() => rows.count()).toBe(1);
    await grid.getByRole('gridcell', { name: names.failing }).click();
    const details = page.getByRole('region', { name: 'Transaction details' });
    await details.getByRole('button', { name: 'Synchronize order' }).click();
    await expect.poll(() => field(details, 'Pending order status').textContent()).toBe('Failed');
    await page.getByRole('button', { name: 'Clear filters' }).click();

    // 1. Selection is what you see. Tick two among Not synchronized: the action says 2.
    await chooseStatus(page, 'Not synchronized');
    await expect.poll(() => rows.count()).toBeGreaterThan(3); // the rows drawn of the 25 on the page
    const bar = page.getByRole('region', { name: 'Selected transactions' });
    const synchronize = bar.getByRole('button', { name: /^Synchronize order/ });
    const ticked = await Promise.all([0, 1].map((i) => rows.nth(i).getAttribute('data-id')));
    for (const i of [0, 1]) await rows.nth(i).getByRole('checkbox').check();
    await expect.poll(() => synchronize.textContent()).toBe('Synchronize order (2)');
    expect(await bar.textContent()).toContain('2 selected');
    // A click on a row shows it and ticks nothing.
    await rows.nth(3).locator('[data-field="reference"]').click();
    await expect.poll(() => details.count()).toBe(1);
    expect(await rows.nth(3).getByRole('checkbox').isChecked()).toBe(false);
    expect(await synchronize.textContent()).toBe('Synchronize order (2)');
    // Another page clears the selection; coming back does not bring it back.
    await page.getByRole('button', { name: 'Go to next page' }).click();
    await expect.poll(() => synchronize.textContent()).toBe('Synchronize order (0)');
    await page.getByRole('button', { name: 'Go to previous page' }).click();
    await expect.poll(() => rows.first().getAttribute('data-id')).toBe(ticked[0]);
    expect(await rows.nth(0).getByRole('checkbox').isChecked()).toBe(false);
    // Ticked again (Space on a row ticks it too), then the filter switches to Failed: the two are hidden, so no longer selected.
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).locator('[data-field="reference"]').click();
    await page.keyboard.press('Space');
    await expect.poll(() => synchronize.textContent()).toBe('Synchronize order (2)');
    await chooseStatus(page, 'Failed');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => synchronize.textContent()).toBe('Synchronize order (0)');
    // The one visible row, clicked: Synchronize order acts on it alone, and says so first.
    await rows.first().locator('[data-field="reference"]').click();
    await expect.poll(() => synchronize.textContent()).toBe('Synchronize order (1)');
    expect(await bar.textContent()).toContain('None ticked: acts on the open row');
    await synchronize.click();
    await expect.poll(() => bar.getByRole('alert').textContent()).toMatch(/^1 synchronized: 0 succeeded, 1 failed/);
    // The two ticked rows the filter hid were left alone.
    await chooseStatus(page, 'Not synchronized');
    await expect.poll(() => rows.first().getAttribute('data-id')).toBe(ticked[0]);
    expect(await rows.nth(1).getAttribute('data-id')).toBe(ticked[1]);

    // 2. No edit is lost. The failed order, edited and not saved:
    await chooseStatus(page, 'Failed');
    await rows.first().locator('[data-field="reference"]').click();
    await details.getByRole('button', { name: 'Edit', exact: true }).click();
    await expect.poll(() => field(details, 'Pending order status').textContent()).toBe('Editing');
    expect(await field(details, 'Editing set by').textContent()).toMatch(/^Administrator, \d{2}\/\d{2}\/\d{4}, /);
    await details.getByRole('tab', { name: /^Sales transactions/ }).click();
    const lines = details.getByRole('grid', { name: 'Sales transactions' });
    const quantityColumn = Number(await lines.getByRole('columnheader', { name: 'Quantity', exact: true }).getAttribute('aria-colindex'));
    await lines.getByRole('row').nth(1).getByRole('gridcell').nth(quantityColumn - 1).click();
    await page.keyboard.press('Enter');
    await lines.getByRole('textbox', { name: /^New value: Quantity/ }).fill('-17');
    await page.keyboard.press('Enter');
    await expect.poll(() => details.getByText('1 change to save').count()).toBe(1);
    // Synchronize refuses while the record it would take has unsaved values, and says why.
    await chooseStatus(page, 'Editing');
    await expect.poll(() => synchronize.textContent()).toBe('Synchronize order (1)');
    expect(await synchronize.isDisabled()).toBe(true);
    expect(await bar.textContent()).toContain(`Save or discard the changes to ${names.failing} first`);
    expect(await page.getByRole('button', { name: /^Synchronize all that match/ }).isDisabled()).toBe(true);
    const recordHash = await hash(page);
    // A link in the sidebar asks first; Stay keeps everything as it was.
    await page.getByRole('link', { name: 'Store financials' }).click();
    const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
    await expect.poll(() => leave.textContent()).toContain(`${names.failing}: it stays in Editing`);
    await injectAxe(page);
    expect(await axeViolations(page)).toEqual([]);
    await leave.getByRole('button', { name: 'Stay' }).click();
    await expect.poll(() => hash(page)).toBe(recordHash);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Online store transactions');
    expect(await details.getByText('1 change to save').count()).toBe(1);
    // So does back, and so does opening another row of the list.
    await page.evaluate(() => window.history.back());
    await leave.getByRole('button', { name: 'Stay' }).click();
    await expect.poll(() => hash(page)).toBe(recordHash);
    await chooseStatus(page, 'Not synchronized');
    await rows.first().locator('[data-field="reference"]').click();
    await leave.getByRole('button', { name: 'Stay' }).click();
    expect(await details.getByText('1 change to save').count()).toBe(1);
    // A reload asks through the browser's own question.
    const asked = new Promise<string>((resolve) => page.once('dialog', (dialog) => {
      resolve(dialog.type());
      void dialog.dismiss();
    }));
    await page.evaluate(() => setTimeout(() => window.location.reload(), 0));
    expect(await asked).toBe('beforeunload');
    expect(await details.getByText('1 change to save').count()).toBe(1);
    // Leaving without saving: Store financials shows the order left in Editing, by whom and since when.
    await page.getByRole('link', { name: 'Store financials' }).click();
    await leave.getByRole('button', { name: 'Leave without saving' }).click();
    await expect.poll(() => page.getByRole('link', { name: /Online orders left in Editing/ }).textContent()).toMatch(/^1/);
    const leftInEditing = page.getByRole('table', { name: 'Left in Editing' });
    expect(await leftInEditing.getByRole('row').nth(1).textContent()).toMatch(new RegExp(`^${names.failing}Online store transactionsAdministrator\\d{2}/\\d{2}/\\d{4}, `));
    await injectAxe(page);
    expect(await axeViolations(page)).toEqual([]);

    // A ZIP/postal code typed and not saved: the list's Synchronize refuses, naming the customer.
    await runBatchJob(page, 'Synchronize customers and channel requests');
    await page.evaluate((id) => (window.location.hash = `#/customer-sync-status/${id}`), names.zip.operationId);
    const operation = page.getByRole('region', { name: 'Operation details' });
    await expect.poll(() => field(operation, 'Last known error').textContent()).toContain('ZIP/postal code');
    await operation.getByRole('textbox', { name: 'New value: ZIP/postal code' }).fill('0150');
    const synchronizeCustomer = page.getByRole('button', { name: 'Synchronize (1)' });
    await expect.poll(() => synchronizeCustomer.isDisabled()).toBe(true);
    expect(await page.getByText(`Save or discard the changes to ${names.zip.name} (${names.zip.operationId}) first`).count()).toBeGreaterThan(0);
    await operation.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => synchronizeCustomer.isDisabled()).toBe(false);
    await synchronizeCustomer.click();
    await expect.poll(() => field(operation, 'Customer synchronization status').textContent()).toBe('Succeeded');

    // 4. Keyboard: "fix a number-sequence failure and synchronize it", from the failed order, keys counted.
    await runBatchJob(page, 'Synchronize orders');
    await page.evaluate(() => (window.location.hash = '#/online-transactions?status=Failed&cause=numberSequence'));
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    // An order that fails for the number sequence alone (others fail for it and more, each cause named).
    const ids = await rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-id')!));
    let alone = false;
    for (const id of ids) {
      const [, store, terminal, transactionId] = id.split('/');
      await page.evaluate((link) => (window.location.hash = link), `#/online-transactions/${store}/${terminal}/${transactionId}?status=Failed&cause=numberSequence`);
      await expect.poll(() => page.getByRole('region', { name: 'Transaction details' }).textContent()).toContain(transactionId!);
      await expect.poll(() => field(details, 'Order error details').textContent()).toMatch(/Number sequence has been exceeded\.$/);
      alone = (await field(details, 'Order error details').textContent()) === 'Number sequence has been exceeded.';
      if (alone) break;
    }
    expect(alone).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2'); // the order a link opened has focus
    let keys = 0;
    const press = async (key: string) => {
      keys += 1;
      await page.keyboard.press(key);
    };
    const moveTo = async (key: 'Tab' | 'Shift+Tab', name: RegExp) => {
      for (let i = 0; i < 30 && !name.test(await focusedName(page)); i++) await press(key);
      expect(await focusedName(page)).toMatch(name);
    };
    await moveTo('Tab', /^Open Number sequences$/);
    await press('Enter');
    await expect.poll(() => focusedName(page)).toBe('USRT-SO'); // the sequence that ran out, named by the link
    await moveTo('Tab', /^Largest$/);
    for (const digit of '99999') await press(digit); // a field reached by Tab has its text selected: typing replaces it
    await press('Enter');
    await expect.poll(() => page.getByRole('form', { name: 'USRT-SO' }).getByText('Saved.').count()).toBe(1);
    await moveTo('Shift+Tab', /^Back to Online store transactions: /);
    await press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await moveTo('Tab', /^Synchronize order$/);
    await press('Enter');
    await expect.poll(() => field(details, 'Pending order status').textContent()).toBe('Succeeded');
    expect(keys).toBeLessThanOrEqual(20);
    // Focus stays beside the button that disabled itself, never on the page's body.
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('section')?.getAttribute('aria-label'))).toBe('Transaction details');

    // A visible focus ring, 3:1 against what it stands on, light and dark: a tile, a link, a button, a grid cell.
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('link', { name: 'Store financials' }).click();
      await expect.poll(() => focusedName(page)).toBe('Store financials'); // the screen's heading
      // The tiles are counted as the screen opens: the one for orders left in Editing shows once its count is in.
      await expect.poll(() => page.getByRole('link', { name: /^\d+\s*Online orders left in Editing/ }).count(), { timeout: 30_000 }).toBe(1);
      const seen: string[] = [];
      for (let i = 0; i < 12; i++) {
        await page.keyboard.press('Tab');
        const ring = await focusRing(page);
        seen.push(ring.element);
        expect(ring.style, ring.element).toBe('solid');
        expect(ring.width, ring.element).toBeGreaterThanOrEqual(2);
        expect(contrast(ring.color, ring.background), `${scheme} ${ring.element}: ${ring.color} on ${ring.background}`).toBeGreaterThanOrEqual(3);
      }
      // A tile is named by what it shows, its count then its title (WCAG 2.5.3).
      expect(seen.some((s) => /^A \d+\s*Online orders left in Editing/.test(s)), seen.join(' | ')).toBe(true);
      await page.getByRole('link', { name: 'Online store transactions' }).click();
      await rows.first().locator('[data-field="reference"]').click();
      await page.keyboard.press('ArrowRight');
      const cell = await focusRing(page);
      expect(cell.width).toBeGreaterThanOrEqual(2);
      expect(contrast(cell.color, cell.background), `${scheme} grid cell`).toBeGreaterThanOrEqual(3);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
