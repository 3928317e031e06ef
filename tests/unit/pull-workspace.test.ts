import { randomUUID } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HqConnector } from '../../electron/connector/hq-connector';
import { ConnectionStore } from '../../electron/connector/connection-store';
import { MemorySecrets } from '../../electron/connector/token-cache';
import { HqDatabase } from '../../shared/db/hq-database';
import { WorkspaceRegistry, workspaceDatabaseName } from '../../shared/db/workspace-registry';
import type { ImportDeps } from '../../shared/db/workspace-registry';
import type { HqReader } from '../../shared/pull/hq-read';
import { defaultPullRequest, pullRequestSchema, type PullRequest } from '../../shared/pull/pull-request';
import type { PullStatus } from '../../shared/pull/pull-status';
import { pullWorkspace } from '../../shared/pull/pull-workspace';
import type { PullControl } from '../../shared/pull/read-pull';
import { startODataTestServer, type ODataTestServer } from '../support/odata-test-server';
import { TestAuthority, TEST_TENANT } from '../support/test-authority';
import { browse, trustingNetworkClient } from '../support/trusting-network';
import { testCertificate } from '../support/tls-certificate';

// A pull into a new workspace, against the OData test server through the connector: the import's
// own path (same report), every nextLink followed, $filter/$select/cross-company as asked, waits
// as HQ says, a pause on a lost connection or a lapsed sign-in that goes on from the page it
// reached, and nothing kept when it is canceled or HQ refuses.

const TRANSACTIONS = 60;
let authority: TestAuthority;
let server: ODataTestServer;
let hq: HqConnector;
let connectionId: string;

beforeAll(async () => {
  authority = await TestAuthority.start();
  const { cert } = await testCertificate();
  server = await startODataTestServer({ transactions: TRANSACTIONS, companies: ['usrt', 'usmf'], firstDay: '2026-09-14', days: 6, verifyToken: authority.verifyToken });
  let stored: unknown = [];
  hq = new HqConnector({
    store: new ConnectionStore({ read: () => stored, write: (v) => void (stored = v) }), secrets: () => new MemorySecrets(),
    openBrowser: (url) => browse(url, cert).then(() => undefined), allowLoopback: true, newId: randomUUID, networkClient: trustingNetworkClient(cert), maxPageSize: 5,
  });
  ({ id: connectionId } = await hq.save(null, {
    name: 'Contoso test', environmentUrl: server.url, tenant: TEST_TENANT, clientId: '5f0d1a2b-3c4d-4e5f-8a9b-0c1d2e3f4a5b', authority: authority.host, companies: ['usrt', 'usmf'],
  }));
  await hq.signIn(connectionId);
});
afterAll(async () => {
  await server.stop();
  await authority.stop();
});

function deps(): ImportDeps & { indexedDB: IDBFactory } {
  const options = { indexedDB: new IDBFactory(), IDBKeyRange };
  return {
    indexedDB: options.indexedDB, registry: new WorkspaceRegistry(options), open: (name) => new HqDatabase(name, options),
    remove: async (name) => void (await new HqDatabase(name, options).delete()),
  };
}

/** The person's side of a pull: Resume once asked (after doing what the pause asks), waits recorded rather than slept. */
function control(read: HqReader, options: { onPause?: (status: PullStatus) => void; signal?: AbortSignal } = {}) {
  const statuses: PullStatus[] = [];
  const slept: number[] = [];
  const c: PullControl = {
    read, signal: options.signal,
    onStatus: (s) => statuses.push(s),
    resumed: async () => options.onPause?.(statuses.at(-1)!),
    sleep: async (ms) => void slept.push(ms),
  };
  return { control: c, statuses, slept };
}

const request = (patch: Partial<PullRequest> = {}): PullRequest => pullRequestSchema.parse({
  ...defaultPullRequest({ id: connectionId, companies: ['usrt', 'usmf'] }, new Date('2026-09-19T10:00:00Z')), ...patch,
});
const now = () => new Date('2026-09-20T08:00:00Z');
const read: HqReader = (r) => hq.read(r);
const source = () => ({ connectionName: 'Contoso test', environmentUrl: server.url });

describe('a pull', () => {
  it('by default brings the last seven days\' unsynchronized orders with their transactions, lines and payments, through the import\'s report', async () => {
    const d = deps();
    const before = server.requests.length;
    const { control: c, statuses } = control(read);
    const workspace = await pullWorkspace(d, randomUUID(), request(), source(), c, { now });
    const db = d.open(workspace.databaseName);
    const unsynchronized = [...Array(TRANSACTIONS).keys()].filter((i) => i % 10 < 2 || i % 10 === 2);
    expect(workspace.report!.rejected).toEqual([]);
    expect(workspace.report!.imported).toBe(unsynchronized.length * (1 + 1 + 2 + 1));
    expect(workspace.pulledFrom).toMatchObject({ connectionName: 'Contoso test', environmentUrl: server.url, pulledAt: now().toISOString() });
    expect(workspace.report!.files.map((f) => f.name)[0]).toBe('RetailTransactionOrderStatusBIEntities page 1');
    expect(await db.RetailTransactionTable.count()).toBe(unsynchronized.length);
    expect(await db.RetailTransactionOrderStatus.where('Status').equals('Succeeded').count()).toBe(0);
    const urls = server.requests.slice(before).map((r) => decodeURIComponent(r.url));
    expect(urls.every((u) => u.includes('cross-company=true') && u.includes('$select='))).toBe(true);
    expect(urls[0]).toMatch(/Status ne Microsoft\.Dynamics\.DataEntities\.RetailTransactionOrderStatusType'Succeeded'/);
    expect(urls.some((u) => u.includes('$skiptoken'))).toBe(true);
    expect(statuses.at(-1)).toMatchObject({ pages: urls.length, rows: workspace.report!.rowsRead });
    db.close();
  });

  it('brings every status and transaction of the days chosen, a company and a store narrowing it', async () => {
    const { control: c } = control(read);
    const workspace = await pullWorkspace(deps(), randomUUID(), request({ unsynchronizedOnly: false, companies: ['USMF'], stores: ['SEATTLE'], from: '2026-09-14', to: '2026-09-16' }), source(), c, { now });
    const expected = [...Array(TRANSACTIONS).keys()].filter((i) => {
      const key = server.hq.key(i);
      return key.dataAreaId === 'usmf' && key.store === 'SEATTLE' && server.hq.day(i) <= '2026-09-16';
    });
    expect(expected.length).toBeGreaterThan(0);
    expect(workspace.report!.imported).toBe(expected.length * 5);
  });

  it('waits as HQ asks, and goes on from the page it reached after a lost connection and an expired sign-in', async () => {
    server.throttle(7, 1, 429);
    let pauses = 0;
    const { control: c, statuses, slept } = control(read, {
      onPause: (status) => {
        pauses += 1;
        if (status.paused?.reason === 'network') server.online();
      },
    });
    let served = 0;
    const flaky: HqReader = async (r) => {
      served += 1;
      // The network goes down on the third page, and the token expires on the fifth.
      if (served === 3) server.goOfflineAfter(0);
      if (served === 6) server.expireTokens();
      return read(r);
    };
    c.read = flaky;
    const before = server.requests.length;
    const workspace = await pullWorkspace(deps(), randomUUID(), request(), source(), c, { now });
    expect(slept).toEqual([7000]);
    expect(statuses.some((s) => s.wait?.status === 429 && s.wait.seconds === 7)).toBe(true);
    expect(statuses.some((s) => s.paused?.reason === 'network')).toBe(true);
    expect(pauses).toBe(1);
    // From the page it reached: no page answered twice.
    const answered = server.requests.slice(before).filter((r) => r.status === 200).map((r) => r.url);
    expect(new Set(answered).size).toBe(answered.length);
    expect(server.requests.slice(before).some((r) => r.status === 401)).toBe(true);
    expect(workspace.report!.rejected).toEqual([]);
    expect(workspace.report!.imported).toBe([...Array(TRANSACTIONS).keys()].filter((i) => i % 10 < 3).length * 5);
  });

  it('keeps nothing when it is canceled or HQ refuses a page', async () => {
    const d = deps();
    const abort = new AbortController();
    const { control: c } = control(async (r) => {
      const answer = await read(r);
      abort.abort();
      return answer;
    }, { signal: abort.signal });
    const id = randomUUID();
    await expect(pullWorkspace(d, id, request(), source(), c, { now, signal: abort.signal })).rejects.toThrow();
    const refused = control(async () => ({ kind: 'failed', reason: 'http', status: 500, message: 'HQ answered 500.' }));
    await expect(pullWorkspace(d, randomUUID(), request(), source(), refused.control, { now })).rejects.toThrow(/HQ did not answer RetailTransactionOrderStatusBIEntities: HQ answered 500/);
    expect(await d.registry.workspaces.count()).toBe(0);
    expect((await d.indexedDB.databases()).map((x) => x.name)).not.toContain(workspaceDatabaseName(id));
  });
});
