import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The path of the installed Electron binary, or null. The electron package throws when its
 * binary was never downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD, offline installs), and its
 * path.txt can outlive a deleted dist/, hence both checks.
 */
export function findElectronRuntime() {
  try {
    const binary = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
