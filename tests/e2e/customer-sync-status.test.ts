import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { outcomeOf, runUploadNow } from './support/jobs';
import { hostAndBrowser } from './support/app-session';

/** The value shown under a labelled field of the operation details (the group's text after its caption). */
const field = (page: Page, name: string) => ({
  textContent: async () => (await page.getByRole('region', { name: 'Operation details' }).getByRole('group', { name, exact: true }).textContent())?.slice(name.length) ?? null,
});

async function findOperation(page: Page, customerField: string, value: string) {
  await page.getByRole('link', { name: 'Customer synchronization status' }).click();
  await page.getByRole('combobox', { name: 'Customer field' }).click();
  await page.getByRole('option', { name: customerField, exact: true }).click();
  await page.getByRole('searchbox', { name: 'Value' }).fill(value);
  const grid = page.getByRole('grid', { name: 'Customer synchronization status' });
  await expect.poll(() => grid.getByRole('row').count()).toBe(2); // header and the one match
  await grid.getByRole('row').nth(1).getByRole('gridcell').nth(4).click();
}

describe('an administrator fixes a customer created offline that did not synchronize', () => {
  const app = hostAndBrowser();

  it('filters on a customer field, reads the error, corrects the new value, saves, synchronizes, and it stays so after a reload', async () => {
    const page = await (await app.browser().newContext({ viewport: { width: 1440, height: 1000 } })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(app.host().url);

    await runUploadNow(page);
    await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions'), { timeout: 60_000 }).toMatch(/^Ended: /);
    await page.getByRole('link', { name: 'Batch jobs' }).click();
    const runOrSchedule = page.getByRole('region', { name: 'Run a job now, or schedule it' });
    await runOrSchedule.getByRole('combobox', { name: 'Job' }).click();
    await page.getByRole('option', { name: 'Synchronize customers and channel requests' }).click();
    await runOrSchedule.getByRole('button', { name: 'Run now' }).click();
    await expect.poll(() => runOrSchedule.getByRole('alert').textContent()).toMatch(/^Ended: 24 processed, 17 succeeded, 7 failed/);

    await findOperation(page, 'E-mail', 'emma.holm');
    await expect.poll(() => field(page, 'Last known error').textContent()).toContain("'emma.holm@example' is not a valid e-mail address.");
    expect(await field(page, 'Customer synchronization status').textContent()).toBe('Failed');
    expect(await field(page, 'Change description').textContent()).toContain('Customer creation: Emma Holm');

    const email = page.getByRole('textbox', { name: 'New value: E-mail' });
    await email.fill('emma holm@example.com');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText("'emma holm@example.com' is not a valid e-mail address.").count()).toBe(1);
    await page.getByRole('tab', { name: 'Audit trail' }).click();
    expect(await page.getByText('Nobody has edited this operation.').count()).toBe(1);
    await page.getByRole('tab', { name: 'Customer attributes' }).click();

    await page.getByRole('textbox', { name: 'New value: E-mail' }).fill('emma.holm@example.com');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByText('1 values saved.').count()).toBe(1);
    await page.getByRole('region', { name: 'Operation details' }).getByRole('button', { name: 'Synchronize' }).click();
    await expect.poll(() => field(page, 'Customer synchronization status').textContent()).toBe('Succeeded');
    const account = (await field(page, 'Customer account').textContent())!;
    expect(account).toMatch(/^\d{6}$/);
    expect(await field(page, 'Last known error').textContent()).toBe('—');

    await page.reload();
    await findOperation(page, 'E-mail', 'emma.holm');
    await expect.poll(() => field(page, 'Customer synchronization status').textContent()).toBe('Succeeded');
    expect(await field(page, 'Customer account').textContent()).toBe(account);
    await page.getByRole('tab', { name: 'Audit trail' }).click();
    const audit = page.getByRole('table', { name: 'Audit trail' }).getByRole('row').nth(1);
    expect(await audit.textContent()).toMatch(/^E-mailemma\.holm@exampleemma\.holm@example\.comAdministrator\d{2}\/\d{2}\/\d{4}, /);
    expect(errors).toEqual([]);
  });

  it('refuses to enable async customer editing before its prerequisites, naming the missing one', async () => {
    const page = await (await app.browser().newContext()).newPage();
    await page.goto(app.host().url);
    await page.getByRole('link', { name: 'Feature management' }).click();
    await page.getByRole('switch', { name: 'Enable editing customers in asynchronous mode' }).click();
    await expect.poll(() => page.getByRole('alert').first().textContent())
      .toContain('Enable editing customers in asynchronous mode can only be enabled after: Enable creating customer addresses asynchronously.');
    expect(await page.getByRole('switch', { name: 'Enable editing customers in asynchronous mode' }).isChecked()).toBe(false);

    await page.getByRole('switch', { name: 'Enable creating customer addresses asynchronously' }).click();
    await expect.poll(() => page.getByText(/1110 Global configuration, for /).count()).toBe(1);
    await page.getByRole('switch', { name: 'Enable editing customers in asynchronous mode' }).click();
    await expect.poll(() => page.getByRole('switch', { name: 'Enable editing customers in asynchronous mode' }).isChecked()).toBe(true);
  });
});
