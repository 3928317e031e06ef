import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { LOOPBACK_HQ_VARIABLE } from '../../../electron/connector/loopback-hq';
import { DATA_DIR_VARIABLE } from '../../../electron/connector/browser-host-connector';
import { startODataTestServer, type ODataTestServer } from '../../support/odata-test-server';
import { TestAuthority, TEST_TENANT, TEST_USER } from '../../support/test-authority';
import { testCertificate } from '../../support/tls-certificate';
import { launchChromium } from './chromium';
import { startWebHost, type WebHost } from './web-host';

/**
 * A real HQ as far as the browser host can tell: the OData test server, the OpenID Connect test
 * authority, and the browser host's server (which trusts the authority's test certificate through
 * NODE_EXTRA_CA_CERTS and reaches HQ on loopback http by its test switch), with a browser.
 */
export interface TestHq {
  authority: TestAuthority;
  server: ODataTestServer;
  host: WebHost;
  browser: Browser;
  context: BrowserContext;
  stop(): Promise<void>;
}

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The test HQ with `transactions` transactions of company USRT over the last three days. */
export async function startTestHq(transactions: number): Promise<TestHq> {
  const dir = await mkdtemp(path.join(tmpdir(), 'sync-console-pull-'));
  const authority = await TestAuthority.start();
  await writeFile(path.join(dir, 'authority.pem'), (await testCertificate()).cert);
  const server = await startODataTestServer({ transactions, companies: ['usrt'], firstDay: day(-3), days: 3, verifyToken: authority.verifyToken });
  const [host, browser] = await Promise.all([
    startWebHost({ [LOOPBACK_HQ_VARIABLE]: '1', NODE_EXTRA_CA_CERTS: path.join(dir, 'authority.pem'), [DATA_DIR_VARIABLE]: dir }),
    launchChromium(),
  ]);
  // The person's browser trusts their identity provider; here that is the test authority's own certificate.
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, ignoreHTTPSErrors: true });
  return {
    authority, server, host, browser, context,
    stop: async () => {
      await browser.close();
      host.stop();
      await server.stop();
      await authority.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** On Connect to HQ: adds the connection "Contoso test" to the test HQ, company USRT. */
export async function addTestConnection(page: Page, hq: TestHq): Promise<void> {
  await page.getByRole('button', { name: 'Add connection' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a connection to HQ' });
  await dialog.getByLabel('Name').fill('Contoso test');
  await dialog.getByLabel('Environment URL').fill(hq.server.url);
  await dialog.getByLabel('Tenant (directory) ID or domain').fill(TEST_TENANT);
  await dialog.getByLabel('Application (client) ID').fill('5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b');
  await dialog.getByLabel('Sign-in authority').fill(hq.authority.host);
  await dialog.getByLabel('Companies').fill('USRT');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect.poll(() => page.getByText('Not signed in').count()).toBe(1);
}

/** Clicks what signs in (a tab opens, the authority signs the person in and sends the browser back to the loopback listener) and waits until signed in. */
export async function signInThrough(page: Page, hq: TestHq, click: () => Promise<void>): Promise<void> {
  const tab = hq.context.waitForEvent('page');
  await click();
  const signInTab = await tab;
  await expect.poll(() => signInTab.textContent('body').catch(() => ''), { timeout: 30_000 }).toContain('You are signed in to Sync Console');
  await expect.poll(() => page.getByText(`Signed in as ${TEST_USER}`).count(), { timeout: 30_000 }).toBe(1);
}
