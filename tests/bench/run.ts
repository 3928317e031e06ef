// npm run bench: what users run, measured where they run it. The bench page (tests/bench/chromium)
// is built like the app and opened in headless Chromium; the app's own HQ worker does the work,
// beside a plain Dexie bulkPut of the same rows, and the two rates are printed as a ratio.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromium } from 'playwright-core';
import type { BenchFigure } from './chromium/bench-page';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = path.join(root, 'dist/bench');
const TRANSACTIONS = Number(process.env.BENCH_TRANSACTIONS ?? 100_000);
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** A static server for the built page, on a free port of the loopback address. */
async function serve(): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const file = path.join(outDir, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/\/$/, '/index.html'));
    if (!file.startsWith(outDir)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return { url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`, server };
}

const rate = (rows: number, ms: number) => Math.round((rows / ms) * 1000);

await build({ configFile: path.join(root, 'tests/bench/chromium/vite.bench.config.ts') });
const { url, server } = await serve();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--enable-precise-memory-info'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => 'bench' in window);
  console.log(`Machine: ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB; Chromium ${browser.version()}`);
  const figures: BenchFigure[] = [
    await page.evaluate((n) => (window as unknown as { bench: { benchImport: (n: number) => Promise<BenchFigure> } }).bench.benchImport(n), TRANSACTIONS),
  ];
  console.log('\nscenario | rows | engine rows/s | raw bulkPut rows/s | engine / raw | JS heap before → after (MB)');
  for (const f of figures) {
    const engine = rate(f.rows, f.engineMs);
    const raw = rate(f.rows, f.rawMs);
    console.log(`${f.scenario} | ${f.rows} | ${engine} | ${raw} | ${Math.round((engine / raw) * 100)}% | ${f.heapBeforeMb ?? '?'} → ${f.heapAfterMb ?? '?'}`);
  }
} finally {
  await browser.close();
  server.close();
}
