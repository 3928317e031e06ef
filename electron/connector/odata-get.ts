import http from 'node:http';
import https from 'node:https';

/**
 * One GET of an OData URL with a bearer token, over Node's own http(s): certificates are checked
 * as Node checks them (never turned off; a test that must be trusted names its authority with
 * NODE_EXTRA_CA_CERTS, or `ca` here), the answer's size is bounded as it arrives, and a connection
 * that drops before the body is whole is a network failure, not a short page.
 */
export interface GetOptions {
  token: string;
  maxBytes: number;
  timeoutMs: number;
  /** The page size asked for (Prefer: odata.maxpagesize); HQ may answer with fewer rows. */
  maxPageSize: number;
  /** Certificate authorities to trust besides the system's (tests only: the connector itself never sets one). */
  ca?: string;
}

export type GetResult =
  | { kind: 'answer'; status: number; retryAfter: string | null; body: string }
  | { kind: 'network' | 'tls' | 'tooLarge'; message: string };

/** Node's codes for a certificate it does not trust, or a connection whose TLS failed. */
const TLS_CODES = /^(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_|ERR_TLS_|ERR_SSL_|EPROTO$)/;

export function isTlsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && TLS_CODES.test(code);
}

/**
 * Connections kept open between pages: a pull asks one page after another of the same host, and a
 * new TLS handshake for each would cost more than many a page. At most a few, as a pull asks one at a time.
 */
const agents = { 'https:': new https.Agent({ keepAlive: true, maxSockets: 4 }), 'http:': new http.Agent({ keepAlive: true, maxSockets: 4 }) };

export function getOData(url: URL, options: GetOptions): Promise<GetResult> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (result: GetResult) => {
      if (settled) return;
      settled = true;
      resolve(result);
    };
    const failed = (error: unknown) => done(isTlsError(error)
      ? { kind: 'tls', message: `The certificate of ${url.host} is not trusted (${(error as { code: string }).code}): Sync Console refuses the connection.` }
      : { kind: 'network', message: `the connection to ${url.host} was lost before HQ answered` });
    const client = url.protocol === 'https:' ? https : http;
    const request = client.request(url, {
      method: 'GET',
      headers: {
        authorization: `Bearer ${options.token}`, accept: 'application/json', 'odata-version': '4.0', 'odata-maxversion': '4.0',
        prefer: `odata.maxpagesize=${options.maxPageSize}`,
      },
      timeout: options.timeoutMs,
      // A test's own authority is trusted on a connection of its own; the kept-open ones trust the system's only.
      ...(options.ca ? { ca: options.ca, agent: false } : { agent: url.protocol === 'https:' ? agents['https:'] : agents['http:'] }),
    }, (response) => {
      const declared = Number(response.headers['content-length'] ?? NaN);
      if (declared > options.maxBytes) {
        request.destroy();
        return done({ kind: 'tooLarge', message: `HQ answered with ${Math.round(declared / 2 ** 20)} MB, more than a page may hold.` });
      }
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > options.maxBytes) {
          request.destroy();
          return done({ kind: 'tooLarge', message: `HQ's answer grew past ${Math.round(options.maxBytes / 2 ** 20)} MB, more than a page may hold.` });
        }
        chunks.push(chunk);
      });
      response.on('error', failed);
      response.on('close', () => {
        if (!response.complete) return failed(new Error('the connection closed before the whole page arrived'));
        const retryAfter = response.headers['retry-after'];
        done({ kind: 'answer', status: response.statusCode ?? 0, retryAfter: typeof retryAfter === 'string' ? retryAfter : null, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${Math.round(options.timeoutMs / 1000)} s`)));
    request.on('error', failed);
    request.end();
  });
}

/** Retry-After as seconds: a number of seconds, or an HTTP date; null when absent or unreadable. */
export function retryAfterSeconds(value: string | null, now: number): number | null {
  if (value === null) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - now) / 1000));
}
