import type { z } from 'zod';
import { ipcChannels, type HqHostApi, type IpcChannel, type IpcRequest, type IpcResponse } from '../../shared/contracts/host-api';
import type { HqSignInResult } from '../../shared/pull/hq-connection';

/**
 * The browser host's way to HQ: its own server (electron/connector/local-hq-api.ts) runs the
 * connector, and the page asks it as Electron's preload asks the main process, with the same
 * channels and schemas; every answer is validated here too. No token ever reaches the page.
 */
const PATH = 'api/hq/';
const SIGN_IN_PAGE_POLL_MS = 300;

type HqIpcChannel = Extract<IpcChannel, `hq:${string}`>;

async function post(name: string, payload: unknown): Promise<unknown> {
  const response = await fetch(new URL(`${PATH}${name}`, document.baseURI), {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: payload === undefined ? '' : JSON.stringify(payload),
  });
  const reply = (await response.json()) as { ok: boolean; value?: unknown; message?: string };
  if (!reply.ok) throw new Error(reply.message ?? `HQ's local API answered ${response.status}.`);
  return reply.value;
}

async function call<C extends HqIpcChannel>(channel: C, request: IpcRequest<C>): Promise<IpcResponse<C>> {
  const value = await post(channel.slice('hq:'.length), request);
  return responseSchemas[channel].response.parse(value);
}

// The allow-list through a mapped type, so a generic channel keeps its answer's type tied to its schema.
const responseSchemas: { [C in HqIpcChannel]: { response: z.ZodType<IpcResponse<C>> } } = ipcChannels;

/** The local server answers only the page it serves: a page from anywhere else has no way to HQ. */
export function browserHqApi(): HqHostApi {
  return {
    listConnections: () => call('hq:listConnections', undefined),
    saveConnection: (id, input) => call('hq:saveConnection', { id, input }),
    removeConnection: async (id) => void (await call('hq:removeConnection', { id })),
    signOut: (id) => call('hq:signOut', { id }),
    read: (request) => call('hq:read', request),
    /**
     * The tab is opened now, while the click still counts as the person's (a browser blocks a tab a
     * page opens later), and sent to the authority's page once the server has it.
     */
    signIn: async (id) => {
      const tab = window.open('about:blank', '_blank');
      if (tab) tab.opener = null;
      let settled = false;
      const result = call('hq:signIn', { id }).finally(() => (settled = true));
      while (!settled && tab) {
        const { url } = (await post('signInPage', { id })) as { url: string | null };
        if (url && url.startsWith('https://')) {
          tab.location.href = url;
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, SIGN_IN_PAGE_POLL_MS));
      }
      const outcome: HqSignInResult = await result;
      if (!outcome.ok) tab?.close();
      return outcome;
    },
  };
}
