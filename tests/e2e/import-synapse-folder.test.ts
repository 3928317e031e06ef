import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Locator, Page } from 'playwright-core';
import { synapseLinkExport, zippedFolder } from '../support/synapse-fixtures';
import { launchChromium } from './support/chromium';
import { startWebHost, type WebHost } from './support/web-host';

const ORDER_ERROR = 'Number sequence USRT-SO has been exceeded.';
const field = (scope: Locator, name: string) => scope.getByRole('group', { name, exact: true });

/** The export as Synapse Link leaves it in the lake, copied to a folder on disk. */
async function writeFolder(root: string, files: Record<string, string | Uint8Array>): Promise<void> {
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, ...relative.split('/'));
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, content);
  }
}

/** The Import screen's outcome of what was chosen, once Import is pressed. */
async function importChosen(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const outcome = page.getByRole('region', { name: 'Import outcome' });
  await outcome.waitFor({ timeout: 60_000 });
  return outcome;
}

async function expectSynapseReport(outcome: Locator, name: string): Promise<void> {
  // Transactions 1 and 2 (1 in its newer version; 3 deleted at HQ; 4 refused), three lines, two order statuses.
  expect(await field(outcome, 'Rows read').textContent()).toBe('Rows read13');
  expect(await field(outcome, 'Rows imported').textContent()).toBe('Rows imported7');
  expect(await field(outcome, 'Rows rejected').textContent()).toBe('Rows rejected1');
  const recognized = outcome.getByRole('table', { name: 'Files and the entities recognized in them' });
  // The folder once, its format, and each table the audit reads, by the real names of its columns' entity.
  const rows = await recognized.getByRole('row').allTextContents();
  expect(rows[1]!.startsWith(`${name}Synapse Link / Data Lake`)).toBe(true);
  expect(rows.find((r) => r.includes('retailtransactiontable'))).toMatch(/retailtransactiontableTransaction · RetailTransactionTableBIEntities6$/);
  expect(rows.find((r) => r.includes('retailtransactionsalestrans'))).toMatch(/retailtransactionsalestrans.*RetailTransactionSalesTransBIEntities5$/);
}

describe('an auditor imports a Synapse Link export: the folder chosen whole, or zipped', () => {
  let host: WebHost;
  let browser: Browser;
  let dir: string;

  beforeAll(async () => {
    [host, browser, dir] = await Promise.all([startWebHost(), launchChromium(), mkdtemp(path.join(tmpdir(), 'sync-console-synapse-'))]);
  });
  afterAll(async () => {
    await browser?.close();
    host?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('chooses the folder with Choose folder, imports its tables with their real names, and reads the same export zipped', async () => {
    const folder = path.join(dir, 'retail-export');
    await writeFolder(folder, synapseLinkExport());
    const zip = path.join(dir, 'retail-export.zip');
    await writeFile(zip, zippedFolder('retail-export', synapseLinkExport()));

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${host.url}#/import`);

    // The folder picker, answered with the folder: it is listed once, with its files counted.
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose folder' }).click();
    await (await chooser).setFiles(folder);
    const chosen = page.getByRole('table', { name: 'Chosen files' });
    await expect.poll(() => chosen.getByRole('row', { name: 'retail-export/' }).textContent()).toMatch(/Synapse Link \/ Data Lake export: 10 files/);
    expect(await chosen.getByRole('row').count()).toBe(2);

    // Its rows carry their company: none need be given.
    let outcome = await importChosen(page);
    await expectSynapseReport(outcome, 'retail-export/');
    expect(await outcome.getByRole('grid', { name: 'Rejected rows' }).textContent()).toContain("gross amount is not a number ('a lot')");

    // The failed order, found by its Channel reference ID, with HQ's error over several lines.
    await outcome.getByRole('button', { name: 'Open workspace' }).click();
    await page.getByRole('region', { name: 'Imported workspace' }).waitFor({ timeout: 30_000 });
    await page.getByRole('link', { name: 'Online store transactions' }).click();
    await page.getByRole('searchbox', { name: 'Channel reference ID' }).fill('SYN-0002');
    const grid = page.getByRole('grid', { name: 'Online store transactions' });
    await expect.poll(() => grid.getByRole('row').count()).toBe(2);
    await grid.getByRole('gridcell', { name: 'SYN-0002' }).click();
    const details = page.getByRole('region', { name: 'Transaction details' });
    await expect.poll(() => field(details, 'Order error details').textContent()).toContain(ORDER_ERROR);
    await expect.poll(() => field(details, 'Pending order status').textContent()).toContain('Failed');

    // The same export zipped: Choose files, and the same rows.
    await page.getByRole('link', { name: 'Import' }).click();
    const files = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files' }).click();
    await (await files).setFiles(zip);
    // A zip may be a package, whose rows carry no company: one is asked for.
    await page.getByRole('textbox', { name: 'Company of rows without one' }).fill('USRT');
    outcome = await importChosen(page);
    await expectSynapseReport(outcome, 'retail-export.zip');
    expect(errors).toEqual([]);
    await context.close();
  });
});
