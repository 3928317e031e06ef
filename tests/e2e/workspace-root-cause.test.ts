import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nbNO } from '@mui/material/locale';
import { nb } from '../../renderer/i18n/nb';
import { hostAndBrowser } from './support/app-session';
import { runUploadNow } from './support/jobs';

/**
 * The one place the test's language is set: a Norwegian store manager's browser (nothing chosen in
 * Settings, so the app follows it), and the labels the test reads, from the app's own resources.
 */
const LANGUAGE = { locale: 'nb-NO', labels: nb, closeText: nbNO.components!.MuiAlert!.defaultProps!.closeText! };
const L = LANGUAGE.labels;
const count = new Intl.NumberFormat(LANGUAGE.locale);
/** A resource with its values put in, as i18next does. */
const fill = (text: string, values: Record<string, string | number>) => text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

type FailedStatus = { Status: string; channelKind: string; ErrorCauses: string[] };

/**
 * The oracle: the failures the app's own database holds once the job has run, read straight from
 * IndexedDB beside the screens. (Which orders find the sequence used up depends on where the job's
 * chunks fell, and chunks are sized by time, so a run elsewhere would not tell.)
 */
async function failures(page: Page) {
  const failed = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('sync-console-hq');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction('RetailTransactionOrderStatus').objectStore('RetailTransactionOrderStatus').getAll();
      request.onsuccess = () => resolve(request.result as unknown[]);
      request.onerror = () => reject(request.error);
    });
    db.close();
    return rows;
  }) as FailedStatus[];
  const failedOnes = failed.filter((s) => s.Status === 'Failed');
  return {
    online: failedOnes.filter((s) => s.channelKind === 'online').length,
    numberSequence: failedOnes.filter((s) => s.ErrorCauses.includes('numberSequence')).length,
    // Orders that fail for the number sequence alone: the others fail again, for what else they have.
    numberSequenceOnly: failedOnes.filter((s) => s.ErrorCauses.every((c) => c === 'numberSequence')).length,
  };
}

async function runSynchronizeOrders(page: Page): Promise<void> {
  await page.getByRole('link', { name: L.nav.batchJobs }).click();
  const runOrSchedule = page.getByRole('region', { name: L.batchJobs.runOrSchedule });
  await runOrSchedule.getByRole('button', { name: L.jobs.runNow }).click(); // Synchronize orders, all stores: the defaults
  await expect.poll(() => runOrSchedule.getByRole('alert').textContent(), { timeout: 60_000 }).toMatch(new RegExp(`^${L.runStatus.Ended}`));
}

describe('a Norwegian store manager starts the day in the Store financials workspace', () => {
  const session = hostAndBrowser();

  it('goes from a tile to a root cause, makes the fix, and synchronizes every order with that cause', async () => {
    const context = await session.browser().newContext({ viewport: { width: 1440, height: 900 }, locale: LANGUAGE.locale });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(session.host().url);
    // The workspace is the first screen.
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(L.nav.workspace);

    await runUploadNow(page, L);
    await expect.poll(() => page.getByRole('row', { name: L.jobNames['P-0001'] }).getByRole('alert').count(), { timeout: 60_000 }).toBe(1);
    await runSynchronizeOrders(page);
    const oracle = await failures(page);
    expect(oracle.numberSequence).toBeGreaterThan(0); // the demo fails orders on the number sequence
    await page.getByRole('link', { name: L.nav.workspace }).click();

    // A tile: its live count, and its list opened already filtered.
    const tile = page.getByRole('link', { name: `${count.format(oracle.online)} ${L.workspace.tiles.onlineOrderErrors}`, exact: true });
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
    await salesOrders.getByRole('textbox', { name: L.numberSequences.largest }).fill('999999');
    await salesOrders.getByRole('button', { name: L.numberSequences.save }).click();
    await expect.poll(() => page.getByText(L.numberSequences.saved).count()).toBe(1);
    await page.goBack();

    // Synchronize all with this cause: the count, a confirmation, then the outcome; the group is gone.
    await synchronizeAll.click();
    const dialog = page.getByRole('dialog', { name: L.workspace.synchronizeAll.withCause });
    await dialog.getByRole('button', { name: fill(L.workspace.synchronizeAll.confirm, { count: count.format(oracle.numberSequence) }) }).click();
    const n = oracle.numberSequence;
    const only = oracle.numberSequenceOnly;
    expect(only).toBeGreaterThan(0);
    await expect.poll(() => group.getByRole('alert').count(), { timeout: 30_000 }).toBe(1);
    expect(await group.getByRole('alert').textContent()).toContain(fill(L.transactions.outcome, { processed: n, succeeded: only, failed: n - only, skipped: 0 }));
    expect(await group.textContent()).toContain(L.workspace.rootCauses.onlineOrders_other.replace('{{n}}', '0'));
    await group.getByRole('alert').getByRole('button', { name: LANGUAGE.closeText }).click();
    await expect.poll(() => page.getByRole('listitem', { name: L.workspace.causes.numberSequence }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
