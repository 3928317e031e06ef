import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * The loopback redirect of a native app's sign-in (RFC 8252): a one-use HTTP listener on
 * 127.0.0.1 at a port the system picks, whose address (http://localhost:<port>/) the authorization
 * request names as its redirect URI. Microsoft Entra ID sends the browser back to it with the
 * authorization code (in the query, or posted as a form). It is bounded: it takes one answer that
 * carries the state of this sign-in and closes; it gives up after a time limit; it reads no request
 * body larger than a form of a code; it answers nothing but its own root. Answers with another
 * state (a stale tab, another program) are refused without ending the wait.
 */
export interface LoopbackOptions {
  state: string;
  timeoutMs: number;
  /** The page the browser shows once the code arrived (or the sign-in failed): plain words, no script. */
  page: (outcome: 'signedIn' | 'failed') => string;
}

export type LoopbackAnswer = { code: string } | { error: string; description: string };

export interface LoopbackListener {
  redirectUri: string;
  answer: Promise<LoopbackAnswer>;
  close(): void;
}

const MAX_FORM_BYTES = 16 * 1024;
const MAX_HEADER_BYTES = 16 * 1024;

export class SignInTimedOut extends Error {}

function answerOf(params: URLSearchParams): LoopbackAnswer | null {
  const code = params.get('code');
  const error = params.get('error');
  if (code) return { code };
  if (error) return { error, description: params.get('error_description') ?? '' };
  return null;
}

export async function listenForRedirect(options: LoopbackOptions): Promise<LoopbackListener> {
  let settle!: (answer: LoopbackAnswer) => void;
  let fail!: (error: Error) => void;
  const answer = new Promise<LoopbackAnswer>((resolve, reject) => ((settle = resolve), (fail = reject)));
  // Nobody may be left waiting on it unhandled when it is closed before anyone asked.
  answer.catch(() => undefined);
  let done = false;

  const server = http.createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const reply = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', 'content-security-policy': "default-src 'none'" });
      res.end(body);
    };
    if (done) return reply(410, options.page('failed'));
    if (url.pathname !== '/') return reply(404, '');
    const take = (params: URLSearchParams) => {
      const states = params.getAll('state');
      const found = answerOf(params);
      if (!found) return reply(400, '');
      if (states.length !== 1 || states[0] !== options.state) return reply(400, options.page('failed'));
      done = true;
      reply(200, options.page('code' in found ? 'signedIn' : 'failed'));
      settle(found);
      close();
    };
    if (req.method === 'GET') return take(url.searchParams);
    if (req.method !== 'POST' || req.headers['content-type']?.split(';')[0]?.trim() !== 'application/x-www-form-urlencoded') return reply(405, '');
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_FORM_BYTES) {
        reply(413, '');
        req.destroy();
      }
    });
    req.on('end', () => !res.writableEnded && take(new URLSearchParams(body)));
  });
  const timer = setTimeout(() => {
    fail(new SignInTimedOut(`The sign-in was not completed within ${Math.round(options.timeoutMs / 60_000)} minutes.`));
    close();
  }, options.timeoutMs);
  timer.unref?.();
  function close(): void {
    done = true;
    clearTimeout(timer);
    server.close();
    server.closeAllConnections();
  }
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    redirectUri: `http://localhost:${port}/`,
    answer,
    close: () => {
      if (!done) fail(new Error('The sign-in was canceled.'));
      close();
    },
  };
}
