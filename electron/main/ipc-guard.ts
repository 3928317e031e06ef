import type { z } from 'zod';
import { APP_ORIGIN, ipcChannels, type IpcChannel, type IpcRequest, type IpcResponse } from '../../shared/contracts/host-api';
import { describeRefusal } from '../../shared/platform/describe-refusal';
import { LIMITS } from '../../shared/platform/limits';
import { isAppUrl } from './app-protocol';

/** Who sent the message: the one thing a handler may need beyond its argument (to answer it later). */
export interface IpcContext {
  sender: { send(channel: string, payload: unknown): void; once(event: 'destroyed', listener: () => void): void };
}

/** What the main process does for each allow-listed channel, given an argument already validated. */
export type IpcHandlers = {
  [C in IpcChannel]: (request: IpcRequest<C>, context: IpcContext) => IpcResponse<C> | Promise<IpcResponse<C>>;
};

/** Why a message was turned away; the message reaches the renderer as the rejection of its invoke(). */
export class IpcRefusedError extends Error {
  override name = 'IpcRefusedError';
}

export function isIpcChannel(channel: string): channel is IpcChannel {
  return Object.hasOwn(ipcChannels, channel);
}

/** What the sender wrote, quoted back only as far as an id may go: a refusal must not carry a 5 MB name back. */
const quoted = (text: string): string => JSON.stringify(text.length > LIMITS.idLength ? `${text.slice(0, LIMITS.idLength)}…` : text);

/**
 * The main process trusts nothing the renderer sends: the sender must be a frame of the app
 * (not a page it was tricked into loading), the channel must be allow-listed, and the single
 * argument must match the channel's schema. Only then does the handler run.
 */
export async function handleIpcMessage(
  channel: string,
  senderUrl: string | null | undefined,
  args: readonly unknown[],
  handlers: IpcHandlers,
  context: IpcContext,
): Promise<unknown> {
  if (!isAppUrl(senderUrl)) {
    throw new IpcRefusedError(`Refused ${quoted(channel)}: the sender ${senderUrl ? quoted(senderUrl) : '(no frame)'} is not part of ${APP_ORIGIN}.`);
  }
  if (!isIpcChannel(channel)) throw new IpcRefusedError(`Refused ${quoted(channel)}: not an allow-listed channel.`);
  if (args.length > 1) throw new IpcRefusedError(`Refused "${channel}": expected at most one argument, got ${args.length}.`);
  return dispatch(channel, args[0], handlers, context);
}

// The allow-list seen through a mapped type, so a generic channel keeps its request type
// tied to its schema (TypeScript cannot correlate the two through the plain const object).
const requestSchemas: { [C in IpcChannel]: { request: z.ZodType<IpcRequest<C>> } } = ipcChannels;

function dispatch<C extends IpcChannel>(channel: C, payload: unknown, handlers: IpcHandlers, context: IpcContext): IpcResponse<C> | Promise<IpcResponse<C>> {
  const parsed = requestSchemas[channel].request.safeParse(payload);
  // describeRefusal names at most five reasons: 200,000 bad ids make one short message, not 200,000 lines.
  if (!parsed.success) throw new IpcRefusedError(`Refused "${channel}": invalid argument. ${describeRefusal(parsed.error)}`);
  const handler: IpcHandlers[C] = handlers[channel];
  return handler(parsed.data, context);
}
