import { describe, expect, it } from 'vitest';
import { readImport } from '../../shared/import/read-import';
import { enumMember } from '../../shared/import/enum-value';
import { REAL_ENUMS } from '../../shared/import/public-entities/real-enums';
import type { ImportBatch } from '../../shared/import/import-types';
import { ENTRY_STATUSES, TRANSACTION_TYPES } from '../../shared/orders/transaction-entities';
import { PENDING_ORDER_STATUSES } from '../../shared/orders/order-status';
import { dmfPackage, exportedHeader, exportedLine, odataPage, source } from '../support/import-fixtures';

async function read(...sources: Parameters<typeof readImport>[0]) {
  const batches: ImportBatch[] = [];
  const report = await readImport(sources, async (b) => void batches.push(b), { import: { company: 'USRT', dateLocale: 'en-US', acceptIncomplete: false } });
  const rows = (entity: string) => batches.filter((b) => b.entity === entity).flatMap((b) => b.rows as unknown as Record<string, unknown>[]);
  return { report, rows };
}

/** The three forms an export writes an enum member in: its name, its integer, and qualified with its type as OData's literals are. */
const forms = (type: keyof typeof REAL_ENUMS, member: string, n: number) => [member, n, String(n), `Microsoft.Dynamics.DataEntities.${type}'${member}'`];

describe('enums by HQ’s real members', () => {
  it('knows every member of the five enums that decide what a transaction is, as this database stores them', () => {
    expect(Object.keys(REAL_ENUMS.RetailTransactionType)).toEqual(expect.arrayContaining([...TRANSACTION_TYPES]));
    expect([...TRANSACTION_TYPES].sort()).toEqual(Object.keys(REAL_ENUMS.RetailTransactionType).sort());
    expect([...ENTRY_STATUSES]).toEqual(Object.keys(REAL_ENUMS.RetailEntryStatus));
    expect([...PENDING_ORDER_STATUSES]).toEqual(Object.keys(REAL_ENUMS.RetailTransactionOrderStatusType));
    expect(REAL_ENUMS.RetailTransactionType).toMatchObject({ Sales: 2, CustomerOrder: 19, PendingSalesOrder: 27, ManagerAuthorize: 26, AsyncCustomerOrder: 33, AsyncOrderCancellation: 37 });
    expect(REAL_ENUMS.RetailTransactionOrderTypes).toEqual({ SalesOrder: 0, Quote: 1 });
    expect(REAL_ENUMS.NoYes).toEqual({ No: 0, Yes: 1 });
  });

  it.each(['RetailTransactionType', 'RetailEntryStatus', 'RetailTransactionOrderStatusType', 'RetailTransactionOrderTypes', 'NoYes'] as const)('reads every member of %s by name, integer and qualified form', (type) => {
    for (const [member, n] of Object.entries(REAL_ENUMS[type])) {
      for (const form of forms(type, member, n)) expect(enumMember(type, form), `${type} ${String(form)}`).toBe(member);
    }
    expect(enumMember(type, Object.keys(REAL_ENUMS[type])[0]!.toLowerCase())).toBe(Object.keys(REAL_ENUMS[type])[0]);
    expect(enumMember(type, 999)).toBeNull();
    // A literal qualified with another enum's type is not this one's member.
    expect(enumMember(type, `Microsoft.Dynamics.DataEntities.SomethingElse'${Object.keys(REAL_ENUMS[type])[0]}'`)).toBeNull();
  });

  it('imports each form into the fields, from OData and from a package alike', async () => {
    const { report, rows } = await read(
      source('t.json', odataPage('RetailTransactions', [
        exportedHeader(1, { TransactionType: 33, TransactionStatus: '7', TransactionOrderType: "Microsoft.Dynamics.DataEntities.RetailTransactionOrderTypes'Quote'", CreatedOffline: 1 }),
        exportedHeader(2, { TransactionType: "Microsoft.Dynamics.DataEntities.RetailTransactionType'AsyncCustomerOrder'", TransactionStatus: 'CreatingOrder', CreatedOffline: "Microsoft.Dynamics.DataEntities.NoYes'Yes'" }),
      ])),
      source('s.json', odataPage('RetailTransactionOrderStatusBIEntities', [
        { dataAreaId: 'usrt', store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: 'HOUSTON-1-1', Status: 3, ManuallyModified: 'No' },
        { dataAreaId: 'usrt', store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: 'HOUSTON-1-2', Status: "Microsoft.Dynamics.DataEntities.RetailTransactionOrderStatusType'Editing'" },
      ])),
      source('usrt_p.zip', dmfPackage([{ entityName: 'Transactions', file: 'Transactions.csv', rows: [{ ...exportedHeader(3, { TransactionType: '19', TransactionStatus: '8', CreatedOffline: '0' }), dataAreaId: undefined }] }])),
    );
    expect(report.rejected).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(rows('RetailTransactionTable').map((h) => [h.type, h.entryStatus, h.TransactionOrderType, h.CreatedOffline])).toEqual([
      ['AsyncCustomerOrder', 'PendingInvoice', 'Quote', true], ['AsyncCustomerOrder', 'CreatingOrder', null, true], ['CustomerOrder', 'CreatingOrder', null, false],
    ]);
    expect(rows('RetailTransactionOrderStatus').map((s) => s.Status)).toEqual(['PendingSynchronization', 'Editing']);
  });

  it('imports a value HQ’s enum does not have as written, with a warning, and keeps the row and its lines', async () => {
    const { report, rows } = await read(
      source('t.json', odataPage('RetailTransactions', [exportedHeader(1, { TransactionType: 'DroneDelivery', TransactionStatus: 42 })])),
      source('l.json', odataPage('RetailTransactionSalesLinesV2', [exportedLine(1, 1), exportedLine(1, 2, { TransactionStatus: 'Lost' })])),
      source('s.json', odataPage('RetailTransactionOrderStatusBIEntities', [{ dataAreaId: 'usrt', store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: 'HOUSTON-1-1', Status: 'Archived' }])),
    );
    expect(report.rejected).toEqual([]);
    expect(rows('RetailTransactionTable')[0]).toMatchObject({ type: 'DroneDelivery', entryStatus: '42' });
    expect(rows('RetailTransactionSalesTrans').map((l) => l.transactionStatus)).toEqual([null, 'Lost']);
    expect(rows('RetailTransactionOrderStatus')[0]).toMatchObject({ Status: 'Archived' });
    expect(report.warnings!.map((w) => [w.file, w.where, w.field, w.reason])).toEqual([
      ['t.json', 'row 1 of the page', 'TransactionType', "transaction type: 'DroneDelivery' is not a member of RetailTransactionType that Sync Console knows: imported as written"],
      ['t.json', 'row 1 of the page', 'TransactionStatus', 'entry status: 42 is not a member of RetailEntryStatus that Sync Console knows: imported as written'],
      ['l.json', 'row 2 of the page', 'TransactionStatus', "line status: 'Lost' is not a member of RetailEntryStatus that Sync Console knows: imported as written"],
      ['s.json', 'row 1 of the page', 'Status', "pending order status: 'Archived' is not a member of RetailTransactionOrderStatusType that Sync Console knows: imported as written"],
    ]);
  });
});
