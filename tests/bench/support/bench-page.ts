import type { BrowserContext, Page } from 'playwright-core';
import type { BenchApi, BenchWindow } from '../page/bench-api';

type Method = (...args: unknown[]) => Promise<unknown>;

/** A fresh page of the bench: one per scenario, since the HQ worker it starts keeps the writer lock until the page closes. */
export async function openBenchPage(browser: BrowserContext, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  page.on('console', (message) => void (message.type() === 'error' && console.error(`page console: ${message.text()}`)));
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
  return page;
}

/** Calls window.bench[name](...args) in the page and waits for it; no timeout, a scenario at 100,000 transactions takes minutes. */
export async function call<K extends keyof BenchApi>(page: Page, name: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  const result: unknown = await page.evaluate(
    // The page's own stack, not only a minified name, when it fails.
    ([method, params]) => ((window as unknown as BenchWindow).bench[method as keyof BenchApi] as Method)(...params)
      .catch((error: unknown) => { throw new Error(error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error)); }),
    [name, args] as const,
  );
  return result as Awaited<ReturnType<BenchApi[K]>>;
}
