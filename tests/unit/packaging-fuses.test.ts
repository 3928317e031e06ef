import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// electron-builder flips these fuses in the packaged binary (Electron's checklist, item 20; docs/security.md).
const packaging = z.object({
  build: z.object({ asar: z.boolean().optional(), electronFuses: z.record(z.string(), z.boolean()) }),
}).parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')));

describe('the packaged app’s fuses', () => {
  it('turn off every way to run the binary as something else, and load only the app’s own checked archive', () => {
    expect(packaging.build.asar).not.toBe(false);
    expect(packaging.build.electronFuses).toEqual({
      // No ELECTRON_RUN_AS_NODE, NODE_OPTIONS or --inspect: the signed binary cannot be made a Node.js shell.
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      // The code is app.asar alone, checked against its hash where the OS supports it (macOS, Windows).
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      // The app is served from app://, never file://: file pages get no extra rights.
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
    });
  });
});
