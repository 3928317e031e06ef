import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../../renderer/i18n/en';
import type { HqDatabase } from '../../shared/db/hq-database';
import { seededDatabase } from '../support/memory-database';
import { uploadAndSynchronize } from '../support/fixes';
import { hostAndBrowser } from './support/app-session';
import { runUploadNow } from './support/jobs';

/**
 * The one place the test's language is set: its locale and the labels it reads, from the app's own
 * resources. nb-NO, once the language switch is merged: { locale: 'nb-NO', labels: nb }.
 */
const LANGUAGE = { locale: 'en-US', labels: en };
const L = LANGUAGE.labels;
const count = new Intl.NumberFormat(LANGUAGE.locale);

/** The oracle: the same deterministic demo, run by the engine in Node: how many orders fail, and on the number sequence. */
async function failures(db: HqDatabase) {
  const failed = await db.RetailTransactionOrderStatus.where('Status').equals('Failed').toArray();
  return {
    online: failed.filter((s) => s.channelKind === 'online').length,
    numberSequence: failed.filter((s) => s.ErrorCause === 'numberSequence').length,
  };
}

async function runSynchronizeOrders(page: Page): Promise<void> {
  await page.getByRole('link', { name: L.nav.batchJobs }).click();
  const runOrSchedule = page.getByRole('region', { name: 'Run a job now, or schedule it' });
  await runOrSchedule.getByRole('button', { name: 'Run now' }).click(); // Synchronize orders, all stores: the defaults
  await expect.poll(() => runOrSchedule.getByRole('alert').textContent(), { timeout: 60_000 }).toMatch(/^Ended/);
}

describe('a store manager starts the day in the Store financials workspace', () => {
  const session = hostAndBrowser();

  it('goes from a tile to a root cause, makes the fix, and synchronizes every order with that cause', async () => {
    const db = await seededDatabase();
    await uploadAndSynchronize(db);
    const oracle = await failures(db);
    expect(oracle.numberSequence).toBeGreaterThan(0); // the demo fails orders on the number sequence

    const context = await session.browser().newContext({ viewport: { width: 1440, height: 900 }, locale: LANGUAGE.locale });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(session.host().url);
    // The workspace is the first screen.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(L.nav.workspace);

    await runUploadNow(page);
    await expect.poll(() => page.getByRole('row', { name: 'P-0001 Channel transactions' }).getByRole('alert').count(), { timeout: 60_000 }).toBe(1);
    await runSynchronizeOrders(page);
    await page.getByRole('link', { name: L.nav.workspace }).click();

    // A tile: its live count, and its list opened already filtered.
    const tile = page.getByRole('link', { name: `${L.workspace.tiles.onlineOrderErrors}: ${count.format(oracle.online)}` });
    await tile.click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(L.nav.onlineTransactions);
    expect(await page.getByRole('combobox', { name: L.transactions.pendingOrderStatus }).textContent()).toBe(L.status.Failed);
    await expect.poll(() => page.getByRole('button', { name: `${L.workspace.synchronizeAll.matching} (${count.format(oracle.online)})` }).count()).toBe(1);
    await page.goBack();

    // The root cause: its count, its fix in words, and the screen where the fix is made.
    const group = page.getByRole('listitem', { name: L.workspace.causes.numberSequence });
    await expect.poll(() => group.textContent()).toContain(L.workspace.fix.numberSequence);
    const synchronizeAll = group.getByRole('button', { name: `${L.workspace.synchronizeAll.withCause} (${count.format(oracle.numberSequence)})` });
    expect(await synchronizeAll.count()).toBe(1);
    await group.getByRole('link', { name: L.workspace.openFix.numberSequence }).click();
    const salesOrders = page.getByRole('form', { name: 'USRT-SO' });
    await salesOrders.getByRole('textbox', { name: 'Largest' }).fill('999999');
    await salesOrders.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('Saved.').count()).toBe(1);
    await page.goBack();

    // Synchronize all with this cause: the count, a confirmation, then the outcome; the group is gone.
    await synchronizeAll.click();
    const dialog = page.getByRole('dialog', { name: L.workspace.synchronizeAll.withCause });
    await dialog.getByRole('button', { name: `Synchronize ${count.format(oracle.numberSequence)}` }).click();
    const n = oracle.numberSequence;
    await expect.poll(() => group.getByRole('alert').count(), { timeout: 30_000 }).toBe(1);
    expect(await group.getByRole('alert').textContent()).toMatch(new RegExp(`^${n} synchronized: ${n} succeeded, 0 failed`));
    expect(await group.textContent()).toContain(L.workspace.rootCauses.onlineOrders_other.replace('{{n}}', '0'));
    await group.getByRole('alert').getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => page.getByRole('listitem', { name: L.workspace.causes.numberSequence }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
