import { describe, expect, it } from 'vitest';
import { hostAndBrowser } from './support/app-session';
import { outcomeOf, runUploadNow } from './support/jobs';

describe('a headquarters database written by a newer Sync Console', () => {
  const { host, browser } = hostAndBrowser();

  it('opens read-only: the data is shown, a banner says why, and a job is refused in words', async () => {
    const context = await browser().newContext({ viewport: { width: 1440, height: 900 } });
    let page = await context.newPage();
    await page.goto(host().url);
    await page.getByRole('link', { name: 'Channel databases' }).click();
    await page.getByRole('table', { name: 'Channel databases' }).waitFor();

    // A later version of the app upgrades the database: one version on, with a table of its own.
    // (This page's own connections let go when asked, as Dexie's do.)
    const bumped = await page.evaluate(async () => {
      const current = (await indexedDB.databases()).find((d) => d.name === 'sync-console-hq')!.version!;
      return new Promise<number>((resolve, reject) => {
        const request = indexedDB.open('sync-console-hq', current + 10);
        request.onupgradeneeded = () => request.result.createObjectStore('laterTable');
        request.onsuccess = () => {
          request.result.close();
          resolve(current + 10);
        };
        request.onerror = () => reject(request.error);
      });
    });
    expect(bumped).toBeGreaterThan(10);
    await page.close();

    page = await context.newPage();
    await page.goto(host().url);
    const banner = page.getByRole('region', { name: 'Read-only database' });
    await expect.poll(() => banner.textContent()).toMatch(/written by a newer version of Sync Console\. It is open read-only/);
    await page.getByRole('link', { name: 'Channel databases' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Channel databases' }).getByRole('row').count()).toBeGreaterThan(1);
    await runUploadNow(page);
    await expect.poll(() => outcomeOf(page, 'P-0001 Channel transactions'), { timeout: 30_000 }).toMatch(/written by a newer version of Sync Console/);
    await context.close();
  }, 60_000);
});
