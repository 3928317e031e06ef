import { describe, expect, it, vi, type Mock } from 'vitest';
import { ipcChannels, type IpcChannel, type IpcRequest } from '../../shared/contracts/host-api';
import { LIMITS } from '../../shared/platform/limits';
import type { Recurrence } from '../../shared/runner/runner-schemas';
import type { JobRequest } from '../../shared/runner/jobs';
import { createHostHandlers } from '../../electron/main/ipc-handlers';
import { handleIpcMessage, type IpcHandlers } from '../../electron/main/ipc-guard';
import { fakeSender, mainServices } from '../support/main-services';
import { badVariants, deeplyNested, HUGE_TEXT } from '../support/oversized';

const appFrame = 'app://sync-console/index.html';
const { context } = fakeSender();

const request: JobRequest = { jobId: 'P-0001', channelDatabaseGroupIds: ['STORES'] };
const recurrence: Recurrence = { intervalMinutes: 5, end: { kind: 'after', runs: 3 } };
/** A valid argument of every channel; typed by the contract, so a new channel cannot be left out. */
const validRequests: { [C in IpcChannel]: IpcRequest<C>[] } = {
  'host:getAppInfo': [undefined],
  'host:getSettings': [undefined],
  'host:updateSettings': [{ lastScreen: 'job-runs', workspaceId: 'demo' }],
  'runner:getSnapshot': [undefined],
  'runner:runNow': [request, { jobId: 'synchronize-orders', scope: { kind: 'store', id: 'SEA' } }],
  'runner:runBatchJobNow': [{ id: 'job-1' }],
  'runner:createBatchJob': [{ request, recurrence }],
  'runner:updateRecurrence': [{ id: 'job-1', recurrence }],
  'runner:setEnabled': [{ id: 'job-1', enabled: true }],
  'runner:deleteBatchJob': [{ id: 'job-1' }],
  'runner:setDistributionGroups': [{ jobId: 'P-0001', channelDatabaseGroupIds: ['STORES'] }],
  'runner:serveRuns': [undefined],
  'host:setLeavePrompt': [{ title: 'Sync Console', message: 'Leave without saving?', detail: 'NOR-W-000059', leave: 'Leave', stay: 'Stay' }, null],
  'hq:listConnections': [undefined],
  'hq:saveConnection': [{
    id: null,
    input: { name: 'Contoso', environmentUrl: 'https://usrt.operations.dynamics.com', tenant: 'contoso.onmicrosoft.com', clientId: '5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', authority: 'https://login.microsoftonline.com', companies: ['usrt'] },
  }],
  'hq:removeConnection': [{ id: '5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' }],
  'hq:signIn': [{ id: '5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' }],
  'hq:signOut': [{ id: '5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b' }],
  'hq:read': [{ connectionId: '5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', url: 'RetailTransactions?$select=TransactionNumber' }],
  'runner:runResult': [
    { dispatchId: 1, result: { ok: false, error: 'Channel database offline' } },
    { dispatchId: 1, result: { ok: true, outcome: { runId: 3, status: 'Ended', counts: { processed: 1, succeeded: 1, failed: 0, skipped: 0 }, error: null } } },
  ],
};

async function services() {
  const main = await mainServices();
  const real = createHostHandlers(main);
  const handlers = Object.fromEntries(Object.entries(real).map(([channel, handler]) => [channel, vi.fn(handler)])) as unknown as {
    [C in keyof IpcHandlers]: Mock<IpcHandlers[C]>;
  };
  const invoke = (channel: string, payload: unknown) => handleIpcMessage(channel, appFrame, payload === undefined ? [] : [payload], handlers, context);
  return { main, handlers, invoke };
}

const cases = (Object.keys(validRequests) as IpcChannel[]).flatMap((channel) =>
  [...new Map(validRequests[channel].flatMap(badVariants).map((v) => [v.name, v])).values()].map((v) => ({ channel, ...v })));

describe('IPC limits: what the renderer may send', () => {
  it('tries a bad variant of every field of every channel', () => {
    expect(new Set(cases.map((c) => c.channel))).toEqual(new Set(Object.keys(ipcChannels)));
    expect(cases.length).toBeGreaterThan(100);
  });

  it('refuses every oversized, deeply nested and wrong-typed payload on every channel, in words, and runs and stores nothing', async () => {
    const { main, handlers, invoke } = await services();
    const before = { settings: main.settings.read(), runner: await main.runner.getSnapshot() };
    for (const { channel, name, payload } of cases) {
      const refused = await invoke(channel, payload).then(() => null, (error: Error) => error);
      expect(refused, `${channel}: ${name}`).toBeInstanceOf(Error);
      expect(refused!.message, `${channel}: ${name}`).toMatch(/^Refused "[^"]+": invalid argument\. Sync Console refused this request: .+ (is too long or too large|has the wrong kind of value|is not one of the values allowed|is not acceptable|has fields it should not have)/);
      // A refusal is short whatever was sent: it never echoes the payload back.
      expect(refused!.message.length, `${channel}: ${name}`).toBeLessThan(1_000);
    }
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
    expect(main.settings.read()).toEqual(before.settings);
    expect(await main.runner.getSnapshot()).toEqual(before.runner);
  });

  it('names the limit a too-large list or id broke', async () => {
    const { invoke } = await services();
    const groups = Array.from({ length: 200_000 }, (_, i) => `G${i}`);
    await expect(invoke('runner:setDistributionGroups', { jobId: 'P-0001', channelDatabaseGroupIds: groups })).rejects.toThrow(/channelDatabaseGroupIds is too long or too large/);
    await expect(invoke('runner:runNow', { jobId: 'synchronize-orders', scope: { kind: 'store', id: HUGE_TEXT } })).rejects.toThrow(/scope › id is too long or too large/);
    await expect(invoke('runner:runNow', { jobId: 'P-0001', channelDatabaseGroupIds: Array(LIMITS.channelDatabaseGroups + 1).fill('G') })).rejects.toThrow(/too long or too large/);
  });

  it('takes lists and ids at their limits', async () => {
    const { main, invoke } = await services();
    const groups = Array.from({ length: LIMITS.channelDatabaseGroups }, (_, i) => `G${i}`.padEnd(LIMITS.idLength, '-'));
    await invoke('runner:setDistributionGroups', { jobId: 'P-0001', channelDatabaseGroupIds: groups });
    expect((await main.runner.getSnapshot()).distribution.find((d) => d.jobId === 'P-0001')?.channelDatabaseGroupIds).toEqual(groups);
  });

  it('refuses a channel name or sender of 5 MB without quoting it back whole', async () => {
    const { handlers } = await services();
    const byName = await handleIpcMessage(HUGE_TEXT, appFrame, [], handlers, context).catch((e: Error) => e);
    const bySender = await handleIpcMessage('host:getSettings', `https://${HUGE_TEXT}`, [], handlers, context).catch((e: Error) => e);
    expect((byName as Error).message).toMatch(/not an allow-listed channel/);
    expect((bySender as Error).message).toMatch(/is not part of app:\/\/sync-console/);
    expect((byName as Error).message.length + (bySender as Error).message.length).toBeLessThan(1_000);
  });

  it('refuses a deeply nested payload as extra arguments too', async () => {
    const { handlers } = await services();
    await expect(handleIpcMessage('runner:getSnapshot', appFrame, [undefined, deeplyNested()], handlers, context)).rejects.toThrow(/at most one argument/);
  });

  it(`keeps at most ${LIMITS.batchJobs} batch jobs: a page creating 1,000 in a row is refused past the limit, in words`, async () => {
    const { main, invoke } = await services();
    const outcomes = [];
    for (let i = 0; i < 1_000; i++) outcomes.push(await invoke('runner:createBatchJob', { request, recurrence }).then(() => 'created', (e: Error) => e.message));
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(LIMITS.batchJobs);
    expect(new Set(outcomes.filter((o) => o !== 'created'))).toEqual(new Set([`There are already ${LIMITS.batchJobs} batch jobs, the most Sync Console keeps. Delete one you no longer need first.`]));
    expect((await main.runner.getSnapshot()).batchJobs).toHaveLength(LIMITS.batchJobs);
    // Deleting one makes room again.
    const [first] = (await main.runner.getSnapshot()).batchJobs;
    await invoke('runner:deleteBatchJob', { id: first!.id });
    await expect(invoke('runner:createBatchJob', { request, recurrence })).resolves.toMatchObject({ enabled: true });
  });
});
