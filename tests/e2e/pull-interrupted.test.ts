import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { addTestConnection, signInThrough, startTestHq, type TestHq } from './support/test-hq';

// An auditor starts a pull; the network goes and, while the pull waits for it, Sync Console is
// closed (the tab). At the next start Connect to HQ says the pull was interrupted and how far it
// got, and that nothing of it was kept; the person has signed out meanwhile, so Resume signs in
// first, then pulls the same request again from its first page into a new workspace.

const TRANSACTIONS = 200;

/** What the registry holds, read as the app's own database by the page (the screens only read it too). */
function registryTable(page: Page, table: 'workspaces' | 'pullsUnderWay'): Promise<Record<string, unknown>[]> {
  return page.evaluate((store) => new Promise<Record<string, unknown>[]>((resolve, reject) => {
    const opening = indexedDB.open('sync-console-workspaces');
    opening.onerror = () => reject(new Error(String(opening.error)));
    opening.onsuccess = () => {
      const db = opening.result;
      const reading = db.transaction(store, 'readonly').objectStore(store).getAll();
      reading.onsuccess = () => {
        db.close();
        resolve(reading.result as Record<string, unknown>[]);
      };
    };
  }), table);
}

describe('a pull the app closed on', () => {
  let hq: TestHq;
  beforeAll(async () => {
    hq = await startTestHq(TRANSACTIONS);
  });
  afterAll(() => hq?.stop());

  it('is said at the next start with how far it got, and Resume signs in again and pulls it from the start into a workspace', async () => {
    const { server, host, context } = hq;
    const errors: string[] = [];
    const open = async () => {
      const page = await context.newPage();
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${host.url}#/hq-connections`);
      return page;
    };
    const first = await open();
    await addTestConnection(first, hq);
    await signInThrough(first, hq, () => first.getByRole('button', { name: 'Sign in', exact: true }).click());

    server.goOfflineAfter(3);
    await first.getByRole('button', { name: 'Pull…' }).click();
    await first.getByRole('dialog', { name: 'Pull from Contoso test' }).getByRole('button', { name: 'Pull', exact: true }).click();
    await expect.poll(() => first.getByRole('alert').filter({ hasText: 'The connection to HQ was lost' }).count(), { timeout: 60_000 }).toBe(1);
    // The record notes how far the pull got as it pauses.
    await expect.poll(async () => (await registryTable(first, 'pullsUnderWay'))[0]?.rows ?? 0).toBeGreaterThan(0);
    const [left] = await registryTable(first, 'pullsUnderWay');
    await first.close();

    // The next start: the pull is said plainly, nothing of it is kept.
    const page = await open();
    const notice = page.getByRole('alert').filter({ hasText: 'was interrupted when Sync Console closed' });
    await expect.poll(() => notice.count(), { timeout: 30_000 }).toBe(1);
    const text = await notice.textContent();
    expect(text).toMatch(/^A pull from Contoso test \(USRT, .+ to .+\), started .+, was interrupted when Sync Console closed, after [\d,]+ rows\. Nothing of it was kept; your workspaces are as they were\. Resume starts it again from its first page\./);
    expect(text).toContain(`after ${(left!.rows as number).toLocaleString('en-US')} rows`);
    expect(await registryTable(page, 'workspaces')).toEqual([]);

    // Signed out since (or the browser host's server restarted): Resume asks to sign in first.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => notice.textContent()).toContain('You are not signed in to Contoso test: Resume asks you to sign in first.');
    server.online();
    const before = server.requests.length;
    await signInThrough(page, hq, () => notice.getByRole('button', { name: 'Sign in and resume' }).click());

    const done = page.getByText(/^Pulled [\d,]+ rows into a new workspace\.$/);
    await expect.poll(() => done.count(), { timeout: 60_000 }).toBe(1);
    expect(await notice.count()).toBe(0);
    // Again from the first page of the first set, with the same request.
    const asked = server.requests.slice(before).map((r) => decodeURIComponent(r.url));
    expect(asked[0]).toMatch(/^\/data\/RetailTransactionOrderStatusBIEntities\?(?!.*skiptoken)/);
    const [workspace] = await registryTable(page, 'workspaces');
    expect(workspace).toMatchObject({ id: left!.id, pulledFrom: { request: left!.request } });
    expect(await registryTable(page, 'pullsUnderWay')).toEqual([]);

    await page.getByRole('button', { name: 'Open workspace' }).click();
    await expect.poll(() => page.getByRole('button', { name: /^Workspace: Contoso test: USRT/ }).count(), { timeout: 30_000 }).toBe(1);
    expect(errors).toEqual([]);
  });
});
