// The browser host: serves the built renderer (dist/renderer) with Vite's preview server.
// Run directly (npm run web) or imported by start.mjs when no Electron runtime is installed.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { preview } from 'vite';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function browserHostPort() {
  const port = Number(process.env.PORT ?? 4173);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a TCP port number, got "${process.env.PORT}".`);
  return port;
}

/** Starts the server and resolves with its URL. Absolute paths, so it works from any working directory. */
export async function startBrowserHost(port = browserHostPort()) {
  await preview({
    // vite.config.ts stays the one source of the output folder (build.outDir, relative to root).
    configFile: path.join(projectRoot, 'vite.config.ts'),
    // Loaded by Vite's module runner, which resolves the connector's imports as the app's build does
    // (the bundle loader warns that its coming native default cannot).
    configLoader: 'runner',
    root: path.join(projectRoot, 'renderer'),
    logLevel: 'warn',
    // strictPort: a URL that silently moved to another port would be a wrong URL on screen.
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return `http://127.0.0.1:${port}`;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const url = await startBrowserHost();
  console.log(`Sync Console browser host: ${url}`);
}
