import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hostAndBrowser } from './support/app-session';
import { axeViolations, injectAxe } from './support/axe';

const largest = (page: Page) => page.getByRole('form', { name: 'USRT-SO' }).getByRole('textbox', { name: 'Largest' });

async function saveLargest(page: Page, value: string): Promise<void> {
  await largest(page).fill(value);
  await page.getByRole('form', { name: 'USRT-SO' }).getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByRole('form', { name: 'USRT-SO' }).getByText('Saved.').count()).toBe(1);
}

/** Runs the history says are executing, read from IndexedDB as it stands. */
const runsExecuting = (page: Page) => page.evaluate(() => new Promise<number>((resolve, reject) => {
  const open = indexedDB.open('sync-console-hq');
  open.onerror = () => reject(open.error);
  open.onsuccess = () => {
    const read = open.result.transaction('jobRuns').objectStore('jobRuns').getAll();
    read.onsuccess = () => {
      resolve((read.result as { status: string }[]).filter((run) => run.status === 'Executing').length);
      open.result.close();
    };
  };
}));

/** The writer locks held in the browser (one: the HQ worker of the window that has the work). */
const writerLocks = (page: Page) => page.evaluate(async () => (await navigator.locks.query()).held?.filter((l) => l.name === 'sync-console-hq-writer').length ?? 0);

describe('a second window takes the work over', () => {
  const app = hostAndBrowser();

  it('offers to move the work, the first hands over (its run canceled, nothing lost) and says where it went, and takes it back', async () => {
    const context = await app.browser().newContext({ viewport: { width: 1280, height: 720 } });
    const first = await context.newPage();
    const second = await context.newPage();
    const errors: string[] = [];
    for (const page of [first, second]) page.on('pageerror', (e) => errors.push(String(e)));

    // The first window saves an edit.
    await first.goto(`${app.host().url}#/number-sequences`);
    await saveLargest(first, '20000');

    // The second window offers to move the work here, instead of a dead page.
    await second.goto(`${app.host().url}#/number-sequences`);
    await second.getByRole('heading', { name: 'Sync Console is open in another window' }).waitFor();
    await injectAxe(second);
    expect(await axeViolations(second)).toEqual([]);

    // P-0001 is under way in the first window when the work moves.
    await first.getByRole('link', { name: 'Distribution schedule' }).click();
    await first.getByRole('row', { name: 'P-0001 Channel transactions' }).getByRole('button', { name: 'Run now' }).click();
    await expect.poll(() => runsExecuting(first)).toBe(1);
    await second.getByRole('button', { name: 'Move the work here' }).click();

    // The first says where the work went, with a way to take it back; the second has the work and the edit.
    await first.getByRole('heading', { name: 'The work moved to another window' }).waitFor({ timeout: 30_000 });
    expect(await first.getByRole('main').textContent()).toMatch(/At \d{2}\/\d{2}\/\d{4}, \d{2}:\d{2}:\d{2} another Sync Console window took over the work\./);
    await expect.poll(() => largest(second).inputValue(), { timeout: 30_000 }).toBe('20000');
    expect(await writerLocks(second)).toBe(1);
    await injectAxe(first);
    expect(await axeViolations(first)).toEqual([]);
    // The run under way ended as its Cancel would end it.
    await second.getByRole('link', { name: 'Run history' }).click();
    const history = second.getByRole('grid', { name: 'Run history' });
    // Canceled between two of its items, or Ended if its last one was under way: never half-done, never left Executing.
    await expect.poll(() => history.getByRole('row').filter({ hasText: 'P-0001' }).first().textContent()).toMatch(/Canceled|Ended/);
    expect(await runsExecuting(second)).toBe(0);

    // Nothing is lost: values typed and not saved in the second keep the work there, and it says why.
    await second.getByRole('link', { name: 'Number sequences' }).click();
    await largest(second).fill('30000');
    await first.getByRole('button', { name: 'Take the work back' }).click();
    await expect.poll(() => first.getByRole('alert').textContent(), { timeout: 15_000 })
      .toBe('The other window kept the work: it has values typed and not saved (USRT-SO). Save or discard them there, then try again.');
    await expect.poll(() => second.getByText('Another window asked for the work.', { exact: false }).count()).toBe(1);
    await saveLargest(second, '30000');

    // Taken back: the first is the writer again with the second's edit, and the second says where the work went.
    await first.getByRole('button', { name: 'Take the work back' }).click();
    await first.getByRole('link', { name: 'Number sequences' }).click({ timeout: 30_000 }); // it opens where it was: Distribution schedule
    await expect.poll(() => largest(first).inputValue()).toBe('30000');
    await second.getByRole('heading', { name: 'The work moved to another window' }).waitFor({ timeout: 30_000 });
    expect(await second.getByRole('button', { name: 'Take the work back' }).count()).toBe(1);
    expect(await writerLocks(first)).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
