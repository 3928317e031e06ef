import { randomUUID } from 'node:crypto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HqEngine, type EngineOptions } from '../../shared/engine/hq-engine';
import { HqDatabase } from '../../shared/db/hq-database';
import { WorkspaceRegistry, type ImportDeps, type Workspace } from '../../shared/db/workspace-registry';
import type { HqReader } from '../../shared/pull/hq-read';
import { defaultPullRequest } from '../../shared/pull/pull-request';
import { refreshRunProblems } from '../../shared/pull/refresh-run-problems';
import { saveTransactionEdits, setOrderEditing } from '../../shared/orders/transaction-edits';
import { keyTuple } from '../../shared/orders/transaction-entities';
import { matchMessage } from '../../shared/platform/message-catalog';
import type { JobRequest } from '../../shared/runner/jobs';
import { memoryDatabase } from '../support/memory-database';
import { signedInHq, type SignedInHq } from '../support/signed-in-hq';

// Refresh from HQ as the job runner dispatches it (runJob), against the OData test server through
// the connector: recorded in Run history with its counts and the workspace it refreshed, run in a
// window on the demo and in one on the pulled workspace itself, HQ's waits waited out, and where a
// pull a person watches would pause (a lapsed sign-in, a lost network) the run ends and says what to do.

let hq: SignedInHq;
beforeAll(async () => {
  hq = await signedInHq({ transactions: 60, companies: ['usrt', 'usmf'], firstDay: '2026-09-14', days: 6, maxPageSize: 5 });
});
afterAll(() => hq.stop());

// Transactions by their number in the test HQ (i % 10 < 3: failed or not yet synchronized, so pulled).
const STATUS_FIXED = 0;
const EDITED_HERE_AND_IN_HQ = 10;
const NEW_IN_HQ = 50;

function deps(): ImportDeps & { indexedDB: IDBFactory } {
  const options = { indexedDB: new IDBFactory(), IDBKeyRange };
  return {
    indexedDB: options.indexedDB, registry: new WorkspaceRegistry(options), open: (name) => new HqDatabase(name, options),
    remove: async (name) => void (await new HqDatabase(name, options).delete()),
  };
}

/** A clock the test moves: the pull at 08:00, HQ's changes at 09:00, the scheduled run at 09:30. */
function clock(at: string) {
  let now = new Date(at);
  return { now: () => now, set: (next: string) => void (now = new Date(next)) };
}

const refresh = (workspaceId: string): { type: 'runJob'; job: JobRequest; trigger: 'schedule'; batchJobId: string } =>
  ({ type: 'runJob', job: { jobId: 'refresh-from-hq', workspaceId }, trigger: 'schedule', batchJobId: 'b1' });

/** A workspace pulled through the engine as Connect to HQ pulls it: the last seven days' unsynchronized orders. */
async function pulled(engine: HqEngine, d: ImportDeps): Promise<Workspace> {
  const importId = randomUUID();
  const request = defaultPullRequest({ id: hq.connectionId, companies: ['usrt', 'usmf'] }, new Date('2026-09-19T10:00:00Z'));
  await engine.execute({ type: 'pullWorkspace', importId, request, source: { connectionName: 'Contoso test', environmentUrl: hq.server.url } });
  return (await d.registry.workspaces.get(importId))!;
}

function setUp(options: Omit<EngineOptions, 'workspaces'> = {}) {
  const d = deps();
  const time = clock('2026-09-20T08:00:00Z');
  const db = memoryDatabase();
  const engine = new HqEngine(db, time.now, { workspaces: d, hqReader: hq.read, ...options });
  return { d, time, db, engine };
}

describe('Refresh from HQ, a batch job', () => {
  it('brings in what HQ changed, and Run history records it with its counts, the conflict said, and the workspace by name', async () => {
    const { d, time, db, engine } = setUp();
    hq.server.hq.hide(NEW_IN_HQ);
    const workspace = await pulled(engine, d);
    const key = (i: number) => hq.server.hq.key(i);
    const here = d.open(workspace.databaseName);
    await setOrderEditing(here, key(EDITED_HERE_AND_IN_HQ), true, { user: 'karin', at: time.now() });
    await saveTransactionEdits(here, key(EDITED_HERE_AND_IN_HQ), [{ entity: 'RetailTransactionTable', lineId: null, field: 'comment', value: 'Ship to the store.' }], 'karin', time.now());
    const later = new Date('2026-09-20T09:00:00Z');
    hq.server.hq.changeStatus(STATUS_FIXED, { Status: 'Succeeded', ErrorDetail: '', SalesId: 'SO-900001' }, later);
    hq.server.hq.changeHeader(EDITED_HERE_AND_IN_HQ, { Comment: 'Refunded in HQ.' }, later);
    hq.server.hq.add(NEW_IN_HQ, later);
    time.set('2026-09-20T09:30:00Z');

    const outcome = await engine.execute(refresh(workspace.id));

    expect(outcome).toMatchObject({ status: 'Ended', error: null, counts: { processed: 3, succeeded: 2, failed: 1, skipped: 0 } });
    const run = (await db.jobRuns.get(outcome.runId!))!;
    expect(run).toMatchObject({ jobId: 'refresh-from-hq', trigger: 'schedule', batchJobId: 'b1', scopeLabel: `Workspace ${workspace.name}`, status: 'Ended' });
    expect(run.recordProblems).toHaveLength(1);
    expect(matchMessage(refreshRunProblems, run.recordProblems![0]!)).toEqual({ key: 'conflicts', values: ['1'] });
    expect(await here.RetailTransactionOrderStatus.get(keyTuple(key(STATUS_FIXED)))).toMatchObject({ Status: 'Succeeded', SalesId: 'SO-900001' });
    expect(await here.RetailTransactionTable.get(keyTuple(key(NEW_IN_HQ)))).toBeDefined();
    expect(await here.refreshConflicts.count()).toBe(1);
    const { pulledFrom } = (await d.registry.workspaces.get(workspace.id))!;
    expect(pulledFrom).toMatchObject({ refreshedAt: '2026-09-20T09:30:00.000Z', lastRefresh: { updated: 1, added: 1, conflicts: 1 } });
    here.close();
  });

  it('runs in a window on the pulled workspace itself, where every other job is refused, and writes through that window\'s connection', async () => {
    const { d, time, engine } = setUp();
    const workspace = await pulled(engine, d);
    const open = d.open(workspace.databaseName);
    const window = new HqEngine(open, time.now, { readOnly: true, workspaces: d, hqReader: hq.read });
    time.set('2026-09-20T09:45:00Z');

    const outcome = await window.execute(refresh(workspace.id));

    expect(outcome).toMatchObject({ status: 'Ended', error: null });
    expect(await open.jobRuns.get(outcome.runId!)).toMatchObject({ jobId: 'refresh-from-hq', status: 'Ended', scopeLabel: `Workspace ${workspace.name}` });
    expect((await d.registry.workspaces.get(workspace.id))!.pulledFrom!.refreshedAt).toBe('2026-09-20T09:45:00.000Z');
    await expect(window.execute({ type: 'runJob', job: { jobId: 'synchronize-customers' }, trigger: 'schedule', batchJobId: null })).rejects.toThrow(/imported workspace/);
    open.close();
  });

  it('waits as HQ asks (429 with Retry-After) however long the run\'s watchdog is, saying meanwhile that it is alive', async () => {
    // The watchdog here gives up after 400 ms of silence; HQ asks for a second's wait.
    const { d, time, db, engine } = setUp({ stallLimitMs: 400 });
    const workspace = await pulled(engine, d);
    time.set('2026-09-20T09:50:00Z');
    hq.server.throttle(1, 1, 429);
    const before = hq.server.requests.length;

    const outcome = await engine.execute(refresh(workspace.id));

    expect(hq.server.requests.slice(before).map((r) => r.status)).toContain(429);
    expect(outcome).toMatchObject({ status: 'Ended', error: null });
    expect((await db.jobRuns.get(outcome.runId!))!.status).toBe('Ended');
  });

  it('ends in Error where a watched pull would pause, saying what to do: sign in again, or wait for the network; the workspace as it was', async () => {
    const { d, time, db, engine } = setUp();
    const workspace = await pulled(engine, d);
    time.set('2026-09-20T10:00:00Z');

    await hq.connector.signOut(hq.connectionId);
    const lapsed = await engine.execute(refresh(workspace.id));
    expect(lapsed.status).toBe('Error');
    expect(lapsed.error).toMatch(/sign-in to Contoso test has lapsed.*Sign in again on Connect to HQ, then refresh/s);
    expect((await db.jobRuns.get(lapsed.runId!))!.error).toBe(lapsed.error);
    expect((await hq.connector.signIn(hq.connectionId)).ok).toBe(true);

    hq.server.goOfflineAfter(0);
    const offline = await engine.execute(refresh(workspace.id)).finally(() => hq.server.online());
    expect(offline.status).toBe('Error');
    expect(offline.error).toMatch(/The connection to HQ was lost .*When the network is back, then refresh/s);

    // Nothing merged, no staging database left, and the next refresh reads from where the last complete one began.
    expect((await d.registry.workspaces.get(workspace.id))!.pulledFrom).toEqual(workspace.pulledFrom);
    expect((await d.indexedDB.databases()).map((x) => x.name).filter((n) => n?.includes('refresh'))).toEqual([]);
  });

  it('ends in Error in words for a workspace that is gone or was imported from files, and beside a person\'s refresh of the same workspace', async () => {
    const { d, engine } = setUp();
    const gone = await engine.execute(refresh(randomUUID()));
    expect(gone).toMatchObject({ status: 'Error', error: expect.stringMatching(/no longer exists: it was deleted\. Delete this batch job/) });
    const files: Workspace = { id: randomUUID(), name: 'orders.json', kind: 'import', databaseName: 'x', createdAt: '', sourceFiles: ['orders.json'], report: null };
    await d.registry.workspaces.add(files);
    expect(await engine.execute(refresh(files.id))).toMatchObject({ status: 'Error', error: expect.stringMatching(/orders\.json was imported from files, not pulled/) });

    // A person's refresh (here paused on a lapsed sign-in) holds the workspace from the moment it is sent: the scheduled run, in the same worker, does not start beside it.
    const workspace = await pulled(engine, d);
    const paused: HqReader = async () => ({ kind: 'signIn', message: 'Sign in again.' });
    const person = new HqEngine(memoryDatabase(), () => new Date('2026-09-20T10:10:00Z'), { workspaces: d, hqReader: paused });
    const cancelId = randomUUID();
    const manual = person.execute({ type: 'refreshWorkspace', workspaceId: workspace.id, cancelId });
    manual.catch(() => undefined);
    expect(await person.execute(refresh(workspace.id))).toMatchObject({ status: 'Error', error: expect.stringMatching(/being refreshed from HQ already/) });
    await person.execute({ type: 'cancel', target: { cancelId } });
    await expect(manual).rejects.toThrow(/canceled/);
  });
});
