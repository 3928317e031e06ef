import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Debian's Chromium, headless, with everything that would reach out to the network switched off. */
export async function launchChromium(): Promise<Browser> {
  return failingOnRefusedWrites(await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  }));
}

/**
 * The HQ worker is the only writer: a screen that writes through the window's handle is refused
 * (shared/db/refuse-writes.ts), and the refusal is logged. Every page of this browser is watched
 * for it, and closing the browser fails the test file if any screen wrote, whatever it showed.
 */
/** How a refused write begins in the log (WriteRefusedError). */
const REFUSED = 'This window only reads the headquarters database';

function failingOnRefusedWrites(browser: Browser): Browser {
  const refused: string[] = [];
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.on('console', (message) => {
      if (message.type() === 'error' && message.text().includes(REFUSED)) refused.push(message.text());
    });
    return context;
  };
  const close = browser.close.bind(browser);
  browser.close = async (options) => {
    await close(options);
    if (refused.length > 0) throw new Error(`A screen wrote to the database, which only the HQ worker may: ${refused.join('; ')}`);
  };
  return browser;
}
