import { describe, expect, it, vi } from 'vitest';
import { defaultSettings, type Settings } from '../../shared/contracts/host-api';
import { handleIpcMessage, IpcRefusedError, type IpcHandlers } from '../../electron/main/ipc-guard';

const appFrame = 'app://sync-console/index.html';

function fakeHandlers() {
  let settings: Settings = defaultSettings;
  const handlers = {
    'host:getAppInfo': vi.fn(() => ({ name: 'Sync Console', version: '1.2.3', host: 'electron' as const, platform: 'linux' })),
    'host:getSettings': vi.fn(() => settings),
    'host:updateSettings': vi.fn((patch: Partial<Settings>) => (settings = { ...settings, ...patch })),
  } satisfies IpcHandlers;
  return handlers;
}

describe('handleIpcMessage', () => {
  it.each([
    ['a web page', 'https://example.com/'],
    ['a look-alike origin', 'app://sync-console.evil/index.html'],
    ['a local file', 'file:///tmp/index.html'],
    ['an empty URL', ''],
    ['a destroyed frame', null],
    ['no frame', undefined],
  ])('refuses a sender that is %s and runs nothing', async (_name, senderUrl) => {
    const handlers = fakeHandlers();
    await expect(handleIpcMessage('host:getSettings', senderUrl, [], handlers)).rejects.toThrow(IpcRefusedError);
    await expect(handleIpcMessage('host:getSettings', senderUrl, [], handlers)).rejects.toThrow(/is not part of app:\/\/sync-console/);
    expect(handlers['host:getSettings']).not.toHaveBeenCalled();
  });

  it.each(['host:deleteEverything', 'constructor', '__proto__', 'toString'])('refuses the channel "%s", which is not allow-listed', async (channel) => {
    await expect(handleIpcMessage(channel, appFrame, [], fakeHandlers())).rejects.toThrow(/not an allow-listed channel/);
  });

  it.each([
    ['an unknown key', { lastScreen: 'x', theme: 'dark' }],
    ['a wrong type', { lastScreen: 42 }],
    ['a value outside the enum', { language: 'fr' }],
    ['a string too long', { lastScreen: 'x'.repeat(65) }],
    ['no object at all', 'lastScreen=x'],
    ['nothing', undefined],
  ])('refuses updateSettings with %s', async (_name, patch) => {
    const handlers = fakeHandlers();
    await expect(handleIpcMessage('host:updateSettings', appFrame, [patch], handlers)).rejects.toThrow(/invalid argument/);
    expect(handlers['host:updateSettings']).not.toHaveBeenCalled();
  });

  it('refuses an argument on a channel that takes none, and extra arguments', async () => {
    const handlers = fakeHandlers();
    await expect(handleIpcMessage('host:getSettings', appFrame, [{ sneaky: true }], handlers)).rejects.toThrow(/invalid argument/);
    await expect(handleIpcMessage('host:updateSettings', appFrame, [{}, { more: 1 }], handlers)).rejects.toThrow(/at most one argument/);
    expect(handlers['host:getSettings']).not.toHaveBeenCalled();
    expect(handlers['host:updateSettings']).not.toHaveBeenCalled();
  });

  it('dispatches a valid message from the app to its handler with the parsed argument', async () => {
    const handlers = fakeHandlers();
    await expect(handleIpcMessage('host:updateSettings', appFrame, [{ lastScreen: 'job-runs' }], handlers)).resolves.toEqual({
      ...defaultSettings,
      lastScreen: 'job-runs',
    });
    expect(handlers['host:updateSettings']).toHaveBeenCalledWith({ lastScreen: 'job-runs' });
    await expect(handleIpcMessage('host:getAppInfo', 'app://sync-console/nested/frame.html', [], handlers)).resolves.toMatchObject({ host: 'electron' });
    await expect(handleIpcMessage('host:getSettings', appFrame, [undefined], handlers)).resolves.toMatchObject({ lastScreen: 'job-runs' });
  });
});
