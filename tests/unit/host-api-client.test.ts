import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../shared/contracts/host-api';
import { createHostApiClient } from '../../electron/preload/host-api-client';

describe('the preload HostApi client', () => {
  it('invokes the allow-listed channels with one argument each', async () => {
    const invoke = vi.fn(async (channel: string) =>
      channel === 'host:getAppInfo' ? { name: 'Sync Console', version: '0.1.0', host: 'electron', platform: 'linux' } : defaultSettings,
    );
    const api = createHostApiClient(invoke);
    await expect(api.getAppInfo()).resolves.toMatchObject({ host: 'electron' });
    await expect(api.getSettings()).resolves.toEqual(defaultSettings);
    await expect(api.updateSettings({ lastScreen: 'job-runs' })).resolves.toEqual(defaultSettings);
    expect(invoke.mock.calls).toEqual([
      ['host:getAppInfo', undefined],
      ['host:getSettings', undefined],
      ['host:updateSettings', { lastScreen: 'job-runs' }],
    ]);
  });

  it('rejects an answer that does not match the channel schema', async () => {
    const api = createHostApiClient(async () => ({ lastScreen: 7 }));
    await expect(api.getSettings()).rejects.toThrow();
    await expect(createHostApiClient(async () => undefined).getAppInfo()).rejects.toThrow();
  });

  it('passes a refusal from the main process on as a rejection', async () => {
    const api = createHostApiClient(async () => {
      throw new Error('Refused "host:updateSettings": invalid argument.');
    });
    await expect(api.updateSettings({ lastScreen: 'x' })).rejects.toThrow(/invalid argument/);
  });
});
