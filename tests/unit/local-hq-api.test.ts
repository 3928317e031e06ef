import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HqConnector } from '../../electron/connector/hq-connector';
import { ConnectionStore } from '../../electron/connector/connection-store';
import { localHqApi } from '../../electron/connector/local-hq-api';
import { isSignInUrl } from '../../electron/connector/sign-in-url';
import { MemorySecrets } from '../../electron/connector/token-cache';
import { startODataTestServer, type ODataTestServer } from '../support/odata-test-server';
import { TestAuthority, TEST_TENANT, TEST_USER } from '../support/test-authority';
import { browse, trustingNetworkClient } from '../support/trusting-network';
import { testCertificate } from '../support/tls-certificate';

// The browser host's way to HQ: its own server runs the same connector, answers only the page it
// serves (same loopback origin, JSON, allow-listed channels, bodies capped), validates as the IPC
// does, and hands the sign-in page to the page to open; tokens stay in the server.

let authority: TestAuthority;
let hqServer: ODataTestServer;
let local: http.Server;
let base: string;
let ca: string;

beforeAll(async () => {
  authority = await TestAuthority.start();
  ca = (await testCertificate()).cert;
  hqServer = await startODataTestServer({ transactions: 12, firstDay: '2026-09-14', days: 2, verifyToken: authority.verifyToken });
  let stored: unknown = [];
  const connector = new HqConnector({
    store: new ConnectionStore({ read: () => stored, write: (v) => void (stored = v) }), secrets: () => new MemorySecrets(),
    openBrowser: () => Promise.reject(new Error('not here')), allowLoopback: true, newId: randomUUID, networkClient: trustingNetworkClient(ca),
  });
  const api = localHqApi(connector);
  local = http.createServer((req, res) => api(req, res, () => res.writeHead(404).end()));
  await new Promise<void>((resolve) => local.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(local.address() as AddressInfo).port}`;
});
afterAll(async () => {
  local.closeAllConnections();
  await new Promise((resolve) => local.close(resolve));
  await hqServer.stop();
  await authority.stop();
});

const post = (name: string, body: unknown, headers: Record<string, string> = {}) => fetch(`${base}/api/hq/${name}`, {
  method: 'POST', headers: { 'content-type': 'application/json', origin: base, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body),
});
const value = async (response: Response) => ((await response.json()) as { value: unknown }).value;

describe('the browser host\'s local API to HQ', () => {
  it('answers only its own page, JSON, allow-listed channels and bodies of a bounded size', async () => {
    expect((await post('listConnections', '', { origin: 'https://evil.example' })).status).toBe(403);
    expect((await fetch(`${base}/api/hq/listConnections`, { method: 'POST', headers: { 'content-type': 'text/plain', origin: base }, body: '' })).status).toBe(415);
    expect((await fetch(`${base}/api/hq/listConnections`, { headers: { origin: base } })).status).toBe(405);
    expect((await post('../settings', '')).status).toBe(404);
    expect((await post('read', { connectionId: randomUUID(), url: 'x'.repeat(64 * 1024) }).catch(() => ({ status: 413 }))).status).toBe(413);
    const invalid = await post('saveConnection', { id: null, input: { name: 'x' } });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { message: string }).message).toMatch(/^Refused "hq:saveConnection": invalid argument/);
  });

  it('adds a connection, hands the sign-in page to the page, and reads HQ with a token the page never sees', async () => {
    const saved = await value(await post('saveConnection', {
      id: null, input: { name: 'Contoso test', environmentUrl: hqServer.url, tenant: TEST_TENANT, clientId: '5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', authority: authority.host, companies: ['usrt'] },
    })) as { id: string };
    const signingIn = post('signIn', { id: saved.id }).then(value);
    let url: string | null = null;
    while (!url) ({ url } = (await value(await post('signInPage', { id: saved.id }))) as { url: string | null });
    expect(isSignInUrl(url, authority.host)).toBe(true);
    expect(isSignInUrl(url.replace('https:', 'http:'), authority.host)).toBe(false);
    await browse(url, ca);
    expect(await signingIn).toMatchObject({ ok: true, connection: { signedInAs: TEST_USER } });
    const page = await post('read', { connectionId: saved.id, url: 'RetailTransactions?$select=TransactionNumber' });
    const text = await page.text();
    expect(JSON.parse(text)).toMatchObject({ ok: true, value: { kind: 'page' } });
    expect(text).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });
});
