import { randomUUID } from 'node:crypto';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HqDatabase } from '../../shared/db/hq-database';
import { WORKSPACE_REGISTRY_NAME, WorkspaceRegistry, workspaceDatabaseName, type ImportDeps } from '../../shared/db/workspace-registry';
import { HqEngine } from '../../shared/engine/hq-engine';
import type { HqCommand } from '../../shared/contracts/hq-commands';
import { deleteAbandonedImports } from '../../shared/import/import-workspace';
import type { HqReadAnswer, HqReader } from '../../shared/pull/hq-read';
import { markInterruptedPulls } from '../../shared/pull/interrupted-pulls';
import { keepUnderWay } from '../../shared/pull/keep-under-way';
import { defaultPullRequest, type PullRequest } from '../../shared/pull/pull-request';
import { readPullsUnderWay, type PullUnderWay } from '../../shared/pull/pull-under-way';
import type { PullStatus } from '../../shared/pull/pull-status';
import { startODataTestServer, type ODataTestServer } from '../support/odata-test-server';
import { refusal } from '../support/refusal';

// The record of a pull or refresh under way: written as it starts, its progress noted cheaply,
// gone however it ends; left only by an app closed mid-way, which the next start marks
// interrupted, so that Connect to HQ can say so and start it again (Resume) or forget it (Discard).
// "The app closes" here is what a closed window does to the HQ worker: its work stops where it is
// (a pull paused on a lost network, never resumed nor canceled), and the next start runs as the
// worker's does: deleteAbandonedImports, then markInterruptedPulls.

const TRANSACTIONS = 40;
let server: ODataTestServer;
const connectionId = randomUUID();

beforeAll(async () => {
  server = await startODataTestServer({ transactions: TRANSACTIONS, companies: ['usrt'], firstDay: '2026-09-14', days: 6, pageSize: 4 });
});
afterAll(() => server.stop());

const lostNetwork: HqReadAnswer = { kind: 'failed', reason: 'network', status: null, message: 'The network is unreachable.' };

/**
 * HQ through no host: a plain GET of the test server (no sign-in). The network goes once
 * `offlineAfter` pages were asked for (every read then fails as a lost connection would) until online().
 */
function reader(offlineAfter = Infinity, refuse: () => HqReadAnswer | null = () => null) {
  let asked = 0;
  let online = false;
  let inFlight = 0;
  const read: HqReader = async ({ url }) => {
    const refused = refuse();
    if (refused) return refused;
    if (asked >= offlineAfter && !online) return lostNetwork;
    asked += 1;
    inFlight += 1;
    try {
      const response = await fetch(url.startsWith('http') ? url : `${server.url}/data/${url}`);
      return { kind: 'page' as const, body: await response.text() };
    } finally {
      inFlight -= 1;
    }
  };
  return { read, online: () => void (online = true), settled: () => inFlight === 0 };
}
type Hq = ReturnType<typeof reader>;

/** One installation's databases (a browser profile): the registry and the workspaces, on one IndexedDB. */
function profile(): ImportDeps & { indexedDB: IDBFactory } {
  const options = { indexedDB: new IDBFactory(), IDBKeyRange };
  return {
    indexedDB: options.indexedDB, registry: new WorkspaceRegistry(options), open: (name) => new HqDatabase(name, options),
    remove: async (name) => void (await new HqDatabase(name, options).delete()),
  };
}
type Profile = ReturnType<typeof profile>;

/** A clock the test moves. */
function clock() {
  let at = Date.parse('2026-09-20T08:00:00Z');
  return { now: () => new Date(at), pass: (ms: number) => void (at += ms) };
}

/**
 * An HQ worker started on the profile as hq-worker.ts starts one (abandoned databases deleted, pulls
 * under way marked interrupted), with connections of its own; the app closing closes them all
 * (the worker's work stops where it is: it neither ends nor cancels).
 */
async function startWorker(p: Profile, read: HqReader, now: () => Date): Promise<{ engine: HqEngine; appCloses: () => void }> {
  const registry = new WorkspaceRegistry({ indexedDB: p.indexedDB, IDBKeyRange });
  const opened: Dexie[] = [registry];
  const open = (name: string) => {
    const db = p.open(name);
    opened.push(db);
    return db;
  };
  const workspaces: ImportDeps = { registry, open, remove: p.remove };
  await deleteAbandonedImports(workspaces, (await p.indexedDB.databases()).map((d) => d.name!));
  await markInterruptedPulls(registry, now());
  const engine = new HqEngine(workspaces.open(workspaceDatabaseName('current')), now, { workspaces, hqReader: read });
  return { engine, appCloses: () => opened.forEach((db) => db.close()) };
}

const request = (): PullRequest => defaultPullRequest({ id: connectionId, companies: ['usrt'] }, new Date('2026-09-19T10:00:00Z'));
const source = { connectionName: 'Contoso test', environmentUrl: 'https://usrt.operations.dynamics.com' };
const pull = (importId: string) => ({ type: 'pullWorkspace' as const, importId, cancelId: importId, request: request(), source });
const recordsOf = async (p: ImportDeps) => readPullsUnderWay(await p.registry.pullsUnderWay.toArray());
/** Until the pull has paused on the lost network, every read settled, and the record noted where it stopped (at once, as it paused). */
async function pausedRecord(p: ImportDeps, id: string, hq: Hq, statuses: PullStatus[]): Promise<PullUnderWay> {
  const stopped = async () => {
    const last = statuses.at(-1);
    const record = await p.registry.pullsUnderWay.get(id);
    return hq.settled() && last?.paused?.reason === 'network' && record?.pages === last.pages && record.rows === last.rows;
  };
  await expect.poll(stopped).toBe(true);
  return (await recordsOf(p)).records[0]!;
}

/** The app closes while `command` waits for the network, lost after `offlineAfter` pages: it never ends. Answers its record as it was left. */
async function closedWhilePaused(p: Profile, time: ReturnType<typeof clock>, command: HqCommand, id: string, offlineAfter: number): Promise<PullUnderWay> {
  const statuses: PullStatus[] = [];
  const hq = reader(offlineAfter);
  const closing = await startWorker(p, hq.read, time.now);
  void closing.engine.execute(command, undefined, (s) => statuses.push(s)).catch(() => undefined);
  const left = await pausedRecord(p, id, hq, statuses);
  closing.appCloses();
  return left;
}

describe('a pull under way is recorded', () => {
  it('from its start, with what starting it again needs, and is removed when it is done', async () => {
    const p = profile();
    const time = clock();
    const statuses: PullStatus[] = [];
    const hq = reader(5);
    let seenAtStart: Promise<PullUnderWay[]> | undefined;
    const read: HqReader = (r) => {
      seenAtStart ??= p.registry.pullsUnderWay.toArray();
      time.pass(400);
      return hq.read(r);
    };
    const { engine } = await startWorker(p, read, time.now);
    const importId = randomUUID();
    const done = engine.execute(pull(importId), undefined, (s) => statuses.push(s));
    const record = await pausedRecord(p, importId, hq, statuses);
    expect(record).toMatchObject({
      kind: 'pull', id: importId, connectionId, connectionName: 'Contoso test', environmentUrl: source.environmentUrl, request: request(),
      startedAt: '2026-09-20T08:00:00.000Z', interruptedAt: null,
    });
    expect(record.rows).toBeGreaterThan(0);
    expect(record.pages).toBeGreaterThan(0);
    expect(await seenAtStart).toMatchObject([{ id: importId, pages: 0, rows: 0 }]);
    hq.online();
    await engine.execute({ type: 'resumePull', importId });
    expect((await done).kind).toBe('pulled');
    expect(await p.registry.pullsUnderWay.count()).toBe(0);
    expect(await p.registry.workspaces.get(importId)).toBeDefined();
  });

  it('noting its progress at most once a second, and at once when it pauses', async () => {
    const p = profile();
    const time = clock();
    const id = randomUUID();
    const status = (rows: number, paused = false): PullStatus => ({
      pages: rows / 10, rows, set: 'RetailTransactions', wait: null, paused: paused ? { reason: 'network', message: 'The network is unreachable.' } : null,
    });
    const noted = () => p.registry.pullsUnderWay.get(id);
    const start = { kind: 'pull' as const, id, connectionId, ...source, request: request() };
    const said: PullStatus[] = [];
    await keepUnderWay(p.registry, start, { now: time.now, onPullStatus: (s) => said.push(s) }, async (onStatus) => {
      for (const rows of [10, 20, 30]) {
        time.pass(400);
        onStatus(status(rows));
      }
      // 1.2 s after the start: the third status is noted, not the first two.
      await expect.poll(async () => (await noted())?.rows).toBe(30);
      time.pass(400);
      onStatus(status(40));
      time.pass(100);
      onStatus(status(50, true));
      await expect.poll(async () => (await noted())?.rows).toBe(50);
      expect(await noted()).toMatchObject({ pages: 5, progressAt: time.now().toISOString() });
    });
    expect(said.map((s) => s.rows)).toEqual([10, 20, 30, 40, 50]);
    expect(await noted()).toBeUndefined();
  });

  it('and removed when it is canceled, and when HQ refuses it', async () => {
    const p = profile();
    const time = clock();
    const statuses: PullStatus[] = [];
    const refuse = { now: false };
    const hq = reader(2, () => (refuse.now ? { kind: 'failed', reason: 'tls', status: null, message: 'The certificate is not trusted.' } : null));
    const { engine } = await startWorker(p, hq.read, time.now);
    const canceled = randomUUID();
    const running = engine.execute(pull(canceled), undefined, (s) => statuses.push(s));
    await pausedRecord(p, canceled, hq, statuses);
    await engine.execute({ type: 'cancel', target: { cancelId: canceled } });
    expect(await refusal(running)).toMatch(/The pull was canceled/);
    expect(await p.registry.pullsUnderWay.count()).toBe(0);

    refuse.now = true;
    expect(await refusal(engine.execute(pull(randomUUID())))).toMatch(/certificate is not trusted/);
    expect(await p.registry.pullsUnderWay.count()).toBe(0);
    expect(await p.registry.workspaces.count()).toBe(0);
  });
});

describe('a pull the app closed on', () => {
  it('is found at the next start, with how far it got; nothing of it kept; Resume pulls the same request from its first page into a workspace', async () => {
    const p = profile();
    const time = clock();
    const importId = randomUUID();
    const left = await closedWhilePaused(p, time, pull(importId), importId, 3);

    time.pass(3_600_000);
    const again = reader();
    const { engine } = await startWorker(p, again.read, time.now);
    const { records } = await recordsOf(p);
    const interruptedAt = time.now().toISOString();
    expect(records).toEqual([{ ...left, interruptedAt }]);
    expect(records[0]!.rows).toBeGreaterThan(0);
    expect((await p.indexedDB.databases()).map((d) => d.name)).not.toContain(workspaceDatabaseName(importId));
    expect(await p.registry.workspaces.count()).toBe(0);
    // A second start does not move when it was interrupted.
    await markInterruptedPulls(p.registry, new Date('2026-09-21T00:00:00Z'));
    expect((await recordsOf(p)).records[0]!.interruptedAt).toBe(interruptedAt);

    // Resume: the same request, under the same id, from the first page.
    const resumed = records[0]!;
    if (resumed.kind !== 'pull') throw new Error('a pull was recorded');
    const before = server.requests.length;
    const outcome = await engine.execute({
      type: 'pullWorkspace', importId: resumed.id, cancelId: resumed.id, request: resumed.request,
      source: { connectionName: resumed.connectionName, environmentUrl: resumed.environmentUrl },
    });
    expect(decodeURIComponent(server.requests[before]!.url)).toMatch(/^\/data\/RetailTransactionOrderStatusBIEntities\?(?!.*skiptoken)/);
    expect(outcome.counts.succeeded).toBeGreaterThan(0);
    expect((await p.registry.workspaces.get(importId))?.pulledFrom?.request).toEqual(request());
    expect(await p.registry.pullsUnderWay.count()).toBe(0);
    // Done: it is not pulled again into the same workspace.
    expect(await refusal(engine.execute(pull(importId)))).toMatch(/That pull finished: its workspace is Contoso test/);
  });

  it('is forgotten by Discard, which leaves a pull still under way alone', async () => {
    const p = profile();
    const time = clock();
    const interrupted = randomUUID();
    await closedWhilePaused(p, time, pull(interrupted), interrupted, 1);
    // A record another build wrote, which this one cannot read: offered for Discard only.
    const unreadable = randomUUID();
    await p.registry.pullsUnderWay.put({ id: unreadable, kind: 'export' } as unknown as PullUnderWay);

    const { engine } = await startWorker(p, reader(1).read, time.now);
    expect((await recordsOf(p)).unreadable).toEqual([{ id: unreadable, interruptedAt: time.now().toISOString() }]);
    const running = randomUUID();
    const now: PullStatus[] = [];
    void engine.execute(pull(running), undefined, (s) => now.push(s)).catch(() => undefined);
    await expect.poll(() => now.at(-1)?.paused?.reason).toBe('network');

    expect(await engine.execute({ type: 'discardInterruptedPull', id: running })).toEqual({ discarded: false });
    expect(await engine.execute({ type: 'discardInterruptedPull', id: interrupted })).toEqual({ discarded: true });
    expect(await engine.execute({ type: 'discardInterruptedPull', id: unreadable })).toEqual({ discarded: true });
    expect((await p.registry.pullsUnderWay.toArray()).map((r) => r.id)).toEqual([running]);
    // Resuming the one under way again is refused: it runs.
    expect(await refusal(engine.execute(pull(running)))).toMatch(/That pull is already under way/);
    await engine.execute({ type: 'cancel', target: { cancelId: running } });
  });

  it('is not offered when its workspace was entered before the app closed', async () => {
    const p = profile();
    const importId = randomUUID();
    const at = '2026-09-20T08:00:00.000Z';
    await p.registry.workspaces.add({ id: importId, name: 'Contoso test: USRT', kind: 'import', databaseName: workspaceDatabaseName(importId), createdAt: at, sourceFiles: [], report: null });
    const left: PullUnderWay = { kind: 'pull', id: importId, connectionId, ...source, request: request(), startedAt: at, pages: 9, rows: 90, progressAt: at, interruptedAt: null };
    await p.registry.pullsUnderWay.put(left);
    expect(await markInterruptedPulls(p.registry, new Date())).toBe(0);
    expect(await p.registry.pullsUnderWay.count()).toBe(0);
  });
});

describe('a refresh the app closed on', () => {
  it('leaves the workspace usable as it was, is found at the next start, and Resume refreshes it again from the same point', async () => {
    const p = profile();
    const time = clock();
    const { engine } = await startWorker(p, reader().read, time.now);
    const workspaceId = randomUUID();
    await engine.execute(pull(workspaceId));
    const pulled = (await p.registry.workspaces.get(workspaceId))!;
    const db = p.open(pulled.databaseName);
    const failed = async () => db.RetailTransactionOrderStatus.where('Status').equals('Failed').count();
    const failedBefore = await failed();
    server.hq.changeStatus(0, { Status: 'Succeeded', ErrorDetail: '', SalesId: 'SO-900001' }, new Date('2026-09-20T08:30:00Z'));
    time.pass(3_600_000);

    // The refresh finds what changed, then the network goes while it reads those transactions; the app closes.
    const left = await closedWhilePaused(p, time, { type: 'refreshWorkspace', workspaceId, cancelId: workspaceId }, workspaceId, 1);
    expect(left).toMatchObject({ kind: 'refresh', id: workspaceId, workspaceName: pulled.name, connectionId, connectionName: 'Contoso test', interruptedAt: null });

    const { engine: next } = await startWorker(p, reader().read, time.now);
    expect((await recordsOf(p)).records).toEqual([{ ...left, interruptedAt: time.now().toISOString() }]);
    // As it was: the same rows, the same point to read HQ's changes from, no staging database.
    expect(await failed()).toBe(failedBefore);
    expect(await p.registry.workspaces.get(workspaceId)).toEqual(pulled);
    expect((await p.indexedDB.databases()).map((d) => d.name).filter((n) => n?.includes('refresh'))).toEqual([]);

    const outcome = await next.execute({ type: 'refreshWorkspace', workspaceId, cancelId: workspaceId });
    expect(outcome.counts.updated).toBe(1);
    expect(await failed()).toBe(failedBefore - 1);
    expect(await p.registry.pullsUnderWay.count()).toBe(0);
    db.close();
  });

  it('is not offered once its workspace was deleted', async () => {
    const p = profile();
    const id = randomUUID();
    const at = '2026-09-20T08:00:00.000Z';
    const left: PullUnderWay = { kind: 'refresh', id, workspaceName: 'Contoso test: USRT', connectionId, ...source, startedAt: at, pages: 1, rows: 4, progressAt: at, interruptedAt: null };
    await p.registry.pullsUnderWay.put(left);
    expect(await markInterruptedPulls(p.registry, new Date())).toBe(0);
    expect(await p.registry.pullsUnderWay.count()).toBe(0);
  });
});

describe('the workspace registry of an earlier build', () => {
  it('opens at version 2 with its workspaces as they were and no pull under way', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    const earlier = new Dexie(WORKSPACE_REGISTRY_NAME, options);
    earlier.version(1).stores({ workspaces: 'id, createdAt' });
    const workspace = { id: randomUUID(), name: 'orders.json', kind: 'import', databaseName: 'x', createdAt: '2026-09-20T08:00:00.000Z', sourceFiles: ['orders.json'], report: null };
    await earlier.table('workspaces').add(workspace);
    earlier.close();
    const registry = new WorkspaceRegistry(options);
    expect(await registry.workspaces.toArray()).toEqual([workspace]);
    expect(await registry.pullsUnderWay.count()).toBe(0);
    expect(registry.verno).toBe(2);
  });
});
