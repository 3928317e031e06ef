import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConnectionRefused, HqConnector } from '../../electron/connector/hq-connector';
import { ConnectionStore } from '../../electron/connector/connection-store';
import { MemorySecrets, type SecretStore } from '../../electron/connector/token-cache';
import type { HqConnection } from '../../shared/pull/hq-connection';
import { hqReadAnswerSchema, type HqReadAnswer } from '../../shared/pull/hq-read';
import { startODataTestServer, type ODataTestServer } from '../support/odata-test-server';
import { TestAuthority, TEST_TENANT, TEST_USER } from '../support/test-authority';
import { browse, trustingNetworkClient } from '../support/trusting-network';
import { testCertificate } from '../support/tls-certificate';

// The connector to HQ, against the OData test server and the Entra-shaped test authority: sign-in
// with a code and PKCE in "the browser", tokens in a secret store and never in an answer, pages read
// under /data/ only, a token renewed silently on 401, a sign-in asked for when it cannot be, waits
// as HQ asks, dropped connections and untrusted certificates refused as what they are.

const CLIENT_ID = '5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b';

class Recorded implements SecretStore {
  text: string | null = null;
  load = () => Promise.resolve(this.text);
  save = (text: string | null) => Promise.resolve(void (this.text = text));
}

let authority: TestAuthority;
let server: ODataTestServer;
let ca: string;
beforeAll(async () => {
  authority = await TestAuthority.start();
  ca = (await testCertificate()).cert;
  server = await startODataTestServer({ transactions: 30, companies: ['usrt', 'usmf'], firstDay: '2026-09-14', days: 3, verifyToken: authority.verifyToken });
});
afterAll(async () => {
  await server.stop();
  await authority.stop();
});
afterEach(() => authority.refuseRefresh(false));

function connector(options: { allowLoopback?: boolean; secrets?: Map<string, SecretStore>; opened?: string[]; maxPageSize?: number } = {}) {
  let stored: unknown = [];
  const secrets = options.secrets ?? new Map<string, SecretStore>();
  return new HqConnector({
    store: new ConnectionStore({ read: () => stored, write: (value) => void (stored = JSON.parse(JSON.stringify(value))) }),
    secrets: (id) => secrets.get(id) ?? secrets.set(id, new Recorded()).get(id)!,
    openBrowser: async (url) => {
      options.opened?.push(url);
      await browse(url, ca);
    },
    allowLoopback: options.allowLoopback ?? true,
    newId: randomUUID,
    networkClient: trustingNetworkClient(ca),
    maxPageSize: options.maxPageSize ?? 10,
  });
}

const input = (patch: Partial<HqConnection> = {}) => ({
  name: 'Contoso test', environmentUrl: server.url, tenant: TEST_TENANT, clientId: CLIENT_ID, authority: authority.host, companies: ['USRT', 'usmf'], ...patch,
});

async function readAll(hq: HqConnector, connectionId: string, first: string): Promise<{ rows: number; answers: HqReadAnswer[] }> {
  const answers: HqReadAnswer[] = [];
  let url: string | undefined = first;
  let rows = 0;
  while (url) {
    const answer = await hq.read({ connectionId, url });
    answers.push(answer);
    if (answer.kind !== 'page') break;
    const page = JSON.parse(answer.body) as { value: unknown[]; '@odata.nextLink'?: string };
    rows += page.value.length;
    url = page['@odata.nextLink'];
  }
  return { rows, answers };
}

describe('connections', () => {
  it('keeps an environment as its https origin, companies in HQ\'s lower case, and refuses what is not https', async () => {
    const hq = connector({ allowLoopback: false });
    await expect(hq.save(null, input({ environmentUrl: 'http://usrt.operations.dynamics.com' }))).rejects.toThrow(ConnectionRefused);
    await expect(hq.save(null, input({ environmentUrl: server.url }))).rejects.toThrow(/https/);
    await expect(hq.save(null, input({ environmentUrl: 'https://usrt.operations.dynamics.com/data/' }))).rejects.toThrow(/without a path/);
    await expect(hq.save(null, input({ authority: 'http://login.microsoftonline.com' }))).rejects.toThrow(/https/);
    const saved = await hq.save(null, input({ environmentUrl: 'https://USRT.operations.dynamics.com/' }));
    expect(saved).toMatchObject({ environmentUrl: 'https://usrt.operations.dynamics.com', companies: ['usrt', 'usmf'], signedInAs: null });
    expect((await hq.list()).connections).toHaveLength(1);
  });

  it('takes http on loopback only where the host allows it (the test servers)', async () => {
    expect((await connector({ allowLoopback: true }).save(null, input())).environmentUrl).toBe(server.url);
  });
});

describe('sign-in and reading', () => {
  it('signs in with a code and PKCE in the browser, keeps the tokens in the secret store only, and reads every page', async () => {
    const secrets = new Map<string, SecretStore>();
    const opened: string[] = [];
    const hq = connector({ secrets, opened });
    const { id } = await hq.save(null, input());
    expect(await hq.read({ connectionId: id, url: 'RetailTransactions' })).toMatchObject({ kind: 'signIn' });

    const signedIn = await hq.signIn(id);
    expect(signedIn).toMatchObject({ ok: true, connection: { signedInAs: TEST_USER } });
    const authorize = new URL(opened[0]!);
    expect(authorize.origin).toBe(authority.host);
    expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
    expect(authorize.searchParams.get('redirect_uri')).toMatch(/^http:\/\/localhost:\d+\/$/);
    expect(authorize.searchParams.get('scope')).toContain(`${server.url}/.default`);
    expect((secrets.get(id) as Recorded).text).toContain('RefreshToken');
    expect(JSON.stringify(signedIn)).not.toMatch(/eyJ/);

    const { rows, answers } = await readAll(hq, id, 'RetailTransactions?cross-company=true&$select=dataAreaId,TransactionNumber');
    expect(rows).toBe(30);
    expect(answers).toHaveLength(3);
    for (const answer of answers) expect(hqReadAnswerSchema.parse(answer).kind).toBe('page');
    expect(answers.map((a) => JSON.stringify(a)).join('')).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });

  it('renews an expired token silently and goes on from the page it reached', async () => {
    const hq = connector();
    const { id } = await hq.save(null, input());
    await hq.signIn(id);
    const first = await hq.read({ connectionId: id, url: 'RetailTransactions?cross-company=true' });
    const next = (JSON.parse((first as { body: string }).body) as { '@odata.nextLink': string })['@odata.nextLink'];
    const refreshes = authority.redeemed.refreshes;
    server.expireTokens();
    expect((await hq.read({ connectionId: id, url: next })).kind).toBe('page');
    expect(authority.redeemed.refreshes).toBe(refreshes + 1);
  });

  it('asks the person to sign in again when the token cannot be renewed', async () => {
    const hq = connector();
    const { id } = await hq.save(null, input());
    await hq.signIn(id);
    expect((await hq.read({ connectionId: id, url: 'RetailTransactions' })).kind).toBe('page');
    server.expireTokens();
    authority.refuseRefresh();
    expect(await hq.read({ connectionId: id, url: 'RetailTransactions' })).toMatchObject({ kind: 'signIn' });
  });

  it('says to wait as Retry-After says, and names a dropped connection and an HQ error', async () => {
    const hq = connector();
    const { id } = await hq.save(null, input());
    await hq.signIn(id);
    server.throttle(12, 1, 429);
    expect(await hq.read({ connectionId: id, url: 'RetailTransactions' })).toEqual({ kind: 'wait', status: 429, seconds: 12 });
    server.throttle(3, 1, 503);
    expect(await hq.read({ connectionId: id, url: 'RetailTransactions' })).toEqual({ kind: 'wait', status: 503, seconds: 3 });
    server.throttle(3600);
    expect(await hq.read({ connectionId: id, url: 'RetailTransactions' })).toMatchObject({ kind: 'failed', reason: 'http', status: 429 });
    server.dropNextPages(1);
    expect(await hq.read({ connectionId: id, url: 'RetailTransactions' })).toMatchObject({ kind: 'failed', reason: 'network' });
    expect(await hq.read({ connectionId: id, url: 'NoSuchSet' })).toMatchObject({ kind: 'failed', reason: 'http', status: 404 });
  });

  it('never sends the token anywhere but under the environment\'s /data/', async () => {
    const hq = connector();
    const { id } = await hq.save(null, input());
    await hq.signIn(id);
    const before = server.requests.length;
    for (const url of [`${authority.host}/data/RetailTransactions`, '../RetailTransactions', `${server.url}/metadata`, `http://user:pw@127.0.0.1:1/data/x`]) {
      expect(await hq.read({ connectionId: id, url })).toMatchObject({ kind: 'failed', reason: 'refused' });
    }
    expect(server.requests.length).toBe(before);
  });

  it('forgets the tokens on sign-out and when the connection changes where it signs in', async () => {
    const secrets = new Map<string, SecretStore>();
    const hq = connector({ secrets });
    const { id } = await hq.save(null, input());
    await hq.signIn(id);
    expect((await hq.signOut(id)).signedInAs).toBeNull();
    expect((secrets.get(id) as Recorded).text).toBeNull();
    expect(await hq.read({ connectionId: id, url: 'RetailTransactions' })).toMatchObject({ kind: 'signIn' });
    await hq.signIn(id);
    expect((await hq.save(id, input({ tenant: 'contoso.onmicrosoft.com' }))).signedInAs).toBeNull();
    expect((secrets.get(id) as Recorded).text).toBeNull();
  });

  it('keeps a sign-in across restarts through its secret store', async () => {
    const secrets = new Map<string, SecretStore>();
    let stored: unknown = [];
    const make = () => new HqConnector({
      store: new ConnectionStore({ read: () => stored, write: (v) => void (stored = v) }), secrets: (sid) => secrets.get(sid) ?? secrets.set(sid, new MemorySecrets()).get(sid)!,
      openBrowser: (url) => browse(url, ca).then(() => undefined), allowLoopback: true, newId: randomUUID, networkClient: trustingNetworkClient(ca),
    });
    const { id } = await make().save(null, input());
    await make().signIn(id);
    expect((await make().list()).connections[0]!.signedInAs).toBe(TEST_USER);
    expect((await make().read({ connectionId: id, url: 'RetailTransactions?$top=1' })).kind).toBe('page');
  });
});

describe('an environment whose certificate is not trusted', () => {
  it('is refused, never read', async () => {
    const { key, cert } = await testCertificate();
    const tls = await startODataTestServer({ transactions: 1, firstDay: '2026-09-14', days: 1, tls: { key, cert } });
    try {
      let stored: unknown = [];
      const hq = new HqConnector({
        store: new ConnectionStore({ read: () => stored, write: (v) => void (stored = v) }), secrets: () => new MemorySecrets(),
        openBrowser: (url) => browse(url, ca).then(() => undefined), allowLoopback: false, newId: randomUUID, networkClient: trustingNetworkClient(ca),
      });
      const { id } = await hq.save(null, input({ environmentUrl: tls.url.replace('127.0.0.1', 'localhost') }));
      await hq.signIn(id);
      expect(await hq.read({ connectionId: id, url: 'RetailTransactions' })).toMatchObject({ kind: 'failed', reason: 'tls' });
      expect(tls.requests).toHaveLength(0);
    } finally {
      await tls.stop();
    }
  });
});
