import type { IpcChannel, IpcRequest, IpcResponse } from '../../shared/contracts/host-api';
import type { HqConnector } from './hq-connector';

/** The host API's channels of the connector to HQ: the same in Electron's IPC and the browser host's local server. */
export const HQ_CHANNELS = ['hq:listConnections', 'hq:saveConnection', 'hq:removeConnection', 'hq:signIn', 'hq:signOut', 'hq:read'] as const satisfies readonly IpcChannel[];
export type HqChannel = (typeof HQ_CHANNELS)[number];

export type HqHandlers = { [C in HqChannel]: (request: IpcRequest<C>) => Promise<IpcResponse<C>> };

/** What each channel does, given an argument its schema has already validated. */
export function hqHandlers(hq: HqConnector): HqHandlers {
  return {
    'hq:listConnections': () => hq.list(),
    'hq:saveConnection': ({ id, input }) => hq.save(id, input),
    'hq:removeConnection': async ({ id }) => {
      await hq.remove(id);
      return null;
    },
    'hq:signIn': ({ id }) => hq.signIn(id),
    'hq:signOut': ({ id }) => hq.signOut(id),
    'hq:read': (request) => hq.read(request),
  };
}
