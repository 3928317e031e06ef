import { describe, expect, it, vi, type Mock } from 'vitest';
import { defaultSettings } from '../../shared/contracts/host-api';
import { createHostHandlers } from '../../electron/main/ipc-handlers';
import { fakeSender, mainServices } from '../support/main-services';
import { handleIpcMessage, IpcRefusedError, type IpcHandlers } from '../../electron/main/ipc-guard';

const appFrame = 'app://sync-console/index.html';

const { context } = fakeSender();

/** The real handlers, each wrapped in a spy so a test can see whether the guard let it run. */
async function fakeHandlers() {
  const real = createHostHandlers(await mainServices());
  const spied = Object.fromEntries(Object.entries(real).map(([channel, handler]) => [channel, vi.fn(handler)]));
  return spied as unknown as { [C in keyof IpcHandlers]: Mock<IpcHandlers[C]> };
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
    const handlers = await fakeHandlers();
    await expect(handleIpcMessage('host:getSettings', senderUrl, [], handlers, context)).rejects.toThrow(IpcRefusedError);
    await expect(handleIpcMessage('host:getSettings', senderUrl, [], handlers, context)).rejects.toThrow(/is not part of app:\/\/sync-console/);
    expect(handlers['host:getSettings']).not.toHaveBeenCalled();
  });

  it.each(['host:deleteEverything', 'constructor', '__proto__', 'toString'])('refuses the channel "%s", which is not allow-listed', async (channel) => {
    await expect(handleIpcMessage(channel, appFrame, [], await fakeHandlers(), context)).rejects.toThrow(/not an allow-listed channel/);
  });

  it.each([
    ['an unknown key', { lastScreen: 'x', theme: 'dark' }],
    ['a wrong type', { lastScreen: 42 }],
    ['a value outside the enum', { language: 'fr' }],
    ['a string too long', { lastScreen: 'x'.repeat(65) }],
    ['no object at all', 'lastScreen=x'],
    ['nothing', undefined],
  ])('refuses updateSettings with %s', async (_name, patch) => {
    const handlers = await fakeHandlers();
    await expect(handleIpcMessage('host:updateSettings', appFrame, [patch], handlers, context)).rejects.toThrow(/invalid argument/);
    expect(handlers['host:updateSettings']).not.toHaveBeenCalled();
  });

  it('refuses an argument on a channel that takes none, and extra arguments', async () => {
    const handlers = await fakeHandlers();
    await expect(handleIpcMessage('host:getSettings', appFrame, [{ sneaky: true }], handlers, context)).rejects.toThrow(/invalid argument/);
    await expect(handleIpcMessage('host:updateSettings', appFrame, [{}, { more: 1 }], handlers, context)).rejects.toThrow(/at most one argument/);
    expect(handlers['host:getSettings']).not.toHaveBeenCalled();
    expect(handlers['host:updateSettings']).not.toHaveBeenCalled();
  });

  it('dispatches a valid message from the app to its handler with the parsed argument', async () => {
    const handlers = await fakeHandlers();
    await expect(handleIpcMessage('host:updateSettings', appFrame, [{ lastScreen: 'job-runs' }], handlers, context)).resolves.toEqual({
      ...defaultSettings,
      lastScreen: 'job-runs',
    });
    expect(handlers['host:updateSettings']).toHaveBeenCalledWith({ lastScreen: 'job-runs' }, context);
    await expect(handleIpcMessage('host:getAppInfo', 'app://sync-console/nested/frame.html', [], handlers, context)).resolves.toMatchObject({ host: 'electron' });
    await expect(handleIpcMessage('host:getSettings', appFrame, [undefined], handlers, context)).resolves.toMatchObject({ lastScreen: 'job-runs' });
  });
});
