// An OData v4 test server shaped as Finance and Operations answers (REFERENCE.md §4), on loopback:
// GET /data/<EntitySet>?$filter=…&$select=…&cross-company=true, pages of at most 10,000 rows (fewer
// when the client prefers odata.maxpagesize), each page but the last with an @odata.nextLink that
// carries $skiptoken, every row with its @odata.etag, real property names, dates at noon,
// 1900-01-01 for an empty date, enums by name. Without cross-company=true it answers for the
// signed-in user's default company only, as HQ does. It answers what HQ answers when things go
// wrong, on demand: 429 or 503 with Retry-After, 401 once a token has expired, and a connection
// dropped in the middle of a page. It is read-only: anything but GET is 405.
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { filterProperties, FilterSyntaxError, parseFilter, pinnedValues, matches, type FilterNode } from './odata-filter';
import { HqFixture, SERVED_SETS, type HqFixtureOptions } from './hq-fixture';

const SERVER_PAGE_SIZE = 10_000;

/** What the server decides of a bearer token: valid (with when it was issued), or not. */
export type TokenCheck = { ok: boolean };

export interface ODataTestServerOptions extends HqFixtureOptions {
  /** Checks each request's bearer token; without it every request is answered (a server without sign-in). */
  verifyToken?: (token: string) => TokenCheck;
  /** The largest page the server writes (HQ: 10,000). */
  pageSize?: number;
  /** Serve https with this key and certificate (a TLS test); plain http on loopback otherwise. */
  tls?: { key: string; cert: string };
}

interface Fault {
  status: 429 | 503;
  retryAfterSeconds: number;
  times: number;
}

export interface ServedRequest {
  url: string;
  status: number;
  rows: number;
}

export class ODataTestServer {
  readonly hq: HqFixture;
  /** Every request answered, in order. */
  readonly requests: ServedRequest[] = [];
  private server: http.Server | https.Server | null = null;
  private throttles: Fault[] = [];
  private drops = 0;
  private dropAfterPages: number | null = null;
  private pagesServed = 0;
  private readonly tokensSeen = new Set<string>();
  private readonly tokensExpired = new Set<string>();
  private offline = false;

  constructor(private readonly options: ODataTestServerOptions) {
    this.hq = new HqFixture(options);
  }

  async start(): Promise<void> {
    const handler = (req: http.IncomingMessage, res: http.ServerResponse) => this.answer(req, res);
    this.server = this.options.tls ? https.createServer(this.options.tls, handler) : http.createServer(handler);
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  get url(): string {
    const { port } = this.server!.address() as AddressInfo;
    return `${this.options.tls ? 'https' : 'http'}://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The next `times` requests are answered with 429 (or 503) and Retry-After. */
  throttle(retryAfterSeconds: number, times = 1, status: 429 | 503 = 429): void {
    this.throttles.push({ status, retryAfterSeconds, times });
  }

  /** The next `times` pages are cut off mid-body: the connection is dropped after half of it. */
  dropNextPages(times = 1): void {
    this.drops += times;
  }

  /** Once `pages` more pages have been served, every connection drops until online() (the network is gone). */
  goOfflineAfter(pages: number): void {
    this.dropAfterPages = this.pagesServed + pages;
  }

  online(): void {
    this.dropAfterPages = null;
    this.offline = false;
  }

  /** Every token used until now has expired: requests carrying one are answered 401 (a token issued after this is good). */
  expireTokens(): void {
    for (const token of this.tokensSeen) this.tokensExpired.add(token);
  }

  private answer(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', this.url);
    const served = (status: number, body: unknown, headers: Record<string, string> = {}, rows = 0) => {
      this.requests.push({ url: url.pathname + url.search, status, rows });
      res.writeHead(status, { 'content-type': 'application/json; odata.metadata=minimal', 'odata-version': '4.0', ...headers });
      res.end(JSON.stringify(body));
    };
    const error = (status: number, message: string, headers: Record<string, string> = {}) => served(status, { error: { code: String(status), message } }, headers);
    if (req.method !== 'GET') return error(405, 'This server only reads.', { allow: 'GET' });
    if (this.offline || (this.dropAfterPages !== null && this.pagesServed >= this.dropAfterPages)) {
      this.offline = true;
      this.requests.push({ url: url.pathname + url.search, status: 0, rows: 0 });
      req.socket.destroy();
      return;
    }
    if (this.options.verifyToken) {
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const check = token ? this.options.verifyToken(token) : { ok: false as const };
      if (!check.ok) return error(401, 'The access token is missing or invalid.', { 'www-authenticate': 'Bearer error="invalid_token"' });
      this.tokensSeen.add(token!);
      if (this.tokensExpired.has(token!)) return error(401, 'The access token has expired.', { 'www-authenticate': 'Bearer error="invalid_token", error_description="The token is expired"' });
    }
    const throttle = this.throttles[0];
    if (throttle) {
      if (--throttle.times <= 0) this.throttles.shift();
      return error(throttle.status, 'Too many requests. Try again later.', { 'retry-after': String(throttle.retryAfterSeconds) });
    }
    const set = /^\/data\/([A-Za-z0-9_]+)$/.exec(url.pathname)?.[1];
    const entity = set ? SERVED_SETS[set] : undefined;
    if (!set || !entity) return error(404, `No entity set at ${url.pathname}.`);
    const names = new Set(entity.properties.map(([name]) => name));
    let filter: FilterNode | null;
    try {
      const text = url.searchParams.get('$filter');
      filter = text ? parseFilter(text) : null;
    } catch (e) {
      return error(400, `The query specified in the URI is not valid: ${e instanceof FilterSyntaxError ? e.message : String(e)}`);
    }
    const unknown = [...(filter ? filterProperties(filter) : []), ...(url.searchParams.get('$select')?.split(',') ?? [])].filter((p) => !names.has(p));
    if (unknown.length) return error(400, `Could not find a property named '${unknown[0]}' on type 'Microsoft.Dynamics.DataEntities.${set}'.`);
    const page = this.page(set, url, filter, String(req.headers.prefer ?? ''));
    if (this.drops > 0) {
      this.drops -= 1;
      this.requests.push({ url: url.pathname + url.search, status: 0, rows: 0 });
      const text = JSON.stringify(page.body);
      res.writeHead(200, { 'content-type': 'application/json; odata.metadata=minimal', 'content-length': String(Buffer.byteLength(text)) });
      res.write(text.slice(0, Math.floor(text.length / 2)), () => req.socket.destroy());
      return;
    }
    this.pagesServed += 1;
    served(200, page.body, page.headers, page.rows);
  }

  private page(set: string, url: URL, filter: FilterNode | null, prefer: string) {
    const { hq } = this;
    const crossCompany = url.searchParams.get('cross-company')?.toLowerCase() === 'true';
    const select = url.searchParams.get('$select')?.split(',') ?? null;
    const preferred = Number(/odata\.maxpagesize=(\d+)/.exec(prefer)?.[1] ?? NaN);
    const size = Math.min(this.options.pageSize ?? SERVER_PAGE_SIZE, Number.isInteger(preferred) && preferred > 0 ? preferred : SERVER_PAGE_SIZE);
    // The transactions a filter can match: those its transaction numbers pin, else all of them.
    const pinned = filter ? pinnedValues(filter, set === 'RetailTransactionOrderStatusBIEntities' ? 'transactionId' : 'TransactionNumber') : null;
    const candidates = pinned
      ? [...new Set(pinned.map((v) => (typeof v === 'string' ? hq.indexOf(v) : null)).filter((i): i is number => i !== null))].sort((a, b) => a - b)
      : null;
    const total = candidates ? candidates.length : hq.count;
    const perTransaction = hq.rowsPerTransaction(set);
    const end = total * perTransaction;
    let position = Number(url.searchParams.get('$skiptoken') ?? 0);
    const value: Record<string, unknown>[] = [];
    for (; position < end && value.length < size; position++) {
      const i = candidates ? candidates[Math.floor(position / perTransaction)]! : Math.floor(position / perTransaction);
      if (!hq.has(i)) continue;
      const row = hq.row(set, i, position % perTransaction);
      if (!crossCompany && row.dataAreaId !== hq.defaultCompany) continue;
      if (filter && !matches(filter, row)) continue;
      value.push(select ? Object.fromEntries([['@odata.etag', row['@odata.etag']], ...select.map((p) => [p, row[p]])]) : row);
    }
    const body: Record<string, unknown> = { '@odata.context': `${this.url}/data/$metadata#${set}${select ? `(${select.join(',')})` : ''}`, value };
    if (position < end) {
      // As HQ writes it: the request's own query, $skiptoken last and not percent-encoded.
      const query = url.search.slice(1).split('&').filter((p) => p && !/^(\$|%24)skiptoken=/i.test(p));
      body['@odata.nextLink'] = `${this.url}${url.pathname}?${[...query, `$skiptoken=${position}`].join('&')}`;
    }
    const headers: Record<string, string> = Number.isInteger(preferred) ? { 'preference-applied': `odata.maxpagesize=${size}` } : {};
    return { body, rows: value.length, headers };
  }
}

export async function startODataTestServer(options: ODataTestServerOptions): Promise<ODataTestServer> {
  const server = new ODataTestServer(options);
  await server.start();
  return server;
}
