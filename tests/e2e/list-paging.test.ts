import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { outcomeOf, runUploadNow } from './support/jobs';
import { hostAndBrowser } from './support/app-session';

/** The Date and time of every row on the page (read from the English UI's "MM/dd/yyyy, HH:mm"), and each row's id. */
async function shown(grid: Locator): Promise<{ ids: string[]; dates: number[] }> {
  // Rows with an id: while loading, the grid shows placeholder rows without one.
  const rows = grid.locator('.MuiDataGrid-row[data-id]');
  const ids = await rows.evaluateAll((els) => els.map((el) => el.getAttribute('data-id') ?? ''));
  const texts = await grid.locator('.MuiDataGrid-row[data-id] [data-field="date"]').allTextContents();
  return { ids, dates: texts.map((text) => Date.parse(text)) };
}

const sorted = (dates: number[], descending: boolean) => dates.every((d, i) => i === 0 || (descending ? dates[i - 1]! >= d : dates[i - 1]! <= d));

describe('a long list pages from the page on screen and sorts either way', () => {
  const app = hostAndBrowser();

  it('Online store transactions: next page, previous page, oldest first', async () => {
    const context = await app.browser().newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await page.goto(app.host().url);
    await runUploadNow(page);
    await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions'), { timeout: 60_000 }).toMatch(/^Ended/);
    await page.getByRole('link', { name: 'Online store transactions' }).click();
    const grid = page.getByRole('grid', { name: 'Online store transactions' });
    // The grid renders the rows in view (virtualized): those are compared.
    await expect.poll(async () => (await shown(grid)).ids.length).toBeGreaterThan(10);

    const first = await shown(grid);
    expect(sorted(first.dates, true)).toBe(true);
    await page.getByRole('button', { name: 'Go to next page' }).click();
    await expect.poll(async () => (await shown(grid)).ids[0]).not.toBe(first.ids[0]);
    const second = await shown(grid);
    expect(sorted(second.dates, true)).toBe(true);
    expect(second.ids.some((id) => first.ids.includes(id))).toBe(false);
    expect(second.dates[0]! <= first.dates.at(-1)!).toBe(true);
    await page.getByRole('button', { name: 'Go to previous page' }).click();
    await expect.poll(async () => (await shown(grid)).ids).toEqual(first.ids);

    // Oldest first: from the first page again, and none of the newest rows on it.
    await grid.locator('[role="columnheader"][data-field="date"]').click();
    await expect.poll(async () => (await shown(grid)).ids[0]).not.toBe(first.ids[0]);
    const oldest = await shown(grid);
    expect(sorted(oldest.dates, false)).toBe(true);
    expect(oldest.dates[0]! <= first.dates.at(-1)!).toBe(true);
    expect(await grid.locator('[role="columnheader"][data-field="date"]').getAttribute('aria-sort')).toBe('ascending');
    await context.close();
  });
});
