import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SCREENS } from '../../renderer/app/screens';
import { hostAndBrowser } from './support/app-session';
import { axeViolations, injectAxe } from './support/axe';
import { outcomeOf, runUploadNow } from './support/jobs';

/** Opens every screen through the URL, as a link would, and gathers axe-core's violations on each. */
async function violationsOnEveryScreen(page: Page): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const screen of SCREENS) {
    await page.evaluate((hash) => (window.location.hash = hash), `#/${screen}`);
    await page.locator('main h1').waitFor();
    // The screen's chunk has loaded, and its grid (if any) has its rows.
    await expect.poll(() => page.locator('main .MuiLinearProgress-root, main .MuiDataGrid-overlay .MuiCircularProgress-root').count()).toBe(0);
    const violations = await axeViolations(page);
    if (violations.length) found[screen] = violations;
  }
  return found;
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

describe('the workspace in the user’s language and scheme, reached by links, without accessibility violations', () => {
  const app = hostAndBrowser();

  it('passes axe-core in light and dark, keeps a record and the filters in the URL, and remembers language and scheme', async () => {
    // The browser says English and light: the app's first guess.
    const context = await app.browser().newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US', colorScheme: 'light' });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(app.host().url);
    await runUploadNow(page);
    await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions'), { timeout: 60_000 }).toMatch(/^Ended/);
    await injectAxe(page);
    expect(await violationsOnEveryScreen(page)).toEqual({});

    // A filter and a record go into the URL, and come back from it after a reload.
    await page.getByRole('link', { name: 'Online store transactions' }).click();
    await page.getByRole('combobox', { name: 'Pending order status' }).click();
    await page.getByRole('option', { name: 'Not synchronized' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/online-transactions?status=None');
    const grid = page.getByRole('grid', { name: 'Online store transactions' });
    const dataId = (await grid.locator('.MuiDataGrid-row[data-id]').nth(2).getAttribute('data-id'))!;
    const [, store, terminal, id] = dataId.split('/');
    // Opened by keyboard: the cell focused, then Enter.
    await grid.locator(`.MuiDataGrid-row[data-id="${dataId}"] [data-field="reference"]`).focus();
    await page.keyboard.press('Enter');
    const link = `#/online-transactions/${store}/${terminal}/${id}?status=None`;
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(link);
    await page.reload();
    const details = page.getByRole('region', { name: 'Transaction details' });
    await expect.poll(() => details.getByRole('heading', { level: 2 }).textContent()).toMatch(new RegExp(` · Register ${terminal} · ${id}$`));
    expect(await page.getByRole('combobox', { name: 'Pending order status' }).textContent()).toBe('Not synchronized');
    // Opened, not ticked: the list's Synchronize order acts on it, and says so.
    await expect.poll(() => page.getByText('None ticked: acts on the open row').count()).toBe(1);
    // The other lists' filters come from a link too.
    await page.evaluate(() => (window.location.hash = '#/run-history?job=P-0001&status=Ended'));
    await expect.poll(() => page.getByRole('combobox', { name: 'Job' }).textContent()).toBe('P-0001 Channel transactions');
    expect(await page.getByRole('combobox', { name: 'Status' }).textContent()).toBe('Ended');
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'All' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('#/run-history?job=P-0001');
    await page.evaluate((hash) => (window.location.hash = hash), link);

    // Settings by keyboard alone: dark and Norsk bokmål, at once and after a reload.
    const light = await background(page);
    await page.getByRole('button', { name: 'Settings' }).focus();
    await page.keyboard.press('Enter');
    const settings = page.getByRole('dialog');
    expect(await settings.getAttribute('aria-labelledby').then((id) => page.locator(`#${id}`).textContent())).toBe('Settings');
    await settings.getByRole('radio', { name: 'Dark' }).focus();
    await page.keyboard.press('Space');
    await settings.getByRole('combobox', { name: 'Language' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('option', { name: 'Norsk bokmål' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => settings.getByRole('heading').textContent()).toBe('Innstillinger');
    await page.keyboard.press('Escape');
    await page.reload();
    await page.getByRole('link', { name: 'Nettbutikktransaksjoner' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('nb-NO');
    expect(await background(page)).not.toBe(light);
    // The record is still open: its dates and amounts now read as in Norway.
    await expect.poll(() => page.getByRole('region', { name: 'Transaksjonsdetaljer' }).count()).toBe(1);
    expect(await page.locator('.MuiDataGrid-row[data-id] [data-field="date"]').first().textContent()).toMatch(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);

    await injectAxe(page);
    expect(await violationsOnEveryScreen(page)).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  });

  it('first follows the browser’s language and the OS’s dark scheme, before anything is set', async () => {
    const context = await app.browser().newContext({ locale: 'sv-SE', colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${app.host().url}#/channel-databases`);
    await page.getByRole('link', { name: 'Onlinebutikstransaktioner' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('sv-SE');
    const [red, green, blue] = (await background(page)).match(/\d+/g)!.map(Number);
    expect(red! + green! + blue!).toBeLessThan(3 * 64);
    await context.close();
  });
});
