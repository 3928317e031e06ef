import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { dmfPackage, exportedHeader, utf16le } from '../support/import-fixtures';
import { badRowsPackage, zipEntryAt } from '../support/hostile-zips';
import { launchChromium } from './support/chromium';
import { startWebHost, type WebHost } from './support/web-host';
import { chooseFiles, writeFiles } from './support/import-files';

/** A package of three transactions, its data file stored as it is, so an amount can be changed where it lies. */
function usrtPackage(amount: string): Uint8Array {
  const zip = dmfPackage([{ entityName: 'Transactions', file: 'Transactions.csv', rows: [1, 2, 3].map((n) => exportedHeader(n)) }], { stored: ['Transactions.csv'] });
  const at = zipEntryAt(zip, 'Transactions.csv');
  const data = zip.subarray(at.dataOffset, at.dataOffset + at.compressedSize);
  const where = Buffer.from(data).indexOf(Buffer.from(utf16le(',108,').subarray(2)));
  data.set(utf16le(`,${amount},`).subarray(2), where);
  return zip;
}

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

describe('an auditor given damaged and hostile files', () => {
  let host: WebHost;
  let browser: Browser;
  let context: BrowserContext;
  let dir: string;

  beforeAll(async () => {
    [host, browser, dir] = await Promise.all([startWebHost(), launchChromium(), mkdtemp(path.join(tmpdir(), 'sync-console-hostile-'))]);
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  });
  afterAll(async () => {
    await browser?.close();
    host?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const workspaceDatabases = (page: Page) => page.evaluate(async () => (await indexedDB.databases()).filter((d) => d.name?.startsWith('sync-console-workspace-')).length);

  it('hears before Import that a picture named .zip is no export, refuses a damaged package naming it and its entry, and says so when the same files come twice', async () => {
    const page = await context.newPage();
    await page.goto(`${host.url}#/import`);
    const chosen = page.getByRole('table', { name: 'Chosen files' });
    const importButton = page.getByRole('button', { name: 'Import', exact: true });

    await chooseFiles(page, await writeFiles(dir, { 'usrt_photo.zip': PNG }));
    await expect.poll(() => chosen.getByRole('row', { name: 'usrt_photo.zip' }).textContent())
      .toContain('usrt_photo.zip is not an export: its content is neither a .zip nor JSON, whatever its name says.');
    expect(await importButton.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Remove usrt_photo.zip' }).click();

    // 108 changed to 908 inside the zip, its CRC-32 left: whole to look at, refused when its data is read.
    await chooseFiles(page, await writeFiles(dir, { 'usrt_audit.zip': usrtPackage('908') }));
    await expect.poll(() => chosen.getByRole('row', { name: 'usrt_audit.zip' }).textContent()).toContain('Ready to import');
    await importButton.click();
    const damaged = 'usrt_audit.zip is damaged: the data of Transactions.csv does not match its CRC-32 checksum, so its values cannot be trusted. Nothing was imported: export the package again.';
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'The import was refused' }).textContent(), { timeout: 30_000 }).toContain(damaged);
    // The file stays listed, with why, and is not imported again as it is.
    expect(await chosen.getByRole('row', { name: 'usrt_audit.zip' }).textContent()).toContain(damaged);
    expect(await importButton.isDisabled()).toBe(true);
    expect(await workspaceDatabases(page)).toBe(0);
    await page.getByRole('button', { name: 'Remove usrt_audit.zip' }).click();

    // The same package whole, twice: the second time is said, and nothing is imported until the person says.
    const whole = await writeFiles(dir, { 'usrt_whole.zip': usrtPackage('108') });
    await chooseFiles(page, whole);
    await expect.poll(() => importButton.isEnabled()).toBe(true);
    await importButton.click();
    await page.getByRole('region', { name: 'Import outcome' }).waitFor({ timeout: 60_000 });
    await chooseFiles(page, whole);
    await expect.poll(() => importButton.isEnabled()).toBe(true);
    await importButton.click();
    const before = page.getByRole('alertdialog', { name: 'These files were imported before' });
    await before.waitFor({ timeout: 60_000 });
    expect(await before.textContent()).toMatch(/were imported into usrt_whole\.zip \(imported .*\), which is still here\. Nothing was imported again\./);
    await before.getByRole('button', { name: 'Cancel' }).click();
    expect(await workspaceDatabases(page)).toBe(1);
  });

  it('answers another command while a hostile import reads, and hears its Cancel', async () => {
    for (const open of context.pages()) await open.close();
    const page = await context.newPage();
    await page.goto(`${host.url}#/import`);
    const databasesBefore = await workspaceDatabases(page);
    await chooseFiles(page, await writeFiles(dir, { 'usrt_bad-rows.zip': badRowsPackage(3_000_000) }));
    const importButton = page.getByRole('button', { name: 'Import', exact: true });
    await expect.poll(() => importButton.isEnabled(), { timeout: 30_000 }).toBe(true);
    await importButton.click();
    const progress = page.getByRole('region', { name: 'Import progress' });
    await expect.poll(() => progress.getByRole('status').textContent(), { timeout: 30_000 }).toMatch(/^[1-9][\d,]* rows read/);

    // Another command, while every row read is refused: the HQ worker answers it.
    await page.getByRole('link', { name: 'Channel databases' }).click();
    const online = page.getByRole('switch', { name: 'Online: Seattle channel database' });
    await online.click();
    await expect.poll(() => page.getByText('Offline', { exact: true }).count(), { timeout: 30_000 }).toBe(1);
    expect(await online.isChecked()).toBe(false);

    // The import is still reading: Cancel is heard, and nothing of it is kept.
    await page.getByRole('link', { name: 'Import' }).click();
    expect(await progress.count()).toBe(1);
    await progress.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'Import canceled' }).textContent(), { timeout: 30_000 }).toBe('Import canceled: nothing was created.');
    await expect.poll(() => workspaceDatabases(page)).toBe(databasesBefore);
  });
});
