import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import { ipcChannels } from '../../shared/contracts/host-api';
import { describeRefusal } from '../../shared/platform/describe-refusal';
import { clipMessage } from '../../shared/platform/limits';
import { MAX_HQ_URL } from '../../shared/pull/hq-read';
import type { HqConnector } from './hq-connector';
import { HQ_CHANNELS, hqHandlers, type HqChannel } from './hq-handlers';
import { isSignInUrl, SignInPageRefused } from './sign-in-url';

/**
 * The browser host's way to HQ: a page cannot call HQ across origins (and must never hold a token),
 * so the browser host's own server on 127.0.0.1 runs the same connector as Electron's main process
 * and answers the page's POST /api/hq/<channel> with the same allow-list and schemas as the IPC.
 * Only the page it serves may ask: same origin (Origin and Host are its own loopback address, which
 * also turns away DNS rebinding), JSON only (a cross-site form cannot send it without a preflight
 * this server never answers), bodies capped. The sign-in page is handed to the page, which opens
 * it in a tab of the person's browser; the loopback redirect is the connector's, as in the app.
 */
export const LOCAL_HQ_PATH = '/api/hq/';
/** The largest request body: a read's URL is the longest thing a page sends. */
const MAX_BODY_BYTES = MAX_HQ_URL + 4096;
const SIGN_IN_PAGE = 'hq:signInPage';

type Next = () => void;

/** What the page hears back: the channel's answer, or a refusal in words (never a stack). */
type Reply = { ok: true; value: unknown } | { ok: false; message: string };

const isLoopbackHost = (host: string | undefined) => host !== undefined && /^(127\.0\.0\.1|localhost|\[::1\]):\d+$/.test(host);

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY_BYTES) {
        resolve(null);
        req.destroy();
      }
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

export function localHqApi(connector: HqConnector): (req: IncomingMessage, res: ServerResponse, next: Next) => void {
  const handlers = hqHandlers(connector);
  /** Each sign-in under way's page, for the tab the page opened to show it. */
  const signInPages = new Map<string, string>();
  const send = (res: ServerResponse, status: number, reply: Reply) => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
    res.end(JSON.stringify(reply));
  };
  const refuse = (res: ServerResponse, status: number, message: string) => send(res, status, { ok: false, message: clipMessage(message) });

  const answer = async (channel: HqChannel | typeof SIGN_IN_PAGE, payload: unknown): Promise<unknown> => {
    if (channel === SIGN_IN_PAGE) {
      const { id } = z.object({ id: z.uuid() }).strict().parse(payload);
      return { url: signInPages.get(id) ?? null };
    }
    const parsed = ipcChannels[channel].request.safeParse(payload);
    if (!parsed.success) throw new RangeError(`Refused "${channel}": invalid argument. ${describeRefusal(parsed.error)}`);
    if (channel === 'hq:signIn') {
      const { id } = parsed.data as { id: string };
      return connector.signIn(id, async (url, authority) => {
        if (!isSignInUrl(url, authority)) throw new SignInPageRefused();
        signInPages.set(id, url);
      }).finally(() => signInPages.delete(id));
    }
    return (handlers[channel] as (request: unknown) => Promise<unknown>)(parsed.data);
  };

  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (!url.pathname.startsWith(LOCAL_HQ_PATH)) return next();
    const channel = `hq:${url.pathname.slice(LOCAL_HQ_PATH.length)}`;
    if (req.method !== 'POST') return refuse(res, 405, 'Only POST.');
    if (!isLoopbackHost(req.headers.host) || req.headers.origin !== `http://${req.headers.host}`) return refuse(res, 403, 'Only the page this server serves may reach HQ through it.');
    if (req.headers['content-type']?.split(';')[0]?.trim() !== 'application/json') return refuse(res, 415, 'Only JSON.');
    if (channel !== SIGN_IN_PAGE && !(HQ_CHANNELS as readonly string[]).includes(channel)) return refuse(res, 404, `"${channel.slice(0, 40)}" is not an allow-listed channel.`);
    void (async () => {
      const body = await readBody(req);
      if (body === null) return refuse(res, 413, 'The request is larger than any this API takes.');
      let payload: unknown;
      try {
        payload = body === '' ? undefined : JSON.parse(body);
      } catch {
        return refuse(res, 400, 'The request is not JSON.');
      }
      try {
        send(res, 200, { ok: true, value: await answer(channel as HqChannel, payload) });
      } catch (error) {
        refuse(res, 400, error instanceof Error ? error.message : 'The request was refused.');
      }
    })().catch(() => refuse(res, 500, 'The request could not be read.'));
  };
}
