import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addTestConnection, signInThrough, startTestHq, type TestHq } from './support/test-hq';

// An auditor adds a connection to HQ in the browser host, signs in with the (test) Entra ID in a
// tab of their browser, pulls the last seven days' unsynchronized orders, loses the network
// mid-pull, resumes from the page reached, and opens the new workspace. HQ is the OData test
// server, Entra ID the test authority; the browser host's server trusts the authority's test
// certificate through NODE_EXTRA_CA_CERTS, and reaches HQ on loopback http by its test switch.

const TRANSACTIONS = 200;

describe('an auditor pulls from HQ into a workspace of its own', () => {
  let hq: TestHq;
  beforeAll(async () => {
    hq = await startTestHq(TRANSACTIONS);
  });
  afterAll(() => hq?.stop());

  it('adds a connection, signs in, pulls, loses the network mid-pull, resumes, and opens the workspace', async () => {
    const { server, host, context } = hq;
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${host.url}#/hq-connections`);
    await addTestConnection(page, hq);
    await signInThrough(page, hq, () => page.getByRole('button', { name: 'Sign in', exact: true }).click());

    // The network goes after two pages; the pull pauses on the page it reached and says so.
    server.goOfflineAfter(2);
    await page.getByRole('button', { name: 'Pull…' }).click();
    await page.getByRole('dialog', { name: 'Pull from Contoso test' }).getByRole('button', { name: 'Pull', exact: true }).click();
    const paused = page.getByRole('alert').filter({ hasText: 'The connection to HQ was lost' });
    await expect.poll(() => paused.count(), { timeout: 60_000 }).toBe(1);
    const answeredBefore = server.requests.filter((r) => r.status === 200).map((r) => r.url);
    server.online();
    await paused.getByRole('button', { name: 'Resume' }).click();

    const done = page.getByText(/^Pulled [\d,]+ rows into a new workspace\.$/);
    await expect.poll(() => done.count(), { timeout: 60_000 }).toBe(1);
    const answered = server.requests.filter((r) => r.status === 200).map((r) => r.url);
    // From the page it reached: nothing answered before the loss was asked for again.
    expect(answered.slice(answeredBefore.length).filter((url) => answeredBefore.includes(url))).toEqual([]);
    // Every request carried cross-company, and none wrote anything: the server answers GET only.
    expect(server.requests.every((r) => decodeURIComponent(r.url).includes('cross-company=true'))).toBe(true);

    await page.getByRole('button', { name: 'Open workspace' }).click();
    await page.waitForURL(/./);
    await expect.poll(() => page.getByRole('button', { name: /^Workspace: Contoso test: USRT/ }).count(), { timeout: 30_000 }).toBe(1);
    expect(errors).toEqual([]);
  });

  it('schedules Refresh from HQ for the pulled workspace, runs it there, and the workspace says when and from where it was last refreshed', async () => {
    const { server, host, context } = hq;
    // The same browser, the pulled workspace open (the pull above), one window: a second would offer to take the work over.
    for (const open of context.pages()) await open.close();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // After the pull, HQ synchronizes one of the orders it brought.
    server.hq.changeStatus(0, { Status: 'Succeeded', ErrorDetail: '', SalesId: 'SO-900001' }, new Date());
    await page.goto(`${host.url}#/import`);
    const banner = page.getByRole('region', { name: 'Imported workspace' });
    await expect.poll(() => banner.textContent(), { timeout: 30_000 }).toMatch(/not refreshed yet/);
    expect(await banner.textContent()).toContain(`from Contoso test (${server.url})`);

    await page.getByRole('row', { name: /^Contoso test: USRT/ }).getByRole('button', { name: 'Schedule refresh' }).click();
    const dialog = page.getByRole('dialog', { name: 'Create batch job: Refresh from HQ' });
    await dialog.getByLabel('Interval (minutes)').fill('60');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => page.getByText('Batch job created: see Batch jobs.').count()).toBe(1);

    // Run now on the batch job, in this window on the pulled workspace, where every other job is off.
    await page.goto(`${host.url}#/batch-jobs`);
    const job = page.getByRole('row', { name: /^Refresh from HQ Workspace Contoso test: USRT/ });
    await expect.poll(() => page.getByRole('region', { name: 'Run a job now, or schedule it' }).getByRole('button', { name: 'Run now' }).isDisabled()).toBe(true);
    await job.getByRole('button', { name: 'Run now' }).click();
    await expect.poll(() => job.getByText('Ended').count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => banner.textContent()).toMatch(new RegExp(`Last refreshed .+ from Contoso test \\(${server.url}\\)Last refresh: 1 updated, 0 added, 0 changed both here and in HQ`));

    await page.goto(`${host.url}#/run-history`);
    await expect.poll(() => page.getByRole('row', { name: /Refresh from HQ/ }).filter({ hasText: 'Workspace Contoso test: USRT' }).filter({ hasText: 'Ended' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
