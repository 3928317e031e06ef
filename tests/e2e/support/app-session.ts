import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium';
import { startWebHost, type WebHost } from './web-host';

/** The browser host and Chromium, started before a file's tests and stopped after them. */
export function hostAndBrowser(): { host: () => WebHost; browser: () => Browser } {
  let host: WebHost | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [host, browser] = await Promise.all([startWebHost(), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    host?.stop();
  });
  const started = <T,>(value: T | undefined): T => {
    if (value === undefined) throw new Error('The browser host and Chromium start before the tests.');
    return value;
  };
  return { host: () => started(host), browser: () => started(browser) };
}
