import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { defaultSettings, ipcChannels, type Settings } from '../../shared/contracts/host-api';
import { createHostHandlers, registerIpcHandlers } from '../../electron/main/ipc-handlers';
import type { SettingsStore } from '../../electron/main/settings-store';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

function memorySettings(): SettingsStore {
  let settings: Settings = defaultSettings;
  return { read: () => settings, update: (patch) => (settings = { ...settings, ...patch }) };
}

function register() {
  const listeners = new Map<string, Listener>();
  const appInfo = { name: 'Sync Console', version: '0.1.0', host: 'electron' as const, platform: 'linux' };
  registerIpcHandlers({ handle: (channel, listener) => void listeners.set(channel, listener) }, createHostHandlers(appInfo, memorySettings()));
  return listeners;
}

// Only the fields the guard reads; the rest of a real event plays no part.
const eventFrom = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent;

describe('registerIpcHandlers', () => {
  it('answers exactly the allow-listed channels', () => {
    expect([...register().keys()].sort()).toEqual(Object.keys(ipcChannels).sort());
  });

  it('serves the app and refuses other senders', async () => {
    const listeners = register();
    const update = listeners.get('host:updateSettings');
    const get = listeners.get('host:getSettings');
    expect(update && get).toBeTruthy();
    await expect(update?.(eventFrom('app://sync-console/index.html'), { lastScreen: 'job-runs' })).resolves.toEqual({ ...defaultSettings, lastScreen: 'job-runs' });
    await expect(get?.(eventFrom('app://sync-console/index.html'))).resolves.toMatchObject({ lastScreen: 'job-runs' });
    await expect(get?.(eventFrom('https://example.com/'))).rejects.toThrow(/is not part of/);
  });
});
