import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The path of the installed Electron binary, or null. Read as the electron package's own index.js
 * reads it (its path.txt, under dist/, or ELECTRON_OVERRIDE_DIST_PATH), without requiring that
 * module: where the binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD, offline installs)
 * it would try to download it and print the network's stack trace. path.txt can outlive a deleted
 * dist/, hence the check that the binary is there.
 */
export function findElectronRuntime() {
  let packageDir;
  try {
    packageDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = path.join(packageDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!executable && !override) return null;
  const binary = override ? path.join(override, executable || 'electron') : path.join(packageDir, 'dist', executable);
  return existsSync(binary) ? binary : null;
}
