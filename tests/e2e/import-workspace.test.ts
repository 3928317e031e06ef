import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { MAX_IMPORT_FILE_BYTES } from '../../shared/import/import-types';
import { dmfPackage, exportedHeader, exportedLine, odataPage } from '../support/import-fixtures';
import { launchChromium } from './support/chromium';
import { startWebHost, type WebHost } from './support/web-host';
import { outcomeOf, runUploadNow } from './support/jobs';
import { chooseFiles, writeFiles } from './support/import-files';

const FAILED_ORDER = 'AUDIT-0002';
const ORDER_ERROR = 'Number sequence USRT-SO has been exceeded.';
const text = (bytes: Uint8Array) => Buffer.from(bytes);

const header = (n: number, patch: Record<string, unknown> = {}) => exportedHeader(n, { ChannelReferenceId: `AUDIT-${String(n).padStart(4, '0')}`, ...patch });

/** A sales line as a company's package carries it: without the company. */
const packageLine = (n: number) => {
  const { dataAreaId: _company, ...line } = exportedLine(n, 1);
  return line;
};

/**
 * A small export as Dynamics 365 gives it: an OData JSON page of transactions (one of them with a
 * date no HQ writes, which the import refuses), the failed order's status page, and a data
 * management package with the sales lines, named after its company as HQ names it, its rows
 * without one.
 */
function smallExport(): Record<string, Buffer> {
  return {
    'RetailTransactions.json': text(odataPage('RetailTransactions', [header(1), header(2), header(3, { TransactionDate: 'someday' })])),
    'RetailTransactionOrderStatusBIEntities.json': text(odataPage('RetailTransactionOrderStatusBIEntities', [
      { dataAreaId: 'usrt', store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: 'HOUSTON-1-2', Status: 'Failed', ErrorDetail: ORDER_ERROR, RetryCount: 2, SalesId: null },
    ])),
    'usrt_retail-audit.zip': text(dmfPackage([
      { entityName: 'Sales transactions V2', file: 'Sales transactions V2.csv', rows: [packageLine(1), packageLine(2)] },
    ])),
  };
}

/** An export big enough that Cancel reaches it while it is still being read. */
const largeExport = (rows: number) => text(odataPage('RetailTransactions', Array.from({ length: rows }, (_, i) => header(10_000 + i))));

const field = (scope: Locator, name: string) => scope.getByRole('group', { name, exact: true });

async function transactionsMatching(page: Page, channelReferenceId: string): Promise<Locator> {
  await page.getByRole('link', { name: 'Online store transactions' }).click();
  await page.getByRole('searchbox', { name: 'Channel reference ID' }).fill(channelReferenceId);
  return page.getByRole('grid', { name: 'Online store transactions' });
}

describe('an auditor imports what Dynamics 365 exported and audits it in a workspace of its own', () => {
  let host: WebHost;
  let browser: Browser;
  let context: BrowserContext;
  let dir: string;

  beforeAll(async () => {
    [host, browser, dir] = await Promise.all([startWebHost(), launchChromium(), mkdtemp(path.join(tmpdir(), 'sync-console-import-'))]);
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } }); // a fresh profile
  });
  afterAll(async () => {
    await browser?.close();
    host?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('imports, reads the report, audits a failed order, finds jobs and synchronization off, and returns to the demo', async () => {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(host.url);

    // The demo first: upload its channels, and note one of its online orders.
    await runUploadNow(page);
    await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions'), { timeout: 60_000 }).toMatch(/^Ended/);
    await page.getByRole('link', { name: 'Online store transactions' }).click();
    const demoGrid = page.getByRole('grid', { name: 'Online store transactions' });
    await expect.poll(() => demoGrid.getByRole('row').count()).toBeGreaterThan(1);
    const demoReference = (await demoGrid.locator('[role="gridcell"][data-field="reference"]').first().textContent())!;
    expect(demoReference).toMatch(/\S/);

    // A file too large is flagged where it is listed, and Import will not start.
    await page.getByRole('link', { name: 'Import' }).click();
    const huge = path.join(dir, 'too-large.zip');
    await writeFile(huge, '');
    await truncate(huge, MAX_IMPORT_FILE_BYTES + 1); // sparse: no 100 MB written to disk
    await chooseFiles(page, [huge]);
    const chosen = page.getByRole('table', { name: 'Chosen files' });
    await expect.poll(() => chosen.getByRole('row', { name: 'too-large.zip' }).textContent()).toMatch(/100(\.0)? MB.*Too large: one file may be at most 100 MB\./);
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Remove too-large.zip' }).click();

    // A file that is not an export: refused in words, and nothing is created.
    await chooseFiles(page, await writeFiles(dir, { 'notes.json': '{ "these are": "not OData" ' }));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'The import was refused' }).textContent(), { timeout: 30_000 })
      .toMatch(/^The import was refused: nothing was created\..+/);
    await page.getByRole('button', { name: 'Remove notes.json' }).click();

    // The real export.
    await chooseFiles(page, await writeFiles(dir, smallExport()));
    expect(await chosen.getByRole('row').count()).toBe(4); // the header and the three files
    // The package carries no company: the one its name starts with is offered, and its dates are read as the app's language writes them.
    expect(await page.getByRole('textbox', { name: 'Company of rows without one' }).inputValue()).toBe('USRT');
    expect(await page.getByRole('combobox', { name: 'Dates in the export' }).textContent()).toContain('English (United States)');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const outcome = page.getByRole('region', { name: 'Import outcome' });
    await outcome.waitFor({ timeout: 60_000 });
    expect(await field(outcome, 'Rows read').textContent()).toBe('Rows read6');
    expect(await field(outcome, 'Rows imported').textContent()).toBe('Rows imported5');
    expect(await field(outcome, 'Rows rejected').textContent()).toBe('Rows rejected1');
    const recognized = outcome.getByRole('table', { name: 'Files and the entities recognized in them' });
    expect(await recognized.textContent()).toContain('RetailTransactions.json');
    expect(await recognized.textContent()).toContain('RetailTransactionOrderStatusBIEntities.json');
    expect(await recognized.getByRole('row', { name: /Sales transactions V2\.csv/ }).textContent()).toMatch(/Sales transactions · RetailTransactionSalesLinesV2 \(Sales transactions V2\)2$/);
    // Each entity's columns: mapped to their fields, or kept as other fields; the company given, said.
    const columns = outcome.getByRole('button', { name: /^usrt_retail-audit\.zip: Sales transactions V2\.csv · RetailTransactionSalesLinesV2 \(Sales transactions V2\): \d+ columns mapped to fields, \d+ kept as other fields$/ });
    await columns.click();
    const mapped = outcome.getByRole('table', { name: 'Columns of Sales transactions V2.csv and the fields they fill' });
    expect(await mapped.getByRole('row', { name: 'SALESTAXAMOUNT Tax amount (taxAmount)' }).count()).toBe(1);
    expect(await outcome.textContent()).toContain('2 row(s) carried no company: they were given USRT, as chosen on the Import screen');
    const rejected = outcome.getByRole('grid', { name: 'Rejected rows' });
    expect(await rejected.getByRole('row').count()).toBe(2);
    const rejectedRow = await rejected.getByRole('row').nth(1).textContent();
    expect(rejectedRow).toContain('RetailTransactions.json');
    expect(rejectedRow).toContain('row 3 of the page');
    expect(rejectedRow).toContain("date is not a date in the en-US format or ISO 8601 ('someday')");

    // Open it: the app starts again on the imported workspace, and says so.
    await outcome.getByRole('button', { name: 'Open workspace' }).click();
    const banner = page.getByRole('region', { name: 'Imported workspace' });
    await banner.waitFor({ timeout: 30_000 });
    expect(await banner.textContent()).toMatch(/^Imported workspace: RetailTransactions\.json and 2 more .*An audit of exported data: jobs, synchronization and setup are off; Edit and audit changes stay in this workspace\./);
    expect(await page.getByRole('button', { name: /^Workspace: RetailTransactions\.json and 2 more/ }).count()).toBe(1);

    // The failed order, found by its Channel reference ID, with its Order error details.
    const grid = await transactionsMatching(page, FAILED_ORDER);
    await expect.poll(() => grid.getByRole('row').count()).toBe(2);
    await grid.getByRole('gridcell', { name: FAILED_ORDER }).click();
    const details = page.getByRole('region', { name: 'Transaction details' });
    await expect.poll(() => field(details, 'Order error details').textContent()).toContain(ORDER_ERROR);
    await expect.poll(() => field(details, 'Pending order status').textContent()).toContain('Failed');
    // How to fix says where the fix is made (headquarters), with no link to a setup this workspace does not hold,
    // and the record's Synchronize order is off, saying why, before anyone clicks it.
    const howToFix = details.getByRole('alert').filter({ hasText: 'How to fix' });
    await expect.poll(() => howToFix.textContent()).toContain('The fix is made in headquarters: raise its Largest value there');
    expect(await howToFix.getByRole('link', { name: 'Open Number sequences' }).count()).toBe(0);
    const ownSynchronize = details.getByRole('button', { name: 'Synchronize order' });
    expect(await ownSynchronize.isDisabled()).toBe(true);
    await ownSynchronize.locator('..').hover();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(/^Off in an imported workspace/);
    await page.mouse.move(0, 0);
    // The auditor writes down what they found: notes are kept in the imported workspace.
    const notes = details.getByRole('region', { name: 'Audit notes' });
    await notes.getByRole('textbox', { name: 'New note' }).fill('Sequence ran out at HQ; asked the administrator.');
    await notes.getByRole('button', { name: 'Add note' }).click();
    await expect.poll(() => notes.textContent()).toContain('Administrator');
    expect(await notes.textContent()).toContain('Sequence ran out at HQ; asked the administrator.');
    // The demo's orders are not here.
    await transactionsMatching(page, demoReference);
    await expect.poll(() => grid.getByRole('row').count()).toBe(1);

    // Jobs and synchronization are off in an imported workspace: their buttons too, saying why.
    const synchronize = page.getByRole('region', { name: 'Selected transactions' }).getByRole('button', { name: 'Synchronize order' });
    expect(await synchronize.isDisabled()).toBe(true);
    // Number sequences: none in an export of transactions, and the page says so rather than staying blank.
    await page.getByRole('link', { name: 'Number sequences' }).click();
    await page.getByText('This workspace holds no number sequences').waitFor();
    await page.getByRole('link', { name: 'Distribution schedule' }).click();
    const runNow = page.getByRole('row', { name: 'P-0001 Channel transactions' }).getByRole('button', { name: 'Run now' });
    expect(await runNow.isDisabled()).toBe(true);
    await runNow.locator('..').hover();
    await expect.poll(() => page.getByRole('tooltip').textContent()).toMatch(/^Off in an imported workspace: it would change what was exported/);

    // Back to the demo: its data, and not the import's.
    await banner.getByRole('button', { name: 'Switch to the demo' }).click();
    await page.getByRole('button', { name: 'Workspace: Demo headquarters (USRT)' }).waitFor({ timeout: 30_000 });
    expect(await banner.count()).toBe(0);
    await transactionsMatching(page, demoReference);
    await expect.poll(() => grid.getByRole('row').count()).toBe(2);
    await transactionsMatching(page, FAILED_ORDER);
    await expect.poll(() => grid.getByRole('row').count()).toBe(1);

    // The import is listed with its counts, and its report opens again.
    await page.getByRole('link', { name: 'Import' }).click();
    const workspaces = page.getByRole('table', { name: 'Workspaces' });
    const imported = workspaces.getByRole('row', { name: /^RetailTransactions\.json and 2 more/ });
    await imported.waitFor();
    await imported.getByRole('button', { name: 'Report' }).click();
    const report = page.getByRole('dialog', { name: /^Import report: RetailTransactions\.json/ });
    expect(await field(report, 'Rows rejected').textContent()).toBe('Rows rejected1');
    await report.getByRole('button', { name: 'Close' }).click();
    expect(errors).toEqual([]);
  });

  it('takes files dropped anywhere, cancels an import under way leaving nothing behind, and deletes a workspace after asking', async () => {
    // One window at a time works on the database (the writer lock): the first test's window goes first.
    for (const open of context.pages()) await open.close();
    const page = await context.newPage();
    await page.goto(`${host.url}#/batch-jobs`);

    // Dropped on another screen: the Import screen opens with the file chosen, and nothing is imported yet.
    const dropped = await page.evaluateHandle(() => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['{"value":[]}'], 'dropped.json', { type: 'application/json' }));
      return transfer;
    });
    await page.getByRole('heading', { name: 'Batch jobs' }).waitFor({ timeout: 30_000 });
    for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent('main', type, { dataTransfer: dropped });
    const chosen = page.getByRole('table', { name: 'Chosen files' });
    await chosen.getByRole('row', { name: 'dropped.json' }).waitFor();
    expect(page.url()).toMatch(/#\/import$/);
    expect(await page.getByRole('region', { name: 'Import progress' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Import outcome' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Remove dropped.json' }).click();

    const workspaces = page.getByRole('table', { name: 'Workspaces' });
    await expect.poll(() => workspaces.getByRole('row').count()).toBe(3); // the header, the demo and the first test's import

    await chooseFiles(page, await writeFiles(dir, { 'large.json': largeExport(150_000) }));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const progress = page.getByRole('region', { name: 'Import progress' });
    await expect.poll(() => progress.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/^[1-9][\d,]* rows read · [\d,]+ rows\/s$/);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Import canceled' }).textContent(), { timeout: 30_000 })
      .toBe('Import canceled: nothing was created.');
    expect(await workspaces.getByRole('row').count()).toBe(3);
    const leftBehind = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name ?? ''));
    expect(leftBehind.filter((name) => name.startsWith('sync-console-workspace-'))).toHaveLength(1);

    // Delete asks first; Cancel keeps it, Delete removes it. The demo cannot be deleted.
    const imported = workspaces.getByRole('row', { name: /^RetailTransactions\.json and 2 more/ });
    expect(await workspaces.getByRole('row', { name: 'Demo headquarters (USRT)' }).getByRole('button', { name: 'Delete' }).count()).toBe(0);
    await imported.getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete workspace?' });
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await imported.count()).toBe(1);
    await imported.getByRole('button', { name: 'Delete' }).click();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => workspaces.getByRole('row').count()).toBe(2);
  });

  it('names a page missing from a nextLink chain, imports what is there when asked, and says on every screen that the workspace is incomplete', async () => {
    for (const open of context.pages()) await open.close();
    const page = await context.newPage();
    await page.goto(`${host.url}#/import`);
    const link = (skip: number) => `https://usrt.example/data/RetailTransactions?cross-company=true&$skip=${skip}`;
    const pageOf = (first: number, next: number | null) => text(odataPage('RetailTransactions', [header(first), header(first + 1)], next === null ? undefined : link(next)));
    // Pages 1, 3 and 4 of four: the second is missing.
    await chooseFiles(page, await writeFiles(dir, { 'page-1.json': pageOf(100, 2), 'page-3.json': pageOf(104, 6), 'page-4.json': pageOf(106, null) }));
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const missing = page.getByRole('alertdialog', { name: 'Pages are missing from the export' });
    await missing.waitFor({ timeout: 60_000 });
    expect(await missing.textContent()).toContain(`RetailTransactions: the page ${link(2)} is missing (the page after page-1.json, from row 3)`);
    await missing.getByRole('button', { name: 'Import what is there' }).click();
    const outcome = page.getByRole('region', { name: 'Import outcome' });
    await outcome.waitFor({ timeout: 60_000 });
    expect(await field(outcome, 'Rows imported').textContent()).toBe('Rows imported6');
    await outcome.getByRole('button', { name: 'Open workspace' }).click();
    const incomplete = page.getByRole('region', { name: 'Incomplete: pages were missing from the export' });
    await incomplete.waitFor({ timeout: 30_000 });
    expect(await incomplete.textContent()).toContain(link(2));
    await page.getByRole('link', { name: 'Online store transactions' }).click();
    expect(await incomplete.isVisible()).toBe(true);
  });
});
