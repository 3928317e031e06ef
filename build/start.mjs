// npm start (after npm run build): the Electron app where a runtime is installed, otherwise
// the same renderer in the browser host, said in one line rather than a stack trace.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findElectronRuntime } from './electron-runtime.mjs';
import { startBrowserHost } from './serve-web.mjs';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runtime = findElectronRuntime();

if (runtime !== null) {
  const child = spawn(runtime, ['.'], { cwd: projectRoot, stdio: 'inherit' });
  // As electron's own cli.js does: pass termination on, and exit as the app did.
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (!child.killed) child.kill(signal);
    });
  }
  child.on('close', (code, signal) => {
    if (code === null) console.error(`Electron exited with signal ${signal}`);
    process.exit(code ?? 1);
  });
} else {
  const url = await startBrowserHost();
  console.log(`No Electron runtime is installed (ELECTRON_SKIP_BINARY_DOWNLOAD or an offline install); serving the browser host at ${url} instead.`);
}
