import { describe, expect, it } from 'vitest';
import { exportTransactionListOData } from '../../shared/export/odata-export';
import { readImport } from '../../shared/import/read-import';
import type { ImportBatch } from '../../shared/import/import-types';
import { LINE_ENTITY_NAMES, keyText } from '../../shared/orders/transaction-entities';
import { HqEngine } from '../../shared/engine/hq-engine';
import { seededDatabase, steppingClock } from '../support/memory-database';
import { uploadAndSynchronize } from '../support/fixes';
import Papa from 'papaparse';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { HqDatabase } from '../../shared/db/hq-database';
import { WorkspaceRegistry } from '../../shared/db/workspace-registry';
import { importWorkspace } from '../../shared/import/import-workspace';
import type { ImportDeps } from '../../shared/db/workspace-registry';
import { exportTransactionListCsv } from '../../shared/export/transaction-list-export';
import { retailTransactions } from '../../shared/import/public-entities/transactions';
import { retailTransactionSalesLinesV2 } from '../../shared/import/public-entities/sales-lines';
import { dmfPackage } from '../support/import-fixtures';
import { PackageCsv } from '../support/real-export';

describe('an exported transaction list in the OData shape', () => {
  it('imports back to the same rows: headers, every line table and the Synchronization status, field for field', async () => {
    const db = await seededDatabase();
    await uploadAndSynchronize(db);
    // An edited transaction too, so Manually modified and Last edit user travel.
    const failed = (await db.RetailTransactionOrderStatus.where('Status').equals('Failed').first())!;
    const engine = new HqEngine(db, steppingClock());
    await engine.execute({ type: 'setOrderEditing', key: failed, editing: true });
    await engine.execute({ type: 'saveTransactionEdits', key: failed, user: 'Åse Ødegård', changes: [{ entity: 'RetailTransactionTable', lineId: null, field: 'comment', value: 'Checked, æøå' }] });

    const filter = { kind: 'online' as const, reference: '', customerAccount: '', status: 'all' as const, storeId: 'all' };
    const file = await exportTransactionListOData(db, filter);
    const batches: ImportBatch[] = [];
    const report = await readImport([{ name: file.fileName, bytes: new TextEncoder().encode(file.parts.join('')) }], async (b) => void batches.push(b));
    expect(report.rejected).toEqual([]);
    const imported = (entity: string) => batches.filter((b) => b.entity === entity).flatMap((b) => b.rows as unknown as Record<string, unknown>[]);

    const statuses = await db.RetailTransactionOrderStatus.filter((s) => s.channelKind === 'online').toArray();
    expect(file.count).toBe(statuses.length);
    const headers = await db.RetailTransactionTable.bulkGet(statuses.map((s) => [s.dataAreaId, s.store, s.terminal, s.transactionId]));
    const byKey = (rows: Record<string, unknown>[]) => [...rows].sort((a, b) => keyText(a as never).localeCompare(keyText(b as never)));
    expect(byKey(imported('RetailTransactionTable'))).toEqual(byKey(headers as unknown as Record<string, unknown>[]));
    for (const entity of LINE_ENTITY_NAMES) {
      const stored = (await db[entity].toArray() as unknown as Record<string, unknown>[])
        .filter((row) => statuses.some((s) => keyText(s) === keyText(row as never))).map(({ id: _id, ...row }) => row);
      expect(imported(entity).length, entity).toBe(stored.length);
      expect(new Set(imported(entity).map((r) => JSON.stringify(r))), entity).toEqual(new Set(stored.map((r) => JSON.stringify(Object.fromEntries(Object.keys(imported(entity)[0] ?? r).map((k) => [k, r[k] ?? null]))))));
    }
    const pick = ({ dataAreaId, store, terminal, transactionId, Status, ErrorDetail, RetryCount, SalesId, LastEditUser, ManuallyModified, modifieddatetime }: Record<string, unknown>) =>
      ({ dataAreaId, store, terminal, transactionId, Status, ErrorDetail, RetryCount, SalesId, LastEditUser, ManuallyModified, modifieddatetime });
    // A transaction's status comes twice, as the writer merges it: AsynchronousOrderStatus on the header, the whole of it as a RetailTransactionOrderStatusBIEntities row.
    const byTransaction = new Map<string, Record<string, unknown>>();
    for (const row of imported('RetailTransactionOrderStatus')) {
      const given = Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined));
      byTransaction.set(keyText(row as never), { ...byTransaction.get(keyText(row as never)), ...given });
    }
    const mergedStatuses = [...byTransaction.values()];
    const nullable = (s: Record<string, unknown>) => ({ SalesId: null, LastEditUser: null, ErrorDetail: null, modifieddatetime: null, ...s });
    expect(byKey(mergedStatuses.map((s) => pick(nullable(s))))).toEqual(byKey(statuses.map((s) => pick(s as unknown as Record<string, unknown>))));
    expect(mergedStatuses.find((s) => s.transactionId === failed.transactionId)).toMatchObject({ ManuallyModified: true, LastEditUser: 'Åse Ødegård', Status: 'Editing' });
  });
});

describe('an imported workspace exported again', () => {
  it('writes every other field from the export again, in OData under its real name and in CSV beside the fields', async () => {
    const options = { indexedDB: new IDBFactory(), IDBKeyRange };
    const deps: ImportDeps = { registry: new WorkspaceRegistry(options), open: (name) => new HqDatabase(name, options), remove: async (name) => { await new HqDatabase(name, options).delete(); } };
    const headers = new PackageCsv(retailTransactions);
    headers.add({ store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: 'HOUSTON-1-1', ChannelReferenceId: 'WEB-1', type: 'Sales', transDate: '2026-03-11', currency: 'USD', grossAmount: 10, CostAmount: 4.25 });
    const lines = new PackageCsv(retailTransactionSalesLinesV2);
    lines.add({ store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: 'HOUSTON-1-1', lineNum: 1, itemId: '0001', qty: -1, price: 10, netAmount: 10, LineDiscount: 1.5 });
    const importId = crypto.randomUUID();
    const workspace = await importWorkspace(deps, importId, [{ name: 'usmf_audit.zip', bytes: dmfPackage([
      { entityName: 'Transactions', file: 'Transactions.csv', rows: [], bytes: headers.bytes() },
      { entityName: 'Sales transactions V2', file: 'Sales transactions V2.csv', rows: [], bytes: lines.bytes() },
    ]) }], { now: () => new Date('2026-11-23T08:00:00Z') }, { company: 'USMF', dateLocale: 'en-US', acceptIncomplete: false });
    const db = new HqDatabase(workspace.databaseName, options);
    const filter = { kind: 'online' as const, reference: '', customerAccount: '', status: 'all' as const, storeId: 'all' };

    const odata = JSON.parse((await exportTransactionListOData(db, filter)).parts.join('')) as { value: Record<string, unknown>[] };
    expect(odata.value[0]).toMatchObject({ OperatingUnitNumber: 'HOUSTON', TransactionId: 'HOUSTON-1-1', CostAmount: '4.250000', AmountPostedToAccount: '0.000000', TransactionDate: '2026-03-11T12:00:00Z' });
    expect((odata.value[0]!.RetailTransactionAuditableSalesLine as Record<string, unknown>[])[0]).toMatchObject({ ItemNumber: '0001', LineDiscount: '1.500000' });

    const csv = (await exportTransactionListCsv(db, filter)).parts.join('');
    const [record] = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data;
    expect(JSON.parse(record!['Other fields from the export']!)).toMatchObject({ CostAmount: '4.250000', AmountPostedToAccount: '0.000000' });

    // And what it wrote imports back with the same other fields.
    const batches: ImportBatch[] = [];
    await readImport([{ name: 'again.json', bytes: new TextEncoder().encode(JSON.stringify(odata)) }], async (b) => void batches.push(b));
    const header = batches.find((b) => b.entity === 'RetailTransactionTable')!.rows[0] as unknown as Record<string, unknown>;
    expect(header.otherFields).toEqual(((await db.RetailTransactionTable.toArray())[0] as unknown as { otherFields: unknown }).otherFields);
  });
});
