import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { dmfPackage, exportedHeader, exportedLine, odataPage } from '../support/import-fixtures';
import { launchChromium } from './support/chromium';
import { startWebHost, type WebHost } from './support/web-host';

const reference = (n: number) => `AUDIT-${String(n).padStart(4, '0')}`;
const key = (n: number) => ({ OperatingUnitNumber: 'HOUSTON', Terminal: 'HOUSTON-1', TransactionNumber: `HOUSTON-1-${n}` });
const statusKey = (n: number) => ({ dataAreaId: 'usrt', store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: `HOUSTON-1-${n}` });

/**
 * Four online orders of 108.00 USD as HQ exported them, lines and payments in a data management
 * package (no company, as HQ writes a company's entities), statuses in an OData page:
 * 1 paid in full, made by HQ; 2 paid in full, failed by HQ on its number sequence; 3 paid 50.00,
 * made by HQ all the same; 4 paid 50.00, never tried.
 */
function smallExport(): Record<string, Buffer> {
  const paid = [108, 108, 50, 50];
  const { dataAreaId: _line, ...lineWithoutCompany } = exportedLine(0, 1);
  return {
    'RetailTransactions.json': Buffer.from(odataPage('RetailTransactions', [1, 2, 3, 4].map((n) => exportedHeader(n, { ChannelReferenceId: reference(n) })))),
    'RetailTransactionOrderStatusBIEntities.json': Buffer.from(odataPage('RetailTransactionOrderStatusBIEntities', [
      { ...statusKey(1), Status: 'Succeeded', SalesId: 'SO-000101', RetryCount: 0 },
      { ...statusKey(2), Status: 'Failed', ErrorDetail: 'Number sequence has been exceeded.', RetryCount: 1, SalesId: null },
      { ...statusKey(3), Status: 'Succeeded', SalesId: 'SO-000103', RetryCount: 0 },
    ])),
    'usrt_retail-audit.zip': Buffer.from(dmfPackage([
      { entityName: 'Sales transactions V2', file: 'Sales transactions V2.csv', rows: [1, 2, 3, 4].map((n) => ({ ...lineWithoutCompany, ...key(n) })) },
      {
        entityName: 'Payment transactions V2', file: 'Payment transactions V2.csv',
        rows: [1, 2, 3, 4].map((n) => ({ ...key(n), LineNumber: 1, TenderType: '1', AmountTendered: paid[n - 1], AmountInTenderedCurrency: paid[n - 1], CurrencyCode: 'USD' })),
      },
    ])),
  };
}

const field = (scope: Locator, name: string) => scope.getByRole('group', { name, exact: true });

/** The references the list shows, in any order. */
async function listed(grid: Locator): Promise<string[]> {
  return (await grid.locator('[role="gridcell"][data-field="reference"]').allTextContents()).sort();
}

async function chooseCheckList(page: Page, option: RegExp): Promise<void> {
  await page.getByRole('combobox', { name: 'Check data' }).click();
  await page.getByRole('option', { name: option }).click();
}

describe('Check data in an imported workspace', () => {
  let host: WebHost;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    [host, browser, dir] = await Promise.all([startWebHost(), launchChromium(), mkdtemp(path.join(tmpdir(), 'sync-console-check-'))]);
  });
  afterAll(async () => {
    await browser?.close();
    host?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('runs the rules over the import, lists what would fail and where HQ disagrees, and shows it in the record', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${host.url}#/import`);

    const files = await Promise.all(Object.entries(smallExport()).map(async ([name, bytes]) => {
      const file = path.join(dir, name);
      await writeFile(file, bytes);
      return file;
    }));
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files' }).click();
    await (await chooser).setFiles(files);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const outcome = page.getByRole('region', { name: 'Import outcome' });
    await outcome.waitFor({ timeout: 60_000 });
    await outcome.getByRole('button', { name: 'Open workspace' }).click();
    await page.getByRole('region', { name: 'Imported workspace' }).waitFor({ timeout: 30_000 });

    // Store financials: Check data, with what it cannot judge without HQ's setup.
    await page.getByRole('link', { name: 'Store financials' }).click();
    const card = page.getByRole('region', { name: 'Check data' });
    await expect.poll(() => card.textContent(), { timeout: 30_000 }).toContain('The data has not been checked yet.');
    await card.getByRole('button', { name: 'Check data' }).click();
    await expect.poll(() => card.textContent(), { timeout: 60_000 })
      .toContain('4 orders, of which 2 would fail; HQ’s status and the check disagree on 2.');
    expect(await card.textContent()).toContain('Item numbers: the export has no released products.');
    // HQ's statuses are as exported: the check wrote beside them.
    const roots = page.getByRole('list', { name: 'Failures by root cause' });
    await expect.poll(() => roots.getByRole('listitem', { name: 'Transaction data: Payment transactions' }).textContent())
      .toContain('Check data: 2 online orders, 0 customer orders would fail');

    // The orders that would fail.
    await card.getByRole('link', { name: 'Online orders that would fail (2)' }).click();
    const grid = page.getByRole('grid', { name: 'Online store transactions' });
    await expect.poll(() => listed(grid), { timeout: 30_000 }).toEqual([reference(3), reference(4)]);
    // Where HQ's status and the check disagree: failed on its configuration with clean data, and made with a payment short.
    await chooseCheckList(page, /^HQ and the check disagree \(2\)$/);
    await expect.poll(() => listed(grid)).toEqual([reference(2), reference(3)]);
    expect(page.url()).toContain('check=disagrees');

    // The record says both, HQ's status untouched.
    await grid.getByRole('gridcell', { name: reference(3) }).click();
    const details = page.getByRole('region', { name: 'Transaction details' });
    await expect.poll(() => field(details, 'Pending order status').textContent()).toContain('Succeeded');
    const finding = details.getByRole('region', { name: 'Check data' });
    await expect.poll(() => finding.textContent()).toContain('Check data: Would fail');
    expect(await finding.textContent()).toContain('The check finds a data error that HQ did not report.');
    expect(await finding.textContent()).toContain('the payments add up to 50.00 USD, but the amount due is 108.00');
    expect(errors).toEqual([]);
    await context.close();
  });
});
