import type { z } from 'zod';
import { ipcChannels, ipcEvents, type HostApi, type IpcChannel, type IpcEvent, type IpcEventPayload, type IpcRequest, type IpcResponse } from '../../shared/contracts/host-api';
import { clipMessage } from '../../shared/platform/limits';
import type { RunResult } from '../../shared/runner/runner-schemas';

/** ipcRenderer.invoke, narrowed to what the client needs, so the client is tested without Electron. */
export type Invoke = (channel: IpcChannel, request: unknown) => Promise<unknown>;
/** ipcRenderer.on for one event; returns the unsubscribe. */
export type Listen = (event: IpcEvent, listener: (payload: unknown) => void) => () => void;

// The allow-list seen through a mapped type, so a generic channel keeps its response type tied to its schema.
const responseSchemas: { [C in IpcChannel]: { response: z.ZodType<IpcResponse<C>> } } = ipcChannels;
const eventSchemas: { [E in IpcEvent]: z.ZodType<IpcEventPayload<E>> } = ipcEvents;

/**
 * HostApi over IPC. Only allow-listed channels can be named, and every answer and every event
 * is checked against its schema: the renderer receives typed data or a rejection, never a surprise.
 */
export function createHostApiClient(invoke: Invoke, listen: Listen): HostApi {
  async function call<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
    return responseSchemas[channel].response.parse(await invoke(channel, request));
  }
  function on<E extends IpcEvent>(event: E, listener: (payload: IpcEventPayload<E>) => void): () => void {
    return listen(event, (payload) => {
      const parsed = eventSchemas[event].safeParse(payload);
      if (parsed.success) listener(parsed.data);
      else console.error(`Ignored a malformed ${event} from the main process`, parsed.error);
    });
  }
  const ignore = async (work: Promise<null>) => void (await work);
  return {
    getAppInfo: () => call('host:getAppInfo', undefined),
    getSettings: () => call('host:getSettings', undefined),
    updateSettings: (patch) => call('host:updateSettings', patch),
    runner: {
      getSnapshot: () => call('runner:getSnapshot', undefined),
      onSnapshot: (listener) => on('runner:snapshot', listener),
      runNow: (job) => call('runner:runNow', job),
      runBatchJobNow: (id) => call('runner:runBatchJobNow', { id }),
      createBatchJob: (input) => call('runner:createBatchJob', input),
      updateRecurrence: (id, recurrence) => ignore(call('runner:updateRecurrence', { id, recurrence })),
      setEnabled: (id, enabled) => ignore(call('runner:setEnabled', { id, enabled })),
      deleteBatchJob: (id) => ignore(call('runner:deleteBatchJob', { id })),
      setDistributionGroups: (jobId, channelDatabaseGroupIds) => ignore(call('runner:setDistributionGroups', { jobId, channelDatabaseGroupIds })),
    },
    serveRuns: (executor) => {
      on('runner:dispatch', ({ dispatchId, run }) => {
        const report = (result: RunResult['result']) => void call('runner:runResult', { dispatchId, result });
        executor(run).then(
          (outcome) => report({ ok: true, outcome: { ...outcome, error: outcome.error === null ? null : clipMessage(outcome.error) } }),
          (error: unknown) => report({ ok: false, error: clipMessage(error instanceof Error ? error.message : String(error)) }),
        );
      });
      void call('runner:serveRuns', undefined);
    },
    onMenuCommand: (listener) => on('app:menu', ({ command }) => listener(command)),
    onOpenLink: (listener) => on('app:openLink', ({ hash }) => listener(hash)),
    setLeavePrompt: (prompt) => void call('host:setLeavePrompt', prompt).catch((error: unknown) => console.error('The close prompt was not set', error)),
    hq: {
      listConnections: () => call('hq:listConnections', undefined),
      saveConnection: (id, input) => call('hq:saveConnection', { id, input }),
      removeConnection: (id) => ignore(call('hq:removeConnection', { id })),
      signIn: (id) => call('hq:signIn', { id }),
      signOut: (id) => call('hq:signOut', { id }),
      read: (request) => call('hq:read', request),
    },
  };
}
