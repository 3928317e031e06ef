import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nbNO } from '@mui/material/locale';
import { nb } from '../../renderer/i18n/nb';
import type { HqDatabase } from '../../shared/db/hq-database';
import { seededDatabase } from '../support/memory-database';
import { uploadAndSynchronize } from '../support/fixes';
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

/** The oracle: the same deterministic demo, run by the engine in Node: how many orders fail, and on the number sequence. */
async function failures(db: HqDatabase) {
  const failed = await db.RetailTransactionOrderStatus.where('Status').equals('Failed').toArray();
  return {
    online: failed.filter((s) => s.channelKind === 'online').length,
    numberSequence: failed.filter((s) => s.ErrorCauses.includes('numberSequence')).length,
    // Orders that fail for the number sequence alone: the others fail again, for what else they have.
    numberSequenceOnly: failed.filter((s) => s.ErrorCauses.every((c) => c === 'numberSequence')).length,
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

    await runUploadNow(page, L);
    await expect.poll(() => page.getByRole('row', { name: L.jobNames['P-0001'] }).getByRole('alert').count(), { timeout: 60_000 }).toBe(1);
    await runSynchronizeOrders(page);
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
