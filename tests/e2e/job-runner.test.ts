import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './support/chromium';
import { outcomeOf, runUploadNow } from './support/jobs';
import { startWebHost, type WebHost } from './support/web-host';

describe('the job runner, as an administrator uses it', () => {
  let host: WebHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHost(), launchChromium()]);
    page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
    await page.goto(host.url);
  });
  afterAll(async () => {
    await browser?.close();
    host?.stop();
  });

  it('Run now on P-0001 shows the run in the history with its counts and one upload session per channel database', async () => {
    await runUploadNow(page);
    await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions'), { timeout: 60_000 }).toMatch(/^Ended: 384 processed, 384 succeeded/);

    await page.getByRole('link', { name: 'Run history' }).click();
    const history = page.getByRole('grid', { name: 'Run history' });
    const run = history.getByRole('row').filter({ hasText: 'P-0001 Channel transactions' });
    await expect.poll(() => run.count()).toBe(1);
    // Status and counts come first.
    expect(await run.textContent()).toMatch(/^\d+Ended\s*384\s*384\s*0\s*0/);
    // The trigger is further right, beside the times.
    await history.locator('.MuiDataGrid-virtualScroller').evaluate((scroller) => scroller.scrollTo({ left: scroller.scrollWidth }));
    await expect.poll(() => run.textContent()).toContain('Manual');
    await run.getByRole('gridcell', { name: 'P-0001 Channel transactions' }).click();

    const sessions = page.getByRole('region', { name: 'Run details' }).getByRole('grid', { name: 'Upload sessions' });
    await expect.poll(() => sessions.getByRole('row').count()).toBe(4); // header and three channel databases
    for (const database of ['E-commerce channel database', 'Seattle channel database', 'San Francisco channel database']) {
      expect(await sessions.getByRole('row').filter({ hasText: database }).textContent()).toMatch(/Applied.*1 \/ 3/);
    }
  });

  it('an offline channel database ends P-0001 in Error with a clear message, and the next run picks it up', async () => {
    await page.getByRole('link', { name: 'Channel databases' }).click();
    await page.getByRole('textbox', { name: 'Transactions' }).fill('30');
    await page.getByRole('button', { name: 'Record transactions' }).click();
    await page.getByRole('switch', { name: 'Online: Seattle channel database' }).click();
    await expect.poll(() => page.getByText('Offline', { exact: true }).count()).toBe(1);

    await runUploadNow(page);
    await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions'), { timeout: 60_000 }).toMatch(/^Error: .*Seattle channel database is offline/s);

    await page.getByRole('link', { name: 'Channel databases' }).click();
    await page.getByRole('switch', { name: 'Online: Seattle channel database' }).click();
    await runUploadNow(page);
    await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions'), { timeout: 60_000 }).toMatch(/^Ended: /);
    await page.getByRole('link', { name: 'Channel databases' }).click();
    const notUploaded = page.getByRole('table', { name: 'Channel databases' }).getByRole('row').filter({ hasText: 'Seattle' });
    await expect.poll(async () => (await notUploaded.getByRole('cell').nth(3).textContent())?.trim()).toBe('0');
  });

  it('a batch job created in the UI is listed with its next run and survives a reload', async () => {
    await page.getByRole('link', { name: 'Batch jobs' }).click();
    const form = page.getByRole('region', { name: 'Run a job now, or schedule it' });
    await form.getByRole('textbox', { name: 'Interval (minutes)' }).fill('0');
    await form.getByRole('button', { name: 'Create batch job' }).click();
    await expect.poll(() => form.getByText('Enter whole minutes from 1 to 10080.').count()).toBe(1);

    await form.getByRole('textbox', { name: 'Interval (minutes)' }).fill('15');
    await form.getByRole('radio', { name: 'End after' }).check();
    await form.getByRole('textbox', { name: 'Runs' }).fill('3');
    const before = Date.now();
    await form.getByRole('button', { name: 'Create batch job' }).click();

    const table = page.getByRole('table', { name: 'Batch jobs' });
    const row = table.getByRole('row', { name: /Synchronize orders/ });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Every 15 min, end after 3 runs (0 done)');
    const nextRun = (await row.getByRole('cell', { name: 'Next run' }).textContent())!;
    const next = Date.parse(nextRun); // the English UI's "MM/dd/yyyy, HH:mm:ss", in local time
    expect(next - before).toBeGreaterThan(14 * 60_000);
    expect(next - before).toBeLessThan(16 * 60_000);

    await page.reload();
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.getByRole('cell', { name: 'Next run' }).textContent()).toBe(nextRun);
    expect(await row.textContent()).toContain('Active');
  });

  it('offers a second tab to move the work there rather than opening a second writer, so there is one writer and one runner', async () => {
    const second = await page.context().newPage();
    await second.goto(host.url);
    await second.getByRole('heading', { name: 'Sync Console is open in another window' }).waitFor({ timeout: 20_000 });
    expect(await second.getByRole('button', { name: 'Move the work here' }).count()).toBe(1);
    expect(await second.getByRole('navigation').count()).toBe(0); // no screen, no runner: only the offer
    await second.close();
  });
});
