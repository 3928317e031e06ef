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
import { refreshWorkspace } from '../../shared/pull/refresh-workspace';
import { addAuditNote } from '../../shared/orders/audit-notes';
import { saveTransactionEdits, setOrderEditing } from '../../shared/orders/transaction-edits';
import { keyText, keyTuple } from '../../shared/orders/transaction-entities';
import { queryTransactionsPage, type TransactionFilter } from '../../shared/orders/transactions-page';
import { matchingKeys } from '../../shared/orders/all-transactions';
import { changedInHqCounts } from '../../shared/orders/changed-in-hq';
import { HqEngine } from '../../shared/engine/hq-engine';
import { KEY_INDEX } from '../../shared/db/retail-transaction-tables';
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

describe('a refresh of a pulled workspace', () => {
  // Transactions by their number in the test HQ (2 in 10 failed: i % 10 < 2).
  const STATUS_FIXED = 0;
  const HEADER_CHANGED = 1;
  const EDITED_HERE_AND_IN_HQ = 10;
  const NOTED_HERE = 11;
  const EDITED_HERE_ONLY = 20;
  const NEW_IN_HQ = 50;
  const later = new Date('2026-09-20T09:00:00Z');
  const refreshedAt = () => new Date('2026-09-20T09:30:00Z');

  it('reads only what HQ changed since, takes it, adds what is new, keeps notes and edits, and flags a row changed on both sides with both versions', async () => {
    const d = deps();
    server.hq.hide(NEW_IN_HQ);
    const { control: c } = control(read);
    const workspace = await pullWorkspace(d, randomUUID(), request(), source(), c, { now });
    const db = d.open(workspace.databaseName);
    const key = (i: number) => server.hq.key(i);
    expect(await db.RetailTransactionTable.get(keyTuple(key(NEW_IN_HQ)))).toBeUndefined();

    // Here: a note, and edits of two transactions' comments.
    await addAuditNote(db, key(NOTED_HERE), 'Asked the store about the payment.', 'karin', now());
    for (const i of [EDITED_HERE_AND_IN_HQ, EDITED_HERE_ONLY]) {
      await setOrderEditing(db, key(i), true, { user: 'karin', at: now() });
      await saveTransactionEdits(db, key(i), [{ entity: 'RetailTransactionTable', lineId: null, field: 'comment', value: 'Customer phoned: ship to the store.' }], 'karin', now());
    }
    // In HQ, later: a status fixed, a header changed, a transaction come in, and the comment edited here changed there too.
    server.hq.changeStatus(STATUS_FIXED, { Status: 'Succeeded', ErrorDetail: '', SalesId: 'SO-900001' }, later);
    server.hq.changeStatus(NOTED_HERE, { Status: 'Succeeded', ErrorDetail: '', SalesId: 'SO-900002' }, later);
    server.hq.changeHeader(HEADER_CHANGED, { Comment: 'Gift wrap.' }, later);
    server.hq.changeHeader(EDITED_HERE_AND_IN_HQ, { Comment: 'Refunded in HQ.' }, later);
    server.hq.add(NEW_IN_HQ, later);

    const before = server.requests.length;
    const { counts } = await refreshWorkspace({ ...d }, workspace.id, control(read).control, { now: refreshedAt });
    const urls = server.requests.slice(before).map((r) => decodeURIComponent(r.url));
    // First which transactions changed (their keys only), then those transactions whole.
    expect(urls[0]).toMatch(/RetailTransactionOrderStatusBIEntities\?.*SysModifiedDateTime ge 2026-09-20T07:45:00Z.*\$select=dataAreaId,transactionId$/);
    // Only the statuses have a modification time; the request's days end before the refresh's, so no day is read again.
    expect(urls.filter((u) => u.includes('SysModifiedDateTime ge') && !u.includes('$skiptoken'))).toHaveLength(1);
    expect(urls.filter((u) => u.includes('TransactionDate ge'))).toEqual([]);
    expect(counts).toEqual({ updated: 3, added: 1, conflicts: 1, unchanged: 0, refusedRows: 0 });

    const status = (i: number) => db.RetailTransactionOrderStatus.get(keyTuple(key(i)));
    const header = (i: number) => db.RetailTransactionTable.get(keyTuple(key(i)));
    expect(await status(STATUS_FIXED)).toMatchObject({ Status: 'Succeeded', SalesId: 'SO-900001', ErrorCauses: [] });
    expect((await header(HEADER_CHANGED))!.comment).toBe('Gift wrap.');
    expect(await header(NEW_IN_HQ)).toBeDefined();
    expect((await db.stores.toArray()).map((s) => s.id).sort()).toEqual(['HOUSTON', 'SEATTLE']);
    expect(await status(NEW_IN_HQ)).toMatchObject({ Status: 'Failed' });
    // The note stays with its transaction, which HQ has synchronized since.
    expect(await status(NOTED_HERE)).toMatchObject({ Status: 'Succeeded' });
    expect(await db.auditNotes.where(KEY_INDEX).equals(keyTuple(key(NOTED_HERE))).count()).toBe(1);
    // Edited here alone: kept. Edited on both sides: kept here, HQ's beside it, flagged.
    expect((await header(EDITED_HERE_ONLY))!.comment).toBe('Customer phoned: ship to the store.');
    expect((await header(EDITED_HERE_AND_IN_HQ))!.comment).toBe('Customer phoned: ship to the store.');
    const conflicts = await db.refreshConflicts.toArray();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toMatchObject({
      ...key(EDITED_HERE_AND_IN_HQ), table: 'RetailTransactionTable', line: null, foundAt: refreshedAt().toISOString(),
      fields: [{ field: 'comment', here: 'Customer phoned: ship to the store.', hq: 'Refunded in HQ.', pulled: '' }],
    });
    expect(conflicts[0]!.hqRow.comment).toBe('Refunded in HQ.');
    expect(await db.transactionEdits.count()).toBe(2);

    // The lists find it: changed in HQ since edited here, alone and with the other filters, counted by list, exported alike.
    const online: TransactionFilter = { kind: 'online', reference: '', customerAccount: '', status: 'all', storeId: 'all' };
    const listed = async (patch: Partial<TransactionFilter>) =>
      (await queryTransactionsPage(db, { ...online, ...patch }, { page: 0, pageSize: 100, descending: true })).rows.map((r) => keyText(r.status));
    const flagged = keyText(key(EDITED_HERE_AND_IN_HQ));
    expect(await listed({ changedInHq: true })).toEqual([flagged]);
    expect(await listed({ changedInHq: true, status: 'Editing', storeId: key(EDITED_HERE_AND_IN_HQ).store })).toEqual([flagged]);
    expect(await listed({ changedInHq: true, status: 'Failed' })).toEqual([]);
    expect(await listed({ changedInHq: true, kind: 'pos' })).toEqual([]);
    expect(await listed({ changedInHq: true, check: 'fails' })).toEqual([]);
    expect((await listed({})).length).toBeGreaterThan(1);
    expect(await matchingKeys(db, { ...online, changedInHq: true })).toEqual([keyTuple(key(EDITED_HERE_AND_IN_HQ))]);
    expect(await changedInHqCounts(db)).toEqual({ online: 1, pos: 0 });

    const entry = (await d.registry.workspaces.get(workspace.id))!;
    expect(entry.pulledFrom).toMatchObject({ refreshedAt: refreshedAt().toISOString(), changesSince: '2026-09-20T09:15:00.000Z', lastRefresh: counts });
    // Nothing changed since: one question per set, nothing merged, no staging database left behind.
    const again = await refreshWorkspace({ ...d }, workspace.id, control(read).control, { now: () => new Date('2026-09-20T10:00:00Z') });
    expect(again.counts).toEqual({ updated: 0, added: 0, conflicts: 0, unchanged: 0, refusedRows: 0 });
    expect((await d.indexedDB.databases()).map((x) => x.name).filter((n) => n?.includes('refresh'))).toEqual([]);
    expect(await db.refreshConflicts.count()).toBe(1);
    db.close();
  });

  it('runs as a command in the pulled workspace’s own window: its status said as a pull’s, each row HQ sent that the checks refuse said with where and why, its transaction left as it was', async () => {
    const BAD_IN_HQ = 30; // failed when pulled
    const d = deps();
    const workspace = await pullWorkspace(d, randomUUID(), request(), source(), control(read).control, { now });
    const db = d.open(workspace.databaseName);
    const header = async () => (await db.RetailTransactionTable.get(keyTuple(server.hq.key(BAD_IN_HQ))))!;
    const pulled = await header();
    server.hq.changeHeader(BAD_IN_HQ, { GrossAmount: 'lots' }, new Date('2026-09-20T10:30:00Z'));

    const engine = new HqEngine(db, () => new Date('2026-09-20T11:00:00Z'), { readOnly: true, workspaces: d, hqReader: read });
    const statuses: PullStatus[] = [];
    const answer = await engine.execute({ type: 'refreshWorkspace', workspaceId: workspace.id, cancelId: randomUUID() }, undefined, (s) => statuses.push(s));
    // The header HQ sent refused for its field, then the transaction's other rows for want of it: each said as the import's report says it.
    const key = server.hq.key(BAD_IN_HQ);
    expect(answer.refusals[0]).toEqual({ file: expect.stringMatching(/^RetailTransactions page \d+$/), where: expect.stringMatching(/^row \d+ of the page$/), field: 'GrossAmount', reason: "gross amount is not a number ('lots')" });
    expect(answer.refusals.slice(1).map((r) => r.where)).toEqual(Array(3).fill(`transaction ${key.dataAreaId}/${key.store}/${key.terminal}/${key.transactionId}`));
    expect(answer.counts.refusedRows).toBe(answer.refusals.length);
    expect(await header()).toEqual(pulled);
    expect(statuses.at(-1)).toMatchObject({ wait: null, paused: null });
    expect(statuses.some((s) => s.pages > 0)).toBe(true);
    db.close();
  });

  it('refuses a workspace imported from files, and one deleted', async () => {
    const d = deps();
    await d.registry.workspaces.add({ id: randomUUID(), name: 'orders.json', kind: 'import', databaseName: 'x', createdAt: '', sourceFiles: ['orders.json'], report: null });
    const [files] = await d.registry.workspaces.toArray();
    await expect(refreshWorkspace(d, files!.id, control(read).control, { now })).rejects.toThrow(/imported from files, not pulled from headquarters/);
    await expect(refreshWorkspace(d, randomUUID(), control(read).control, { now })).rejects.toThrow(/no longer exists/);
  });
});
