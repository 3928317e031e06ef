import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { defaultSettings, ipcChannels } from '../../shared/contracts/host-api';
import { createHostHandlers, registerIpcHandlers } from '../../electron/main/ipc-handlers';
import { fakeSender, mainServices } from '../support/main-services';

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

async function register() {
  const listeners = new Map<string, Listener>();
  registerIpcHandlers({ handle: (channel, listener) => void listeners.set(channel, listener) }, createHostHandlers(await mainServices()));
  const sender = fakeSender();
  const invoke = (channel: string, arg?: unknown, url = 'app://sync-console/index.html') =>
    listeners.get(channel)!({ senderFrame: { url }, sender: sender.context.sender } as unknown as IpcMainInvokeEvent, ...(arg === undefined ? [] : [arg]));
  return { listeners, invoke, sender };
}

describe('registerIpcHandlers', () => {
  it('answers exactly the allow-listed channels', async () => {
    expect([...(await register()).listeners.keys()].sort()).toEqual(Object.keys(ipcChannels).sort());
  });

  it('serves the app and refuses other senders', async () => {
    const { invoke } = await register();
    await expect(invoke('host:updateSettings', { lastScreen: 'job-runs' })).resolves.toEqual({ ...defaultSettings, lastScreen: 'job-runs' });
    await expect(invoke('host:getSettings')).resolves.toMatchObject({ lastScreen: 'job-runs' });
    await expect(invoke('host:getSettings', undefined, 'https://example.com/')).rejects.toThrow(/is not part of/);
  });

  it('carries a Run now from the renderer to the runner, out to the renderer that serves runs, and back', async () => {
    const { invoke, sender } = await register();
    await invoke('runner:serveRuns');
    const outcome = invoke('runner:runNow', { jobId: 'P-0001', channelDatabaseGroupIds: ['STORES'] });
    await new Promise((r) => setTimeout(r, 0));
    expect(sender.sent).toEqual([['runner:dispatch', { dispatchId: 1, run: { job: { jobId: 'P-0001', channelDatabaseGroupIds: ['STORES'] }, trigger: 'manual', batchJobId: null } }]]);
    const result = { runId: 7, status: 'Ended', counts: { processed: 3, succeeded: 3, failed: 0, skipped: 0 }, error: null };
    await invoke('runner:runResult', { dispatchId: 1, result: { ok: true, outcome: result } });
    await expect(outcome).resolves.toEqual(result);
  });

  it('ends a run in error when the window carrying it out closes', async () => {
    const { invoke, sender } = await register();
    await invoke('runner:serveRuns');
    const outcome = invoke('runner:runNow', { jobId: 'synchronize-customers' });
    await new Promise((r) => setTimeout(r, 0));
    sender.destroy();
    await expect(outcome).rejects.toThrow(/window carrying out the run was closed/);
  });

  it('creates, pauses and deletes batch jobs, and refuses an invalid recurrence', async () => {
    const { invoke } = await register();
    const job = (await invoke('runner:createBatchJob', {
      request: { jobId: 'synchronize-orders', scope: { kind: 'store', id: 'SEA' } },
      recurrence: { intervalMinutes: 5, end: { kind: 'after', runs: 3 } },
    })) as { id: string };
    await invoke('runner:setEnabled', { id: job.id, enabled: false });
    expect(await invoke('runner:getSnapshot')).toMatchObject({ batchJobs: [{ id: job.id, enabled: false }] });
    await expect(invoke('runner:updateRecurrence', { id: job.id, recurrence: { intervalMinutes: -1, end: { kind: 'never' } } })).rejects.toThrow(/invalid argument/);
    await invoke('runner:deleteBatchJob', { id: job.id });
    expect(await invoke('runner:getSnapshot')).toMatchObject({ batchJobs: [] });
  });

  it('ends the runs a reloaded window held in error, and sends new ones to the reloaded page', async () => {
    const { invoke, sender } = await register();
    await invoke('runner:serveRuns');
    const lost = invoke('runner:runNow', { jobId: '1010', channelDatabaseGroupIds: null });
    await new Promise((r) => setTimeout(r, 0));
    await invoke('runner:serveRuns'); // the page reloaded and offers its new worker
    await expect(lost).rejects.toThrow(/reloaded before it ended/);
    const next = invoke('runner:runNow', { jobId: '1010', channelDatabaseGroupIds: null });
    await new Promise((r) => setTimeout(r, 0));
    expect(sender.sent.map(([, m]) => (m as { dispatchId: number }).dispatchId)).toEqual([1, 2]);
    await invoke('runner:runResult', { dispatchId: 2, result: { ok: false, error: 'Channel database offline' } });
    await expect(next).rejects.toThrow(/Channel database offline/);
  });
});
