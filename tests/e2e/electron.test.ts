import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { findElectronRuntime } from '../../build/electron-runtime.mjs';
import { HOST_API_GLOBAL, type AppInfo } from '../../shared/contracts/host-api';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const runtime = findElectronRuntime();

if (runtime === null) {
  console.log('Electron end-to-end test skipped: no Electron runtime is installed (set up without ELECTRON_SKIP_BINARY_DOWNLOAD to run it).');
}

const title = 'the desktop app opens on the online store transactions, served from app:// with the preload host';

describe('the Electron app', () => {
  it.skipIf(runtime === null)(runtime === null ? `${title} (skipped: no Electron runtime installed here)` : title, async () => {
    for (const built of ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html']) {
      expect(existsSync(path.join(projectRoot, built)), `${built} is missing: run npm run build first`).toBe(true);
    }
    // A throwaway settings folder (Linux reads it from XDG_CONFIG_HOME), so the test neither
    // reads nor changes a developer's settings nor collides with a running copy of the app.
    const configHome = await mkdtemp(path.join(tmpdir(), 'sync-console-e2e-'));
    const app = await electron.launch({
      executablePath: runtime ?? undefined,
      // Containers and CI runners usually cannot start Chromium's setuid/namespace sandbox.
      args: [...(process.platform === 'linux' ? ['--no-sandbox'] : []), '.'],
      cwd: projectRoot,
      env: { ...process.env, XDG_CONFIG_HOME: configHome },
    });
    try {
      const page = await app.firstWindow();
      await page.getByText('Online store transactions').first().waitFor({ timeout: 60_000 });
      expect(page.url()).toMatch(/^app:\/\/sync-console\//);
      const info = await page.evaluate(
        (global) => (window as unknown as Record<string, { getAppInfo(): Promise<AppInfo> }>)[global]?.getAppInfo(),
        HOST_API_GLOBAL,
      );
      expect(info).toMatchObject({ host: 'electron', name: 'Sync Console' });
    } finally {
      await app.close();
      await rm(configHome, { recursive: true, force: true });
    }
  });
});
