import type { z } from 'zod';
import { ipcChannels, type HostApi, type IpcChannel, type IpcRequest, type IpcResponse } from '../../shared/contracts/host-api';

/** ipcRenderer.invoke, narrowed to what the client needs, so the client is tested without Electron. */
export type Invoke = (channel: IpcChannel, request: unknown) => Promise<unknown>;

// The allow-list seen through a mapped type, so a generic channel keeps its response type tied to its schema.
const responseSchemas: { [C in IpcChannel]: { response: z.ZodType<IpcResponse<C>> } } = ipcChannels;

/**
 * HostApi over IPC. Only allow-listed channels can be named, and every answer is checked
 * against its schema: the renderer receives typed data or a rejection, never a surprise.
 */
export function createHostApiClient(invoke: Invoke): HostApi {
  async function call<C extends IpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
    return responseSchemas[channel].response.parse(await invoke(channel, request));
  }
  return {
    getAppInfo: () => call('host:getAppInfo', undefined),
    getSettings: () => call('host:getSettings', undefined),
    updateSettings: (patch) => call('host:updateSettings', patch),
  };
}
