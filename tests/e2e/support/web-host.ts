import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface WebHost {
  url: string;
  stop(): void;
}

/** The browser host exactly as `npm run web` serves it (the renderer must already be built); `env` adds to its environment. */
export async function startWebHost(env: NodeJS.ProcessEnv = {}): Promise<WebHost> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['build/serve-web.mjs'], { env: { ...process.env, ...env, PORT: String(port) }, stdio: 'pipe' });
  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30_000;
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  for (;;) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill();
      throw new Error(`the browser host did not start at ${url}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, stop: () => child.kill() };
}
