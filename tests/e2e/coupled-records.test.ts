import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hostAndBrowser } from './support/app-session';

/** Tell me, by keyboard only: Ctrl+K or Alt+Q, the words, Enter on the first entry found. */
async function tellMe(page: Page, shortcut: 'Control+k' | 'Alt+q', words: string, first: string) {
  await page.keyboard.press(shortcut);
  await page.keyboard.type(words);
  await expect.poll(() => page.getByRole('option').first().textContent()).toContain(first);
  await page.keyboard.press('Enter');
}

async function logOf(page: Page, account: string): Promise<string> {
  await page.getByRole('link', { name: 'Coupled customers' }).click();
  await page.getByRole('searchbox').fill(account);
  const customers = page.getByRole('grid', { name: 'Coupled customers' });
  // The quick filter applies after a short debounce: the row is clicked once the list shows only it.
  await expect.poll(() => customers.getByRole('row').filter({ hasNotText: account }).count()).toBe(1); // the header row
  await customers.getByRole('row', { name: new RegExp(account) }).getByRole('gridcell').nth(1).click();
  const showLog = page.getByRole('button', { name: 'Synchronization log' });
  await expect.poll(() => showLog.isEnabled()).toBe(true);
  await showLog.click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.getByRole('row').count()).toBeGreaterThan(2);
  const text = (await dialog.getByRole('grid').textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Close' }).click();
  return text;
}

describe('an administrator resolves coupled data synchronization errors', () => {
  const app = hostAndBrowser();

  it('opens the page through Tell me, merges a changed-in-both conflict, restores a deleted record, and sees both in the synchronization log', async () => {
    const page = await (await app.browser().newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(app.host().url);
    await page.getByRole('heading', { level: 1 }).waitFor();

    await tellMe(page, 'Control+k', 'integration sync', 'Integration synchronization');
    const runOrSchedule = page.getByRole('region', { name: 'Run a job now, or schedule it' });
    await runOrSchedule.getByRole('combobox', { name: 'Job' }).click();
    await page.getByRole('option', { name: 'Integration synchronization' }).click();
    await runOrSchedule.getByRole('button', { name: 'Run now' }).click();
    await expect.poll(() => runOrSchedule.getByRole('alert').textContent(), { timeout: 30_000 }).toMatch(/^Ended: 49 processed, 43 succeeded, 6 failed/);

    await tellMe(page, 'Alt+q', 'coupled data', 'Coupled data synchronization errors');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Coupled data synchronization errors');
    const grid = page.getByRole('grid', { name: 'Coupled data synchronization errors' });
    await expect.poll(() => grid.getByRole('row').count()).toBe(7);
    const actions = page.getByRole('navigation', { name: 'Actions' });

    // Changed in both apps: Merge data, keeping the CRM's phone and Sync Console's street.
    const conflict = grid.getByRole('row', { name: /004002/ });
    expect(await conflict.textContent()).toContain('both changed since the last synchronization (Phone, Street)');
    await conflict.getByRole('checkbox').check();
    expect(await actions.getByRole('button', { name: 'Restore records' }).isDisabled()).toBe(true);
    // Each action says how many rows it acts on.
    await actions.getByRole('button', { name: 'Synchronize (1)', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^Merge data/ }).check();
    const crmPhone = (await dialog.getByRole('row', { name: /^Phone/ }).getByRole('cell').nth(1).textContent())!;
    await dialog.getByRole('radiogroup', { name: 'Keep Phone' }).getByRole('radio', { name: 'CRM' }).check();
    await dialog.getByRole('button', { name: 'Synchronize' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('1 coupling synchronized.');

    // Deleted in the CRM: Restore records recreates it from the customer.
    const deleted = grid.getByRole('row', { name: /004014/ });
    expect(await deleted.textContent()).toContain('deleted in the CRM');
    await deleted.getByRole('checkbox').check();
    expect(await actions.getByRole('button', { name: 'Retry (1)', exact: true }).isDisabled()).toBe(true);
    await actions.getByRole('button', { name: 'Restore records' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('1 record restored');
    await expect.poll(() => grid.getByRole('row').count()).toBe(5);

    const conflictLog = await logOf(page, '004002');
    expect(conflictLog).toMatch(/Integration synchronization|Scheduled/);
    expect(conflictLog).toContain('Failed');
    expect(conflictLog).toContain('Synchronize (Merge data)');
    expect(conflictLog).toContain('Modified');
    const restoredLog = await logOf(page, '004014');
    expect(restoredLog).toContain('Restore records');
    expect(restoredLog).toContain('Restored: the CRM account was recreated from the customer.');
    expect(crmPhone).toMatch(/^\+46 70/);
    expect(errors).toEqual([]);
  }, 60_000);
});
