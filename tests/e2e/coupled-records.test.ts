import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { en } from '../../renderer/i18n/en';
import { nb } from '../../renderer/i18n/nb';
import { sv } from '../../renderer/i18n/sv';
import { hostAndBrowser } from './support/app-session';
import { axeViolations, injectAxe } from './support/axe';

type Catalog = typeof en;
const fill = (template: string, values: Record<string, string>) => template.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => values[name] ?? '');

/** Tell me, by keyboard only: Ctrl+K or Alt+Q, the words, Enter on the first entry found. */
async function tellMe(page: Page, shortcut: 'Control+k' | 'Alt+q', words: string, first: string) {
  await page.keyboard.press(shortcut);
  await page.keyboard.type(words);
  await expect.poll(() => page.getByRole('option').first().textContent()).toContain(first);
  await page.keyboard.press('Enter');
}

/** Selects the one customer of Coupled customers, by its account in the quick filter. */
async function selectCustomer(page: Page, account: string) {
  await page.getByRole('link', { name: 'Coupled customers' }).click();
  await page.getByRole('searchbox').fill(account);
  const customers = page.getByRole('grid', { name: 'Coupled customers' });
  // The quick filter applies after a short debounce: the row is clicked once the list shows only it.
  await expect.poll(() => customers.getByRole('row').filter({ hasNotText: account }).count()).toBe(1); // the header row
  const row = customers.getByRole('row', { name: new RegExp(account) });
  // A click on the row already selected would not select it again.
  if ((await row.getAttribute('aria-selected')) !== 'true') await row.getByRole('gridcell').nth(1).click();
}

async function logOf(page: Page, account: string): Promise<string> {
  await selectCustomer(page, account);
  const showLog = page.getByRole('button', { name: 'Synchronization log' });
  await expect.poll(() => showLog.isEnabled()).toBe(true);
  await showLog.click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.getByRole('row').count()).toBeGreaterThan(2);
  const text = (await dialog.textContent()) ?? '';
  await dialog.getByRole('button', { name: 'Close' }).click();
  return text;
}

/** Settings › Language, from the language the page speaks now. */
async function switchLanguage(page: Page, from: Catalog, to: string) {
  await page.getByRole('button', { name: from.settings.open }).click();
  const settings = page.getByRole('dialog');
  await settings.getByRole('combobox', { name: from.settings.language }).click();
  await page.getByRole('option', { name: to, exact: true }).click();
  await page.keyboard.press('Escape');
  await settings.waitFor({ state: 'hidden' });
}

/** Synchronize on the selected conflict, in the language of the catalog: Merge refused and why, Send recommended. */
async function expectMergeRefused(page: Page, catalog: Catalog) {
  const actions = page.getByRole('navigation', { name: catalog.coupled.actions });
  await actions.getByRole('button', { name: fill(catalog.selection.actOn, { label: catalog.coupled.synchronize, count: '1' }), exact: true }).click();
  const dialog = page.getByRole('dialog');
  const fields = [catalog.coupled.fields.phone, catalog.coupled.fields.street].join(', ');
  await expect.poll(() => dialog.getByRole('alert').textContent()).toBe(fill(catalog.coupled.mergeForbidden, { fields }));
  const send = `${catalog.coupled.send}: ${catalog.coupled.sendHelp}`;
  expect(await dialog.getByRole('radio').count()).toBe(2);
  expect(await dialog.getByRole('radio', { name: fill(catalog.coupled.recommended, { label: send }) }).isChecked()).toBe(true);
  expect(await dialog.getByRole('radio', { name: new RegExp(`^${catalog.coupled.merge}`) }).count()).toBe(0);
  expect(await dialog.getByRole('row', { name: new RegExp(`^${catalog.coupled.fields.phone} \\(${catalog.coupled.changedInBothField}\\)`) }).count()).toBe(1);
  await injectAxe(page);
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: catalog.coupled.cancel }).click();
}

describe('an administrator resolves coupled data synchronization errors as in Business Central', () => {
  const app = hostAndBrowser();

  it('gets the direction recommended from what changed, Merge only where no field changed on both sides, in every language; each run is a job in the log', async () => {
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

    // Changed in the CRM only since then: Get is recommended, and Merge is offered, field by field.
    await selectCustomer(page, '004041');
    await page.getByRole('button', { name: 'Edit in CRM' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toContain('edited in the CRM');
    await page.getByRole('button', { name: 'Synchronize', exact: true }).click();
    let dialog = page.getByRole('dialog');
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe(en.coupled.whatChanged.crm);
    expect(await dialog.getByRole('radio', { name: /^Get data update.*\(recommended\)$/ }).isChecked()).toBe(true);
    await dialog.getByRole('radio', { name: /^Merge data/ }).check();
    const crmStreet = (await dialog.getByRole('row', { name: /^Street/ }).getByRole('cell').nth(1).textContent())!;
    expect(crmStreet).toMatch(/\(CRM\)$/);
    // Each field starts from the side that changed it; the street is kept as Sync Console has it.
    expect(await dialog.getByRole('radiogroup', { name: 'Keep Phone' }).getByRole('radio', { name: 'CRM' }).isChecked()).toBe(true);
    await dialog.getByRole('radiogroup', { name: 'Keep Street' }).getByRole('radio', { name: 'Sync Console (HQ)' }).check();
    await dialog.getByRole('button', { name: 'Synchronize' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe('The synchronization has been scheduled.');
    const mergeLog = await logOf(page, '004041');
    expect(mergeLog).toContain('Synchronize (Merge data)');
    expect(mergeLog).toContain('Customer to Dataverse Account.');
    expect(mergeLog).toContain('Dataverse Account to Customer.');
    expect(mergeLog).toContain(en.synchLog.merged);
    expect(mergeLog).toMatch(/Last synch\. result: Success · Last synch\. job ID: \d+/);

    // Changed in both apps: Merge is not offered, in English, Norwegian and Swedish alike.
    await tellMe(page, 'Alt+q', 'coupled data', 'Coupled data synchronization errors');
    const grid = page.getByRole('grid').first();
    await expect.poll(() => grid.getByRole('row').count()).toBe(7);
    await grid.getByRole('row', { name: /004002/ }).getByRole('checkbox').check();
    await expectMergeRefused(page, en);
    await switchLanguage(page, en, 'Norsk bokmål');
    await expectMergeRefused(page, nb);
    await switchLanguage(page, nb, 'Svenska');
    await expectMergeRefused(page, sv);
    await switchLanguage(page, sv, 'English');

    // Send it: a run on the job runner, reported as Business Central reports it, in the record's log and in Run history.
    const actions = page.getByRole('navigation', { name: 'Actions' });
    await actions.getByRole('button', { name: 'Synchronize (1)', exact: true }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Synchronize' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe('The synchronization has been scheduled.');
    await expect.poll(() => grid.getByRole('row').count()).toBe(6);

    // Several: Send or Get only, and Business Central's count of what was scheduled, failed and skipped.
    await grid.getByRole('row', { name: /004006/ }).getByRole('checkbox').check();
    await grid.getByRole('row', { name: /004010/ }).getByRole('checkbox').check();
    await actions.getByRole('button', { name: 'Synchronize (2)', exact: true }).click();
    expect(await dialog.getByRole('radio').count()).toBe(2);
    await dialog.getByRole('radio', { name: /^Get data update/ }).check();
    await dialog.getByRole('button', { name: 'Synchronize' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent())
      .toBe('The synchronization has been scheduled for 2 of 2 records. 0 records failed. 0 records were skipped.');

    // Restore records: the broken coupling is removed and a job creates the account again; the Uncoupling log says who and why.
    await grid.getByRole('row', { name: /004014/ }).getByRole('checkbox').check();
    await actions.getByRole('button', { name: 'Restore records (1)', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent()).toBe('The synchronization has been scheduled.');
    await actions.getByRole('button', { name: 'Uncoupling log' }).click();
    const uncouplings = page.getByRole('dialog');
    await expect.poll(() => uncouplings.getByRole('row').count()).toBe(2);
    // Who (the browser host's user), what and why.
    const uncoupling = (await uncouplings.getByRole('row').nth(1).textContent())!;
    for (const text of ['004014 Ola Hansen', 'Administrator', 'Restore records', en.synchLog.restoreUncoupled]) expect(uncoupling).toContain(text);
    await uncouplings.getByRole('button', { name: 'Close' }).click();

    const sentLog = await logOf(page, '004002');
    expect(sentLog).toContain('Synchronize (Send data update)');
    expect(sentLog).toContain('Last synch. CRM result: Success');
    const restoredLog = await logOf(page, '004014');
    expect(restoredLog).toContain(en.synchLog.restoreUncoupled);
    expect(restoredLog).toMatch(/Created in the CRM as account Ola Hansen from the customer, and coupled to it\./);

    await page.getByRole('link', { name: 'Run history' }).click();
    await expect.poll(() => page.getByRole('grid').first().textContent()).toContain('Restore records: 1 coupled record, by');
    expect(errors).toEqual([]);
  }, 90_000);
});
