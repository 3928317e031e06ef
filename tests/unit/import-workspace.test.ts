import { describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HqDatabase } from '../../shared/db/hq-database';
import { WorkspaceRegistry } from '../../shared/db/workspace-registry';
import { HqEngine } from '../../shared/engine/hq-engine';
import { deleteAbandonedImports } from '../../shared/import/import-workspace';
import type { ImportDeps } from '../../shared/db/workspace-registry';
import { refusal } from '../support/refusal';
import { steppingClock } from '../support/memory-database';
import { queryTransactionsPage } from '../../shared/orders/transactions-page';
import { countsOf, sumCounts } from '../../shared/db/kept-counts';

const encoder = new TextEncoder();
const page = (entitySet: string, value: unknown[]) => encoder.encode(JSON.stringify({ '@odata.context': `https://usrt.example/data/$metadata#${entitySet}`, value }));
const key = (n: number) => ({ dataAreaId: 'usrt', OperatingUnitNumber: 'HOUSTON', Terminal: 'HOUSTON-1', TransactionNumber: `HOUSTON-1-${n}` });
const headers = [1, 2, 3].map((n) => ({
  ...key(n), ChannelReferenceId: n === 3 ? '' : `WEB-${n}`, CustomerAccount: '004021', TransactionType: 'Sales', TransactionDate: '2026-09-20T00:00:00Z',
  TransactionTime: 36000 + n, GrossAmount: 100 + n, NetAmount: 92.59, PaymentAmount: 100 + n, Currency: 'USD', CreatedOffline: 'No',
}));
const lines = [...[1, 2, 3].map((n) => ({ ...key(n), LineNumber: 1, ItemId: '0001', Quantity: -1, Price: 92.59, NetAmount: 92.59 })),
  { ...key(9), LineNumber: 1, ItemId: '0001', Quantity: -1, Price: 1, NetAmount: 1 }]; // a line of a transaction that is not in the export
const status = { dataAreaId: 'usrt', store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: 'HOUSTON-1-2', Status: 'Failed', ErrorDetail: 'Number sequence has been exceeded.', RetryCount: 3, SalesId: '', LastEditUser: '', ManuallyModified: 'No', SysModifiedDateTime: '2026-09-21T08:00:00Z' };

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
    expect(outcome).toMatchObject({ kind: 'imported', counts: { succeeded: 7, failed: 1 } });
    const workspace = (await deps.registry.workspaces.get(importId))!;
    expect(workspace).toMatchObject({ kind: 'import', sourceFiles: files.map((f) => f.name), name: expect.stringMatching(/^RetailTransactions\.json and 2 more \(imported /) });
    expect(workspace.report!.rejected).toEqual([expect.objectContaining({ where: 'transaction usrt/HOUSTON/HOUSTON-1/HOUSTON-1-9', reason: expect.stringMatching(/^1 row\(s\) of Sales transactions were imported, but not the transaction itself/) })]);
    expect(workspace.report!.incomplete).toEqual([]);
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
    const running = engine.execute({ type: 'importFiles', importId, cancelId: importId, files: [{ name: 'big.json', bytes: many }] });
    await engine.execute({ type: 'cancel', target: { cancelId: importId } });
    await expect(running).rejects.toThrow('The import was canceled: nothing of it was kept.');
    expect(await deps.registry.workspaces.count()).toBe(0);
    expect(removed).toEqual([`sync-console-workspace-${importId}`]);
  });

  it('says so when the same files were imported before into a workspace still there, whatever their names and order, and imports them again only when told', async () => {
    const { deps, engine } = setup();
    const first = crypto.randomUUID();
    await engine.execute({ type: 'importFiles', importId: first, files });
    const renamed = [...files].reverse().map((f, i) => ({ ...f, name: `copy-${i}.json` }));
    const again = await engine.execute({ type: 'importFiles', importId: crypto.randomUUID(), files: renamed });
    const { name, createdAt } = (await deps.registry.workspaces.get(first))!;
    expect(again).toEqual({ kind: 'importedBefore', workspace: { workspaceId: first, name, createdAt } });
    expect(await deps.registry.workspaces.count()).toBe(1);
    // Read as another company's, the same files are another workspace; told to, the same import makes a second.
    const otherCompany = await engine.execute({ type: 'importFiles', importId: crypto.randomUUID(), files, options: { company: 'usmf', dateLocale: 'en-US', acceptIncomplete: false } });
    expect(otherCompany.kind).toBe('imported');
    const told = await engine.execute({ type: 'importFiles', importId: crypto.randomUUID(), files, options: { company: null, dateLocale: 'en-US', acceptIncomplete: false, importAgain: true } });
    expect(told).toMatchObject({ counts: { succeeded: 7 } });
    expect(await deps.registry.workspaces.count()).toBe(3);
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

describe('complete or said so', () => {
  const link = (skip: number) => `https://usrt.example/data/RetailTransactions?cross-company=true&$skip=${skip}`;
  const pageOf = (from: number, next: number | null) => ({
    name: `RetailTransactions-${from / 2 + 1}.json`,
    bytes: encoder.encode(JSON.stringify({
      '@odata.context': 'https://usrt.example/data/$metadata#RetailTransactions',
      value: [from + 1, from + 2].map((n) => ({ ...headers[0], TransactionNumber: `HOUSTON-1-${n}` })),
      ...(next === null ? {} : { '@odata.nextLink': link(next) }),
    })),
  });
  const chain = [pageOf(0, 2), pageOf(2, 4), pageOf(4, 6), pageOf(6, null)];

  it('names a page missing from a nextLink chain and imports nothing until the person says to import what is there', async () => {
    const { deps, engine } = setup();
    const given = [chain[0]!, chain[2]!, chain[3]!];
    const refused = await engine.execute({ type: 'importFiles', importId: crypto.randomUUID(), files: given });
    if (refused.kind !== 'pagesMissing') throw new Error(`the import went through: ${JSON.stringify(refused)}`);
    expect(refused.missingPages).toEqual([`RetailTransactions: the page ${link(2)} is missing (the page after RetailTransactions-1.json, from row 3)`]);
    expect(await deps.registry.workspaces.count()).toBe(0);

    const importId = crypto.randomUUID();
    const outcome = await engine.execute({ type: 'importFiles', importId, files: given, options: { company: null, dateLocale: 'en-US', acceptIncomplete: true } });
    expect(outcome).toMatchObject({ kind: 'imported', counts: { succeeded: 6 } });
    expect((await deps.registry.workspaces.get(importId))!.report!.incomplete).toEqual(refused.missingPages);
  });

  it('names a missing last page', async () => {
    const { engine } = setup();
    const outcome = await engine.execute({ type: 'importFiles', importId: crypto.randomUUID(), files: chain.slice(0, 3) });
    expect(outcome).toEqual({ kind: 'pagesMissing', missingPages: [`RetailTransactions: the page ${link(6)} is missing (the page after RetailTransactions-3.json, from row 7)`] });
  });

  it('takes a whole chain in any order, and the same page given twice adds no row twice', async () => {
    const { deps, engine, options } = setup();
    const importId = crypto.randomUUID();
    const again = { name: 'copy of RetailTransactions-2.json', bytes: chain[1]!.bytes };
    const outcome = await engine.execute({ type: 'importFiles', importId, files: [chain[3]!, chain[1]!, again, chain[0]!, chain[2]!] });
    expect(outcome).toMatchObject({ kind: 'imported', counts: { processed: 8, succeeded: 8, failed: 0 } });
    const workspace = (await deps.registry.workspaces.get(importId))!;
    expect(workspace.report!.files.find((f) => f.name === again.name)!.notes).toEqual(['The same page as RetailTransactions-2.json: read once, so no row of it is imported twice']);
    expect(await new HqDatabase(workspace.databaseName, options).RetailTransactionTable.count()).toBe(8);
  });

  it('finds a missing last page with opaque tokens, and any missing page where the pages carry @odata.count', async () => {
    const { engine } = setup();
    const opaque = (n: number, next: string | null, count?: number) => ({
      name: `p${n}.json`,
      bytes: encoder.encode(JSON.stringify({ '@odata.context': '#RetailTransactions', ...(count ? { '@odata.count': count } : {}), value: [{ ...headers[0], TransactionNumber: `T-${n}` }], ...(next ? { '@odata.nextLink': next } : {}) })),
    });
    const last = await engine.execute({ type: 'importFiles', importId: crypto.randomUUID(), files: [opaque(1, 'https://x/data/RetailTransactions?$skiptoken=eyJhIjoxfQ')] });
    expect(last).toEqual({ kind: 'pagesMissing', missingPages: ['RetailTransactions: its last page is missing (each of its 1 page(s) given has an @odata.nextLink: p1.json)'] });
    const counted = await engine.execute({ type: 'importFiles', importId: crypto.randomUUID(), files: [opaque(1, 'https://x/data/RetailTransactions?$skiptoken=A', 3), opaque(3, null, 3)] });
    expect(counted).toEqual({ kind: 'pagesMissing', missingPages: ['RetailTransactions: 1 of the 3 rows its @odata.count announces are in pages not given'] });
  });
});

describe('what an import refuses and what it keeps', () => {
  it('creates no workspace when it imports no row, and says why', async () => {
    const { deps, engine, removed } = setup();
    const importId = crypto.randomUUID();
    const noKeys = headers.map(({ TransactionNumber: _n, ...h }) => h);
    const message = await refusal(engine.execute({ type: 'importFiles', importId, files: [{ name: 't.json', bytes: page('RetailTransactions', noKeys) }] }));
    expect(message).toBe('Nothing was imported, so no workspace was created: 3 row(s) were read and every one was refused. Why: transaction number is missing (3 rows).');
    expect(await deps.registry.workspaces.count()).toBe(0);
    expect(removed).toEqual([`sync-console-workspace-${importId}`]);
  });

  it('imports business errors as data to audit: a short payment, a line without item, quantity 0, another currency, a customer order without customer', async () => {
    const { deps, engine, options } = setup();
    const importId = crypto.randomUUID();
    const order = { ...headers[2], TransactionType: 'CustomerOrder', CustomerAccount: '', GrossAmount: 500 };
    const outcome = await engine.execute({ type: 'importFiles', importId, files: [
      { name: 't.json', bytes: page('RetailTransactions', [order]) },
      { name: 'l.json', bytes: page('RetailTransactionSalesLinesV2', [{ ...key(3), LineNumber: 1, ItemId: '', Quantity: 0, Price: 1, NetAmount: 0 }]) },
      { name: 'p.json', bytes: page('RetailTransactionPaymentLinesV2', [{ ...key(3), Store: 'HOUSTON', LineNumber: 1, TenderType: '1', AmountInTenderedCurrency: 10, AmountTendered: 10, CurrencyCode: 'EUR' }]) },
    ] });
    expect(outcome).toMatchObject({ kind: 'imported', counts: { succeeded: 3, failed: 0 } });
    const db = new HqDatabase((await deps.registry.workspaces.get(importId))!.databaseName, options);
    expect(await db.RetailTransactionOrderStatus.get(['usrt', 'HOUSTON', 'HOUSTON-1', 'HOUSTON-1-3'])).toMatchObject({ orderKind: 'customerOrder', Status: 'None' });
    expect(await db.RetailTransactionSalesTrans.toArray()).toEqual([expect.objectContaining({ itemId: null, qty: 0 })]);
    expect(await db.RetailTransactionPaymentTrans.toArray()).toEqual([expect.objectContaining({ currency: 'EUR', amountCur: 10 })]);
  });

  it('completes the status RetailTransactionsAuditable carries with RetailTransactionOrderStatusBIEntities’, and asynchronous customer orders are orders', async () => {
    const { deps, engine, options } = setup();
    const importId = crypto.randomUUID();
    await engine.execute({ type: 'importFiles', importId, files: [
      { name: 'a.json', bytes: page('RetailTransactionsAuditable', [{ dataAreaId: 'usrt', OperatingUnitNumber: 'HOUSTON', StoreNumber: 'HOUSTON', RegisterNumber: 'HOUSTON-1', TransactionId: 'HOUSTON-1-2', TransactionType: 'AsyncCustomerOrder', AsynchronousOrderStatus: 'Failed', SalesOrder: '', TransactionDate: '2026-09-20T12:00:00Z', Currency: 'USD' }]) },
      { name: 'status.json', bytes: page('RetailTransactionOrderStatusBIEntities', [status]) },
    ] });
    const db = new HqDatabase((await deps.registry.workspaces.get(importId))!.databaseName, options);
    expect(await db.RetailTransactionOrderStatus.toArray()).toEqual([expect.objectContaining({
      Status: 'Failed', ErrorDetail: 'Number sequence has been exceeded.', ErrorCauses: ['numberSequence'], RetryCount: 3, channelKind: 'pos', orderKind: 'customerOrder',
    })]);
  });
});

describe('members HQ’s enums have that the app did not know, in the lists', () => {
  it('lists, counts and filters an imported AsyncCustomerOrder, PendingSynchronization, and a status no enum has', async () => {
    const { deps, engine, options } = setup();
    const importId = crypto.randomUUID();
    const statusOf = (n: number, Status: string) => ({ ...status, transactionId: `HOUSTON-1-${n}`, Status, ErrorDetail: '' });
    await engine.execute({ type: 'importFiles', importId, files: [
      { name: 't.json', bytes: page('RetailTransactions', headers.map((h) => ({ ...h, ChannelReferenceId: '', TransactionType: 'AsyncCustomerOrder' }))) },
      { name: 's.json', bytes: page('RetailTransactionOrderStatusBIEntities', [statusOf(1, 'PendingSynchronization'), statusOf(2, 'Archived'), statusOf(3, 'Failed')]) },
    ] });
    const db = new HqDatabase((await deps.registry.workspaces.get(importId))!.databaseName, options);
    const list = (status: string) => queryTransactionsPage(db, { kind: 'pos', reference: '', customerAccount: '', status, storeId: 'all' }, { page: 0, pageSize: 25, descending: true });
    expect((await list('all')).rows.map((r) => [r.header.type, r.status.Status, r.status.orderKind])).toEqual(expect.arrayContaining([
      ['AsyncCustomerOrder', 'PendingSynchronization', 'customerOrder'], ['AsyncCustomerOrder', 'Archived', 'customerOrder'], ['AsyncCustomerOrder', 'Failed', 'customerOrder'],
    ]));
    expect((await list('PendingSynchronization')).rows.map((r) => r.header.transactionId)).toEqual(['HOUSTON-1-1']);
    expect((await list('Archived')).total).toBe(1);
    // The kept counts the filters and tiles read count each as it is.
    expect(sumCounts(await countsOf(db, 'RetailTransactionOrderStatus'), ['pos', null, 'Archived', null])).toBe(1);
    expect(sumCounts(await countsOf(db, 'RetailTransactionOrderStatus'), ['pos', null, 'PendingSynchronization', null])).toBe(1);
  });
});

describe('a store named by operating unit number in some entities and by store number in others', () => {
  it('matches a status and lines to their transaction where rows of the export pair the two names, and says so', async () => {
    const { deps, engine, options } = setup();
    const importId = crypto.randomUUID();
    const ou = (n: number) => ({ dataAreaId: 'usrt', OperatingUnitNumber: '062', Terminal: 'HOUSTON-1', TransactionNumber: `HOUSTON-1-${n}` });
    await engine.execute({ type: 'importFiles', importId, files: [
      { name: 't.json', bytes: page('RetailTransactions', [{ ...headers[0], ...ou(1) }]) },
      // Payment transactions V2 carries both: operating unit 062 is store HOUSTON.
      { name: 'p.json', bytes: page('RetailTransactionPaymentLinesV2', [{ ...ou(1), Store: 'HOUSTON', LineNumber: 1, TenderType: '1', AmountInTenderedCurrency: 101, CurrencyCode: 'USD' }]) },
      { name: 's.json', bytes: page('RetailTransactionOrderStatusBIEntities', [{ ...status, transactionId: 'HOUSTON-1-1' }]) },
      { name: 'l.json', bytes: page('RetailTransactionSalesTransBIEntities', [{ dataAreaId: 'usrt', store: 'HOUSTON', terminalId: 'HOUSTON-1', transactionId: 'HOUSTON-1-1', lineNum: 1, itemId: '0001', qty: -1 }]) },
    ] });
    const workspace = (await deps.registry.workspaces.get(importId))!;
    expect(workspace.report!.rejected).toEqual([]);
    expect(workspace.report!.notes).toEqual([expect.stringMatching(/^1 order status\(es\) and 1 line\(s\) named their store otherwise than their transaction/)]);
    const db = new HqDatabase(workspace.databaseName, options);
    expect(await db.RetailTransactionOrderStatus.toArray()).toEqual([expect.objectContaining({ store: '062', Status: 'Failed', RetryCount: 3 })]);
    expect(await db.RetailTransactionSalesTrans.toArray()).toEqual([expect.objectContaining({ store: '062', itemId: '0001' })]);
  });
});
