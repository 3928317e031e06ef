import { AuthError, type INetworkModule } from '@azure/msal-node';
import {
  authorityProblem, dataRoot, environmentUrlProblem, hqConnectionInputSchema, originOf, type HqConnection, type HqConnectionInput, type HqConnections, type HqConnectionView,
  type HqSignInResult,
} from '../../shared/pull/hq-connection';
import { MAX_HQ_PAGE_CHARS, MAX_RETRY_AFTER_SECONDS, type HqReadAnswer, type HqReadRequest } from '../../shared/pull/hq-read';
import { clipMessage } from '../../shared/platform/limits';
import type { ConnectionStore } from './connection-store';
import { HqSignIn, SignInRefused } from './hq-sign-in';
import { SignInTimedOut } from './loopback-listener';
import { getOData, retryAfterSeconds, type GetResult } from './odata-get';
import type { SecretStore } from './token-cache';

/**
 * The connector to headquarters, one module for both hosts (Electron's main process, the browser
 * host's local server): the connections, sign-in and sign-out, and reading HQ's OData pages for
 * the HQ worker. It only ever reads: GET under the environment's /data/, nothing else, never with
 * a token on any other address. It answers in data, never by throwing at the page: a page, a wait
 * HQ asked for, a sign-in needed, or why the read failed.
 */
export interface ConnectorOptions {
  store: ConnectionStore;
  /** Each connection's token cache store (encrypted on disk in the desktop app, memory in the browser host). */
  secrets: (connectionId: string) => SecretStore;
  /** Opens a sign-in page in the person's browser: a URL of the connection's authority (https), which the host checks again. */
  openBrowser: (url: string, authority: string) => Promise<void>;
  /** http on loopback for the environment: the test servers only (docs/security.md). */
  allowLoopback: boolean;
  newId: () => string;
  now?: () => number;
  signInTimeoutMs?: number;
  /** Rows per page asked of HQ (it may answer with fewer). */
  maxPageSize?: number;
  timeoutMs?: number;
  /** Tests: MSAL's network client, and the authorities the OData reads trust besides the system's. */
  networkClient?: INetworkModule;
  ca?: string;
}

export class ConnectionRefused extends Error {}

const DEFAULT_SIGN_IN_TIMEOUT_MS = 5 * 60_000;
const DEFAULT_PAGE_SIZE = 5_000;
const DEFAULT_TIMEOUT_MS = 120_000;
/** A 429 or 503 without Retry-After: wait this long before asking again. */
const DEFAULT_WAIT_SECONDS = 10;

/** The error text HQ put in its answer ({"error":{"message":…}}), if it wrote one. */
function hqMessage(body: string): string {
  try {
    const message = (JSON.parse(body) as { error?: { message?: unknown } }).error?.message;
    return typeof message === 'string' ? message : '';
  } catch {
    return '';
  }
}

export class HqConnector {
  private readonly signIns = new Map<string, HqSignIn>();
  private readonly pendingSignIns = new Map<string, Promise<HqSignInResult>>();

  constructor(private readonly options: ConnectorOptions) {}

  async list(): Promise<HqConnections> {
    const connections = await Promise.all(this.options.store.list().map((c) => this.view(c)));
    return { connections, loopbackAllowed: this.options.allowLoopback };
  }

  /** Adds a connection (id null) or changes one; a changed connection is signed out, as its tokens were for what it was. */
  async save(id: string | null, input: HqConnectionInput): Promise<HqConnectionView> {
    const parsed = hqConnectionInputSchema.parse(input);
    const problem = environmentUrlProblem(parsed.environmentUrl, this.options.allowLoopback) ?? authorityProblem(parsed.authority);
    if (problem) throw new ConnectionRefused(problem);
    const existing = id === null ? null : this.options.store.get(id);
    if (id !== null && !existing) throw new ConnectionRefused('That connection no longer exists.');
    const connection: HqConnection = {
      ...parsed, id: existing?.id ?? this.options.newId(), environmentUrl: originOf(parsed.environmentUrl), authority: originOf(parsed.authority),
    };
    const signInChanged = existing && (['environmentUrl', 'tenant', 'clientId', 'authority'] as const).some((k) => existing[k] !== connection[k]);
    if (signInChanged) await this.signInOf(existing).signOut();
    this.signIns.delete(connection.id);
    this.options.store.put(connection);
    return this.view(connection);
  }

  async remove(id: string): Promise<void> {
    const connection = this.options.store.get(id);
    if (connection) await this.signInOf(connection).signOut();
    this.signIns.delete(id);
    this.options.store.remove(id);
  }

  /**
   * Signs in in the browser; one sign-in per connection at a time (a second click waits for the
   * first). The browser host passes its own way to open the page (the page opens it in a tab).
   */
  signIn(id: string, openBrowser = this.options.openBrowser): Promise<HqSignInResult> {
    const pending = this.pendingSignIns.get(id);
    if (pending) return pending;
    const connection = this.options.store.get(id);
    if (!connection) return Promise.resolve({ ok: false, reason: 'failed', message: 'That connection no longer exists.' });
    const work = this.signInOf(connection)
      .signIn({ openBrowser: (url) => openBrowser(url, connection.authority), timeoutMs: this.options.signInTimeoutMs ?? DEFAULT_SIGN_IN_TIMEOUT_MS })
      .then(async (): Promise<HqSignInResult> => ({ ok: true, connection: await this.view(connection) }), (error: unknown): HqSignInResult => ({
        ok: false,
        reason: error instanceof SignInTimedOut ? 'timedOut' : error instanceof SignInRefused || error instanceof AuthError ? 'refused' : 'failed',
        message: clipMessage(error instanceof Error ? error.message : String(error)),
      }))
      .finally(() => this.pendingSignIns.delete(id));
    this.pendingSignIns.set(id, work);
    return work;
  }

  async signOut(id: string): Promise<HqConnectionView> {
    const connection = this.connection(id);
    await this.signInOf(connection).signOut();
    return this.view(connection);
  }

  /**
   * One page of HQ, for the HQ worker. The URL must be under the connection's /data/ (a nextLink
   * HQ wrote is checked too: a token is never sent anywhere else). A token HQ refuses (401) is
   * renewed silently once; if it cannot be, the answer says to sign in again.
   */
  async read(request: HqReadRequest): Promise<HqReadAnswer> {
    const connection = this.options.store.get(request.connectionId);
    if (!connection) return { kind: 'failed', reason: 'refused', status: null, message: 'That connection no longer exists.' };
    const url = this.urlUnderData(connection, request.url);
    if (!url) return { kind: 'failed', reason: 'refused', status: null, message: `Refused to read ${clipMessage(request.url).slice(0, 200)}: it is not under ${dataRoot(connection)}.` };
    const signIn = this.signInOf(connection);
    let token = await signIn.accessToken();
    if (!token) return { kind: 'signIn', message: `Sign in to ${connection.name} to read from it.` };
    let result = await this.get(url, token);
    if (result.kind === 'answer' && result.status === 401) {
      token = await signIn.accessToken(true);
      if (!token) return { kind: 'signIn', message: `Your sign-in to ${connection.name} has expired: sign in again.` };
      result = await this.get(url, token);
      if (result.kind === 'answer' && result.status === 401) return { kind: 'signIn', message: `${connection.name} refused your sign-in: sign in again.` };
    }
    return this.answerOf(result);
  }

  private answerOf(result: GetResult): HqReadAnswer {
    if (result.kind !== 'answer') return { kind: 'failed', reason: result.kind === 'tooLarge' ? 'refused' : result.kind, status: null, message: clipMessage(result.message) };
    const { status, body } = result;
    if (status === 429 || status === 503) {
      const seconds = retryAfterSeconds(result.retryAfter, this.options.now?.() ?? Date.now()) ?? DEFAULT_WAIT_SECONDS;
      if (seconds <= MAX_RETRY_AFTER_SECONDS) return { kind: 'wait', status, seconds };
      return { kind: 'failed', reason: 'http', status, message: `HQ asked to wait ${Math.ceil(seconds / 60)} minutes before the next request.` };
    }
    if (status < 200 || status >= 300) {
      return { kind: 'failed', reason: 'http', status, message: clipMessage(`HQ answered ${status}${hqMessage(body) ? `: ${hqMessage(body)}` : '.'}`) };
    }
    if (body.length > MAX_HQ_PAGE_CHARS) return { kind: 'failed', reason: 'refused', status, message: 'HQ\'s page is larger than a page may be.' };
    return { kind: 'page', body };
  }

  private get(url: URL, token: string): Promise<GetResult> {
    return getOData(url, {
      token, maxBytes: MAX_HQ_PAGE_CHARS, timeoutMs: this.options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxPageSize: this.options.maxPageSize ?? DEFAULT_PAGE_SIZE,
      ...(this.options.ca ? { ca: this.options.ca } : {}),
    });
  }

  /** The URL resolved against the connection's /data/, if it stays under it (same origin, same path). */
  private urlUnderData(connection: HqConnection, text: string): URL | null {
    const root = new URL(dataRoot(connection));
    let url: URL;
    try {
      url = new URL(text, root);
    } catch {
      return null;
    }
    return url.origin === root.origin && url.pathname.startsWith(root.pathname) && !url.username && !url.password ? url : null;
  }

  private connection(id: string): HqConnection {
    const connection = this.options.store.get(id);
    if (!connection) throw new ConnectionRefused('That connection no longer exists.');
    return connection;
  }

  private signInOf(connection: HqConnection): HqSignIn {
    let signIn = this.signIns.get(connection.id);
    if (!signIn) {
      signIn = new HqSignIn(connection, this.options.secrets(connection.id), this.options.networkClient);
      this.signIns.set(connection.id, signIn);
    }
    return signIn;
  }

  private async view(connection: HqConnection): Promise<HqConnectionView> {
    return { ...connection, signedInAs: await this.signInOf(connection).signedInAs() };
  }
}
