import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { countsOf } from '../../shared/db/kept-counts';
import { HqDatabase } from '../../shared/db/hq-database';
import { newOrderStatus } from '../../shared/orders/retail-transaction-store';
import type { V1HqTransaction, V1ChannelTransaction } from '../../shared/db/migrations/v1-transactions';
import { demoStores } from '../../shared/demo/demo-organization';
import { queryCustomerOperations, queryCustomerOperationsPage, type CustomerOperationFilter } from '../../shared/customers/customer-operations';
import { readUncouplingLog } from '../../shared/coupled-records/coupled-record-lists';
import { KEY_INDEX } from '../../shared/db/retail-transaction-tables';

/** A table's stores declaration in today's schema, less some indexes: how an earlier version declared it. */
function declarationToday(name: string, leftOut: readonly string[] = []): string {
  const { schema } = new HqDatabase('declared', { indexedDB: new IDBFactory(), IDBKeyRange }).table(name);
  return [schema.primKey, ...schema.indexes].filter((i) => !leftOut.includes(i.name)).map((i) => i.src).join(', ');
}

/** The version the app declares last: what every upgraded database ends at. */
const LATEST = new HqDatabase('declared', { indexedDB: new IDBFactory(), IDBKeyRange }).verno;

/** What schema version 1 declared, as it landed: the fixture a version 1 database is written with. */
const V1_STORES = {
  regions: 'id', stores: 'id, regionId, kind', channelDatabaseGroups: 'id', channelDatabases: 'id, groupId',
  channelTransactions: 'transactionId, [channelDatabaseId+seq]', uploadWatermarks: 'channelDatabaseId',
  transactions: 'transactionId, [kind+transDate], [kind+pendingOrderStatus+transDate], [storeId+transDate], [storeId+pendingOrderStatus+transDate], channelReferenceId, receiptNumber, customerAccount, pendingOrderStatus, storeId',
  salesOrders: 'salesOrderId, &transactionId', salesOrderPayments: '++id, salesOrderId, transactionId', numberSequences: 'code', paymentServices: 'id',
  accountStructures: 'id', jobRuns: '++id, jobId, status, startedAt', uploadSessions: '++id, runId, [channelDatabaseId+status]', customers: 'customerAccount',
  customerGroups: 'id', customerAttributeDefinitions: 'name', channelCustomerOperations: 'operationId, [channelDatabaseId+seq]',
  channelCustomers: 'key, channelDatabaseId, asyncCustomerAccount', asyncCustomers: 'operationId, asyncCustomerAccount, customerAccount, status, operationTimestamp',
  asyncAddresses: 'operationId', asyncContacts: '++id, operationId', asyncAffiliations: '++id, operationId', asyncAttributes: '++id, operationId',
  customerEdits: '++id, operationId', features: 'id',
};

const online: V1ChannelTransaction = {
  transactionId: 'FAB-W-000001', channelDatabaseId: 'ECOMM-CDB', seq: 1, storeId: 'FAB', kind: 'online', channelReferenceId: 'FAB0000001',
  receiptNumber: null, customerAccount: '004001', transDate: '2026-11-02T10:15:30.000Z', currency: 'USD',
  lines: [{ lineNumber: 1, itemId: '81113', itemName: 'Brown leather belt', quantity: 2, unitPrice: 4900, amount: 9800 }],
  payments: [{ lineNumber: 1, method: 'card', amount: 11579, cardType: 'Visa' }], charges: [{ code: 'FREIGHT', amount: 995 }], taxAmount: 784, grossAmount: 11579,
};
const pos: V1ChannelTransaction = {
  ...online, transactionId: 'SEA-T01-000001', channelDatabaseId: 'SEATTLE-CDB', storeId: 'SEA', kind: 'pos', channelReferenceId: null, receiptNumber: 'SEA01000001',
  customerAccount: 'ASYNC-SEA-000003', payments: [{ lineNumber: 1, method: 'cash', amount: 10584, cardType: null }], charges: [], grossAmount: 10584,
};
const hq = (t: V1ChannelTransaction, status: Partial<V1HqTransaction>): V1HqTransaction => {
  const { seq: _seq, ...rest } = t;
  return { ...rest, uploadedAt: '2026-11-20T08:00:00.000Z', pendingOrderStatus: 'None', salesOrderId: null, orderErrorDetails: null, retryCount: 0, syncModifiedAt: null, ...status };
};

describe('schema upgrade from version 1', () => {
  it('opens a database written by version 1 with every transaction, sales order and session in HQ’s tables', async () => {
    const indexedDB = new IDBFactory();
    const v1 = new Dexie('v1-hq', { indexedDB, IDBKeyRange });
    v1.version(1).stores(V1_STORES);
    await v1.table('stores').bulkAdd(demoStores);
    await v1.table('channelTransactions').bulkAdd([online, pos]);
    await v1.table('transactions').bulkAdd([
      hq(online, { pendingOrderStatus: 'Succeeded', salesOrderId: 'SO-014321', retryCount: 1, syncModifiedAt: '2026-11-20T09:00:00.000Z' }),
      hq(pos, { pendingOrderStatus: 'Failed', orderErrorDetails: 'Number sequence has been exceeded.', retryCount: 2, syncModifiedAt: '2026-11-20T09:05:00.000Z' }),
    ]);
    await v1.table('salesOrders').add({ salesOrderId: 'SO-014321', transactionId: online.transactionId, channelReferenceId: 'FAB0000001', customerAccount: '004001',
      storeId: 'FAB', orderDate: online.transDate, amount: 11579, lines: online.lines, createdAt: '2026-11-20T09:00:00.000Z' });
    await v1.table('salesOrderPayments').add({ salesOrderId: 'SO-014321', transactionId: online.transactionId, method: 'card', amount: 11579, paymentServiceId: 'ADYEN' });
    await v1.table('uploadSessions').add({ runId: 1, channelDatabaseId: 'ECOMM-CDB', fromSeq: 1, toSeq: 1, rowCount: 1, status: 'Applied', tryCount: 1, maxTries: 3,
      createdAt: '2026-11-20T08:00:00.000Z', appliedAt: '2026-11-20T08:00:01.000Z', error: null, requeued: false });
    v1.close();

    const db = new HqDatabase('v1-hq', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect(db.tables.map((t) => t.name)).not.toContain('transactions');

    const fab = ['usrt', 'FAB', 'W', 'FAB-W-000001'] as [string, string, string, string];
    const sea = ['usrt', 'SEA', 'T01', 'SEA-T01-000001'] as [string, string, string, string];
    expect(await db.RetailTransactionTable.get(fab)).toMatchObject({ ChannelReferenceId: 'FAB0000001', custAccount: '004001', grossAmount: 115.79, transDate: '2026-11-02', transTime: 36930, salesOrderId: 'SO-014321', type: 'Sales' });
    expect(await db.RetailTransactionTable.get(sea)).toMatchObject({ receiptId: 'SEA01000001', custAccount: null, CustAccountAsync: 'ASYNC-SEA-000003', type: 'CustomerOrder', grossAmount: 105.84 });
    expect(await db.RetailTransactionSalesTrans.where(KEY_INDEX).equals(fab).toArray()).toEqual([expect.objectContaining({ lineNum: 1, itemId: '81113', qty: -2, price: 49, netAmount: 98 })]);
    expect((await db.RetailTransactionTaxTrans.where(KEY_INDEX).equals(fab).toArray()).map((t) => t.Amount)).toEqual([7.84]);
    expect((await db.RetailTransactionMarkupTrans.where(KEY_INDEX).equals(fab).toArray()).map((c) => [c.MarkupCode, c.CalculatedAmount])).toEqual([['FREIGHT', 9.95]]);
    expect((await db.RetailTransactionPaymentTrans.where(KEY_INDEX).equals(fab).toArray()).map((p) => [p.tenderType, p.amountCur])).toEqual([['3', 115.79]]);
    expect(await db.RetailTransactionOrderStatus.get(fab)).toMatchObject({ Status: 'Succeeded', SalesId: 'SO-014321', RetryCount: 1, modifieddatetime: '2026-11-20T09:00:00.000Z', orderKind: 'eCommerce', channelKind: 'online' });
    expect(await db.RetailTransactionOrderStatus.get(sea)).toMatchObject({ Status: 'Failed', ErrorDetail: 'Number sequence has been exceeded.', RetryCount: 2, orderKind: 'customerOrder' });
    // Version 8 gave the failure the cause its text names, and no cause to what did not fail; version 15 keeps it as the first of its causes.
    expect((await db.RetailTransactionOrderStatus.get(sea))!.ErrorCauses).toEqual(['numberSequence']);
    expect((await db.RetailTransactionOrderStatus.get(fab))!.ErrorCauses).toEqual([]);
    expect(await db.salesOrders.get('SO-014321')).toMatchObject({
      store: 'FAB', terminal: 'W', transactionId: 'FAB-W-000001', amount: 115.79, orderDate: '2026-11-02', currency: 'USD', lines: [expect.objectContaining({ lineNum: 1, qty: 2 })],
    });
    // Retry count still agrees with the synchronization log: version 1 kept the count and the last attempt.
    const seaLog = await db.orderSyncLog.where(KEY_INDEX).equals(sea).toArray();
    expect(seaLog.map((a) => a.outcome)).toEqual(['Failed', 'Failed', 'Failed']);
    expect(seaLog.at(-1)).toMatchObject({ at: '2026-11-20T09:05:00.000Z', message: 'Number sequence has been exceeded.' });
    expect((await db.orderSyncLog.where(KEY_INDEX).equals(fab).toArray()).map((a) => [a.outcome, a.message])).toEqual([['Failed', expect.any(String)], ['Succeeded', 'SO-014321']]);
    expect(await db.salesOrderPayments.toArray()).toEqual([expect.objectContaining({ store: 'FAB', tenderType: '3', amount: 115.79, paymentServiceId: 'ADYEN' })]);
    expect((await db.channelTransactionRecords.toArray()).map((r) => [r.channelDatabaseId, r.seq])).toEqual([['ECOMM-CDB', 1], ['SEATTLE-CDB', 1]]);
    expect((await db.uploadSessions.toArray())[0]).toMatchObject({ status: 'Applied', setAside: 0 });
    expect(await db.items.count()).toBeGreaterThan(0);
    // Version 5 counted what the earlier upgrades wrote; version 8 counted it again, a failure by its cause.
    expect((await countsOf(db, 'RetailTransactionOrderStatus')).map((c) => [c.group, c.count])).toEqual([
      [['online', 'FAB', 'Succeeded'], 1], [['pos', 'SEA', 'Failed'], 1],
    ]);
    // Version 15 counts the failure once more under its cause.
    expect((await countsOf(db, 'RetailTransactionOrderStatus lists')).map((c) => [c.group, c.count])).toEqual([[['pos', 'SEA', 'numberSequence'], 1]]);
    db.close();
  });
});

/** Version 1 as the first builds declared it (f37fccd to e195086; 52329f8): before the customers created offline, and the first before upload sessions. */
const CUSTOMER_TABLES = ['customers', 'customerGroups', 'customerAttributeDefinitions', 'channelCustomerOperations', 'channelCustomers', 'asyncCustomers', 'asyncAddresses', 'asyncContacts', 'asyncAffiliations', 'asyncAttributes', 'customerEdits', 'features'];
const withoutCustomers = Object.fromEntries(Object.entries(V1_STORES).filter(([name]) => !CUSTOMER_TABLES.includes(name)));
const firstV1 = Object.fromEntries(Object.entries({
  ...withoutCustomers, jobRuns: '++id, jobId, startedAt', transactions: 'transactionId, [kind+transDate], channelReferenceId, customerAccount, pendingOrderStatus, storeId',
}).filter(([name]) => name !== 'uploadSessions'));

describe('schema upgrade from the first builds\u2019 version 1', () => {
  it.each([['f37fccd', firstV1], ['52329f8', withoutCustomers]])('opens a database of %s with every transaction and sales order in HQ\u2019s tables, and every table it lacked', async (_, stores) => {
    const indexedDB = new IDBFactory();
    const v1 = new Dexie('first-v1', { indexedDB, IDBKeyRange });
    v1.version(1).stores(stores);
    await v1.table('stores').bulkAdd(demoStores);
    await v1.table('channelTransactions').bulkAdd([online, pos]);
    await v1.table('transactions').bulkAdd([hq(online, { pendingOrderStatus: 'Succeeded', salesOrderId: 'SO-014321', retryCount: 1 }), hq(pos, {})]);
    v1.close();

    const db = new HqDatabase('first-v1', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST);
    expect((await db.RetailTransactionTable.toArray()).map((h) => h.transactionId).sort()).toEqual(['FAB-W-000001', 'SEA-T01-000001']);
    expect((await db.RetailTransactionOrderStatus.toArray()).map((s) => [s.transactionId, s.Status]).sort()).toEqual([['FAB-W-000001', 'Succeeded'], ['SEA-T01-000001', 'None']]);
    expect(await db.asyncCustomers.count()).toBe(0);
    expect(await db.uploadSessions.count()).toBe(0);
    expect((await countsOf(db, 'RetailTransactionOrderStatus')).reduce((sum, c) => sum + c.count, 0)).toBe(2);
    db.close();
  });
});

describe('schema upgrade from version 5', () => {
  it("gives every order status its header's customer accounts in capitals, and every customer operation its e-mail and phone, so the filters find rows saved before", async () => {
    const indexedDB = new IDBFactory();
    const v5 = new Dexie('v5-hq', { indexedDB, IDBKeyRange });
    const added = ['customerKeys', 'email', 'phone'];
    v5.version(5).stores({
      ...Object.fromEntries(['RetailTransactionTable', 'RetailTransactionOrderStatus', 'asyncCustomers'].map((name) => [name, declarationToday(name, added)])),
      asyncContacts: '++id, operationId, locator',
    });
    const key = (transactionId: string) => ({ dataAreaId: 'usrt', store: 'FAB', terminal: 'W', transactionId });
    await v5.table('RetailTransactionTable').bulkAdd([
      { ...key('T1'), custAccount: 'c-004001', CustAccountAsync: null },
      { ...key('T2'), custAccount: '004002', CustAccountAsync: 'async-fab-1' },
    ]);
    const { customerKeys: _, ...status } = newOrderStatus({ ...key('T0'), type: 'Sales', transDate: '2026-11-02', transTime: 0, custAccount: null, CustAccountAsync: null } as never, 'online', '2026-11-02');
    // T3's header is missing: its status is kept, with no account.
    await v5.table('RetailTransactionOrderStatus').bulkAdd(['T1', 'T2', 'T3'].map((id) => ({ ...status, ...key(id) })));
    await v5.table('asyncCustomers').bulkAdd(['OP-1', 'OP-2'].map((operationId) => ({ operationId, name: 'Emma Holm', status: 'Pending', operationTimestamp: '2026-11-02T10:00:00Z' })));
    await v5.table('asyncContacts').bulkAdd([
      { operationId: 'OP-1', type: 'Email', locator: 'emma.holm@example.com' }, { operationId: 'OP-1', type: 'Phone', locator: '+47 22 33 44 55' },
      { operationId: 'OP-2', type: 'Phone', locator: '+46 8 123 45' },
    ]);
    v5.close();

    const db = new HqDatabase('v5-hq', { indexedDB, IDBKeyRange });
    await db.open();
    const keysOf = async (id: string) => (await db.RetailTransactionOrderStatus.get(['usrt', 'FAB', 'W', id]))!.customerKeys;
    expect([await keysOf('T1'), await keysOf('T2'), await keysOf('T3')]).toEqual([['C-004001'], ['004002', 'ASYNC-FAB-1'], []]);
    expect((await db.RetailTransactionOrderStatus.where('customerKeys').startsWith('ASYNC-FAB').primaryKeys()).map((k) => k[3])).toEqual(['T2']);
    // Each operation carries its e-mail and phone from its contact rows (none: empty).
    expect((await db.asyncCustomers.toArray()).map((op) => [op.operationId, op.email, op.phone])).toEqual([['OP-1', 'emma.holm@example.com', '+47 22 33 44 55'], ['OP-2', '', '+46 8 123 45']]);
    expect((await queryCustomerOperations(db, { field: 'phone', value: '+46', status: 'all' })).map((r) => r.header.operationId)).toEqual(['OP-2']);
    db.close();
  });
});

describe('schema upgrade from version 8', () => {
  it('gives every customer operation its search terms, so a value filter finds operations saved before, newest first', async () => {
    const indexedDB = new IDBFactory();
    const v8 = new Dexie('v8-hq', { indexedDB, IDBKeyRange });
    v8.version(8).stores(Object.fromEntries(['asyncCustomers', 'asyncAddresses', 'asyncAttributes', 'stores'].map((name) => [name, declarationToday(name)])));
    const header = (operationId: string, operationTimestamp: string, status: string) => ({ operationId, name: 'Emma Holm', status, operationTimestamp, storeId: 'FAB', email: '', phone: '' });
    // OP-1 and OP-2 in one millisecond; OP-3 Failed, a second later.
    await v8.table('asyncCustomers').bulkAdd([header('OP-2', '2026-11-02T10:00:00.000Z', 'Pending'), header('OP-1', '2026-11-02T10:00:00.000Z', 'Pending'), header('OP-3', '2026-11-02T10:00:01.000Z', 'Failed')]);
    await v8.table('asyncAddresses').bulkAdd([{ operationId: 'OP-3', city: 'Tromsø' }]);
    await v8.table('asyncAttributes').bulkAdd([{ operationId: 'OP-1', name: 'Loyalty tier', newValue: 'Gold' }]);
    // More operations than a page of the upgrade, in one millisecond, the day before.
    const crowd = Array.from({ length: 2100 }, (_, i) => ({ ...header(`OP-X${String(i).padStart(5, '0')}`, '2026-11-01T10:00:00.000Z', 'Pending'), name: 'Nora Bakke' }));
    await v8.table('asyncCustomers').bulkAdd(crowd);
    v8.close();

    const db = new HqDatabase('v8-hq', { indexedDB, IDBKeyRange });
    await db.open();
    const ids = async (filter: CustomerOperationFilter) => (await queryCustomerOperations(db, filter)).map((r) => r.header.operationId);
    expect(await ids({ field: 'name', value: 'emma', status: 'all' })).toEqual(['OP-3', 'OP-2', 'OP-1']);
    expect(await ids({ field: 'name', value: 'EMMA H', status: 'Pending' })).toEqual(['OP-2', 'OP-1']);
    expect(await ids({ field: 'city', value: 'trom', status: 'Failed' })).toEqual(['OP-3']);
    expect(await ids({ field: 'attribute:Loyalty tier', value: 'gold', status: 'all' })).toEqual(['OP-1']);
    // Version 10 counted the values many operations share, by status, from version 9's keys.
    expect(await db.asyncCustomerTermCounts.get(['Pending', 'storeId\u0001FAB'])).toBe(crowd.length + 2);
    expect(await db.asyncCustomerTermCounts.get(['Failed', 'storeId\u0001FAB'])).toBe(1);
    expect(await db.asyncCustomerTermCounts.get(['Failed', 'city\u0001TROMSØ'])).toBe(1);
    // The crowd is found whole, id by id, on the page at its edge.
    const { rows, total } = await queryCustomerOperationsPage(db, { field: 'name', value: 'n', status: 'all' }, { page: 1, pageSize: 2000, descending: false });
    expect(total).toBe(crowd.length);
    expect(rows.map((r) => r.header.operationId)).toEqual(crowd.slice(2000).map((h) => h.operationId));
    db.close();
  });
});

describe('schema upgrade from the landed build whose version 8 is now version 7', () => {
  it('gives its failures their causes and the indexes by cause, which it never had at version 8', async () => {
    const indexedDB = new IDBFactory();
    // What that build declared at version 8: the customer keys, and no cause.
    const old = new Dexie('old-v8-hq', { indexedDB, IDBKeyRange });
    old.version(8).stores({
      RetailTransactionOrderStatus: declarationToday('RetailTransactionOrderStatus', ['[channelKind+Status+ErrorCause+sortKey]', '[store+Status+ErrorCause+sortKey]', '[channelKind+RetryCount]']),
      asyncCustomers: `${declarationToday('asyncCustomers')}, name, customerGroup, storeId, email, phone`,
      keptCounts: '[table+group]',
    });
    const key = { dataAreaId: 'usrt', store: 'SEA', terminal: 'T01', transactionId: 'SEA-T01-000001' };
    const { ErrorCauses: _, ...status } = newOrderStatus({ ...key, type: 'CustomerOrder', transDate: '2026-11-02', transTime: 0, custAccount: null, CustAccountAsync: null } as never, 'pos', '2026-11-02');
    await old.table('RetailTransactionOrderStatus').add({ ...status, Status: 'Failed', ErrorDetail: 'Number sequence has been exceeded.', RetryCount: 1 });
    await old.table('asyncCustomers').add({ operationId: 'OP-1', name: 'Emma Holm', status: 'Failed', operationTimestamp: '2026-11-02T10:00:00.000Z', storeId: 'SEA', email: '', phone: '' });
    old.close();

    const db = new HqDatabase('old-v8-hq', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST);
    // The index a list filtered by a cause pages through (version 15: an entry for each cause).
    const failed = await db.RetailTransactionOrderStatus.where('listKeys').between(['channel', 'pos', 'numberSequence', ''], ['channel', 'pos', 'numberSequence', '\uffff']).toArray();
    expect(failed.map((s) => s.transactionId)).toEqual(['SEA-T01-000001']);
    expect((await db.asyncCustomers.get('OP-1'))!.lastErrorCause).toBe('customerData');
    expect((await countsOf(db, 'RetailTransactionOrderStatus')).map((c) => [c.group, c.count])).toEqual([[['pos', 'SEA', 'Failed'], 1]]);
    expect((await countsOf(db, 'RetailTransactionOrderStatus lists')).map((c) => [c.group, c.count])).toEqual([[['pos', 'SEA', 'numberSequence'], 1]]);
    expect((await queryCustomerOperations(db, { field: 'name', value: 'emma', status: 'Failed' })).map((r) => r.header.operationId)).toEqual(['OP-1']);
    db.close();
  });
});

describe('schema upgrade from version 10', () => {
  it('gives couplings their Table ID and each side its result and job, and the jobs Business Central’s types, so the Uncoupling Log lists earlier removals', async () => {
    const indexedDB = new IDBFactory();
    const v10 = new Dexie('v10-hq', { indexedDB, IDBKeyRange });
    // Version 6's declarations of the coupled-records tables, as versions 6 to 10 kept them.
    v10.version(10).stores({
      crmCouplings: declarationToday('crmCouplings'), integrationSynchJobs: '++id, runId',
      integrationSynchLog: declarationToday('integrationSynchLog'), customers: 'customerAccount', crmAccounts: 'accountid',
    });
    const job = { startedAt: '2026-11-20T09:00:00.000Z', finishedAt: '2026-11-20T09:00:01.000Z', inserted: 0, modified: 1, deleted: 0, unchanged: 47, skipped: 0, failed: 1 };
    await v10.table('integrationSynchJobs').bulkAdd([
      { ...job, runId: 7, type: 'Scheduled', action: 'Integration synchronization', direction: 'Bidirectional', message: 'Customer: 1 modified, 47 unchanged, 1 failed.' },
      { ...job, runId: null, type: 'Manual', action: 'Remove coupling', direction: 'Bidirectional', modified: 0, unchanged: 0, failed: 0, deleted: 2, message: 'Remove coupling: 2 deleted.' },
    ]);
    const entry = { crmId: 'a', direction: 'Bidirectional', at: '2026-11-20T09:00:01.000Z' };
    await v10.table('integrationSynchLog').bulkAdd([
      { ...entry, synchJobId: 1, integrationId: '004002', outcome: 'failed', message: 'conflict' },
      { ...entry, synchJobId: 2, integrationId: '004010', outcome: 'deleted', message: 'Coupling removed: the records no longer synchronize. Both records were kept.' },
    ]);
    await v10.table('crmCouplings').add({
      tableName: 'Customer', integrationId: '004002', crmId: 'a', lastSynchModifiedOn: null, lastSynchCrmModifiedOn: null,
      lastSynchResult: 'Failure', lastSynchJobId: 1, skipped: 1, errorMessage: 'conflict', failedOn: '2026-11-20T09:00:01.000Z',
    });
    v10.close();

    const db = new HqDatabase('v10-hq', { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(LATEST);
    // The one result a coupling kept stood for both sides.
    expect((await db.crmCouplings.toArray())[0]).toMatchObject({ tableId: 18, lastSynchResult: 'Failure', lastSynchJobId: 1, lastSynchCrmResult: 'Failure', lastSynchCrmJobId: 1, skipped: 1 });
    expect((await db.integrationSynchJobs.toArray()).map((j) => [j.type, j.deleted, j.uncoupled, j.coupled, j.by]))
      .toEqual([['Synchronization', 0, 0, 0, null], ['Uncoupling', 0, 2, 0, null]]);
    const uncouplings = await readUncouplingLog(db);
    expect(uncouplings.map((r) => [r.integrationId, r.outcome, r.type])).toEqual([['004010', 'uncoupled', 'Uncoupling']]);
    expect((await db.integrationSynchLog.get(1))!.outcome).toBe('failed');
    db.close();
  });
});
