import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HqDatabase } from '../../shared/db/hq-database';
import { WorkspaceRegistry } from '../../shared/db/workspace-registry';
import { HqEngine } from '../../shared/engine/hq-engine';
import { deleteAbandonedImports, type ImportDeps } from '../../shared/import/import-workspace';
import { refusal } from '../support/refusal';
import { steppingClock } from '../support/memory-database';

const encoder = new TextEncoder();
const page = (entitySet: string, value: unknown[]) => encoder.encode(JSON.stringify({ '@odata.context': `https://usrt.example/data/$metadata#${entitySet}`, value }));
const key = (n: number) => ({ dataAreaId: 'usrt', OperatingUnitNumber: 'HOUSTON', Terminal: 'HOUSTON-1', TransactionNumber: `HOUSTON-1-${n}` });
const headers = [1, 2, 3].map((n) => ({
  ...key(n), ChannelReferenceId: n === 3 ? '' : `WEB-${n}`, CustomerAccount: '004021', TransactionType: 'Sales', TransactionDate: '2026-09-20T00:00:00Z',
  TransactionTime: 36000 + n, GrossAmount: 100 + n, NetAmount: 92.59, PaymentAmount: 100 + n, Currency: 'USD', CreatedOffline: 'No',
}));
const lines = [...[1, 2, 3].map((n) => ({ ...key(n), LineNumber: 1, ItemId: '0001', Quantity: -1, Price: 92.59, NetAmount: 92.59 })),
  { ...key(9), LineNumber: 1, ItemId: '0001', Quantity: -1, Price: 1, NetAmount: 1 }]; // a line of a transaction that is not in the export
const status = { dataAreaId: 'usrt', store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: 'HOUSTON-1-2', status: 'Failed', errorDetail: 'Number sequence has been exceeded.', retryCount: 3, salesId: '', lastEditUser: '', manuallyModified: 'No', sysModifiedDateTime: '2026-09-21T08:00:00Z' };

function setup() {
  const options = { indexedDB: new IDBFactory(), IDBKeyRange };
  const removed: string[] = [];
  const deps: ImportDeps = {
    registry: new WorkspaceRegistry(options),
    open: (name) => new HqDatabase(name, options),
    remove: async (name) => { removed.push(name); await new HqDatabase(name, options).delete(); },
  };
  const demo = new HqDatabase('demo', options);
  return { deps, removed, options, engine: new HqEngine(demo, steppingClock(), { workspaces: deps }) };
}

const files = [
  { name: 'RetailTransactions.json', bytes: page('RetailTransactions', headers) },
  { name: 'lines.json', bytes: page('RetailTransactionSalesLinesV2', lines) },
  { name: 'status.json', bytes: page('RetailTransactionOrderStatusBIEntities', [status]) },
];

describe('importing into a workspace of its own', () => {
  it('creates the workspace with every row, its order status and its stores, and only then enters it in the registry', async () => {
    const { deps, engine, options } = setup();
    const importId = crypto.randomUUID();
    const outcome = await engine.execute({ type: 'importFiles', importId, files });
    expect(outcome.counts).toMatchObject({ succeeded: 7, failed: 1 });
    const workspace = (await deps.registry.workspaces.get(importId))!;
    expect(workspace).toMatchObject({ kind: 'import', sourceFiles: files.map((f) => f.name), name: expect.stringMatching(/^RetailTransactions\.json and 2 more \(imported /) });
    expect(workspace.report!.rejected).toEqual([expect.objectContaining({ where: 'transaction usrt/HOUSTON/HOUSTON-1/HOUSTON-1-9', reason: expect.stringMatching(/^1 row\(s\) of Sales transactions were imported, but not the transaction itself/) })]);
    const db = new HqDatabase(workspace.databaseName, options);
    expect(await db.RetailTransactionTable.count()).toBe(3);
    expect(await db.RetailTransactionSalesTrans.count()).toBe(3);
    expect(await db.RetailTransactionOrderStatus.get(['usrt', 'HOUSTON', 'HOUSTON-1', 'HOUSTON-1-2'])).toMatchObject({
      Status: 'Failed', ErrorDetail: 'Number sequence has been exceeded.', RetryCount: 3, channelKind: 'online', orderKind: 'eCommerce', sortKey: '2026-09-20T10:00:02',
    });
    expect(await db.RetailTransactionOrderStatus.get(['usrt', 'HOUSTON', 'HOUSTON-1', 'HOUSTON-1-3'])).toMatchObject({ Status: 'None', channelKind: 'pos', orderKind: 'cashAndCarry' });
    expect(await db.stores.toArray()).toEqual([expect.objectContaining({ id: 'HOUSTON', kind: 'online' })]);
  });

  it('takes an order status whether it comes before or after its transaction, and reports one whose transaction is missing', async () => {
    const { deps, engine, options } = setup();
    const importId = crypto.randomUUID();
    const orphan = { ...status, transactionId: 'HOUSTON-1-8' };
    await engine.execute({ type: 'importFiles', importId, files: [
      { name: 'status.json', bytes: page('RetailTransactionOrderStatusBIEntities', [status, orphan]) }, files[0]!,
    ] });
    const workspace = (await deps.registry.workspaces.get(importId))!;
    expect(workspace.report!.rejected).toEqual([expect.objectContaining({ where: 'transaction usrt/HOUSTON/HOUSTON-1/HOUSTON-1-8', reason: 'its order status was imported, but not the transaction itself' })]);
    const db = new HqDatabase(workspace.databaseName, options);
    expect(await db.RetailTransactionOrderStatus.count()).toBe(3);
    expect(await db.RetailTransactionOrderStatus.get(['usrt', 'HOUSTON', 'HOUSTON-1', 'HOUSTON-1-2'])).toMatchObject({
      Status: 'Failed', RetryCount: 3, channelKind: 'online', orderKind: 'eCommerce', sortKey: '2026-09-20T10:00:02',
    });
  });

  it('creates nothing at all when a file cannot be read, and says which and why', async () => {
    const { deps, engine, removed } = setup();
    const importId = crypto.randomUUID();
    const message = await refusal(engine.execute({ type: 'importFiles', importId, files: [...files, { name: 'notes.txt', bytes: encoder.encode('not an export') }] }));
    expect(message).toMatch(/notes\.txt/);
    expect(await deps.registry.workspaces.count()).toBe(0);
    expect(removed).toEqual([`sync-console-workspace-${importId}`]);
  });

  it('leaves nothing behind when canceled', async () => {
    const { deps, engine, removed } = setup();
    const importId = crypto.randomUUID();
    const many = page('RetailTransactions', Array.from({ length: 20_000 }, (_, n) => ({ ...headers[0], TransactionNumber: `HOUSTON-1-${n + 10}` })));
    const running = engine.execute({ type: 'importFiles', importId, files: [{ name: 'big.json', bytes: many }] });
    await engine.execute({ type: 'cancelImport', importId });
    await expect(running).rejects.toThrow('The import was canceled: nothing of it was kept.');
    expect(await deps.registry.workspaces.count()).toBe(0);
    expect(removed).toEqual([`sync-console-workspace-${importId}`]);
  });

  it('deletes a workspace, and the databases an import left behind when the app closed midway', async () => {
    const { deps, engine, removed } = setup();
    const importId = crypto.randomUUID();
    await engine.execute({ type: 'importFiles', importId, files });
    expect(await deleteAbandonedImports(deps, [`sync-console-workspace-${importId}`, 'sync-console-workspace-abandoned', 'sync-console-hq'])).toBe(1);
    expect(removed).toEqual(['sync-console-workspace-abandoned']);
    await engine.execute({ type: 'deleteWorkspace', workspaceId: importId });
    expect(await deps.registry.workspaces.count()).toBe(0);
    expect(removed).toEqual(['sync-console-workspace-abandoned', `sync-console-workspace-${importId}`]);
  });
});
