import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findElectronRuntime } from '../../build/electron-runtime.mjs';

// npm start decides between Electron and the browser host with this; requiring the electron
// module instead (as before) tried a download offline and printed the network's stack trace.
describe('findElectronRuntime', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('finds no runtime where the binary was never downloaded (this machine)', () => {
    vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', '');
    expect(findElectronRuntime()).toBeNull();
  });

  it('finds the binary in an override folder, as electron itself does', () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'electron-dist-'));
    writeFileSync(path.join(dist, 'electron'), '');
    vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', dist);
    expect(findElectronRuntime()).toBe(path.join(dist, 'electron'));
  });

  it('finds nothing when the override folder holds no binary', () => {
    vi.stubEnv('ELECTRON_OVERRIDE_DIST_PATH', mkdtempSync(path.join(tmpdir(), 'electron-empty-')));
    expect(findElectronRuntime()).toBeNull();
  });
});
