import { describe, expect, it } from 'vitest';
import { readImport } from '../../shared/import/read-import';
import type { ImportBatch, ImportSource } from '../../shared/import/import-types';
import type { ImportOptions } from '../../shared/import/import-options';
import { retailTransactionPaymentLinesV2 } from '../../shared/import/public-entities/payment-lines';
import { retailTransactionSalesLinesV2 } from '../../shared/import/public-entities/sales-lines';
import { retailTransactionOrderStatusBiEntities } from '../../shared/import/public-entities/order-status';
import { retailTransactions } from '../../shared/import/public-entities/transactions';
import { dmfPackage, odataPage, source } from '../support/import-fixtures';
import { odataRow, PackageCsv, type PackageDateStyle } from '../support/real-export';

// Exports in the shapes HQ writes them: every property of each entity (the table of real names),
// packages without a DATAAREAID column, named by their labels, UTF-16 with a byte order mark and
// CRLF, regional dates; OData rows with every property, etags, ISO dates at noon, 1900-01-01 empty.

const options = (patch: Partial<ImportOptions> = {}): ImportOptions => ({ company: 'USMF', dateLocale: 'en-US', acceptIncomplete: false, ...patch });

async function read(sources: ImportSource[], importOptions = options()) {
  const batches: ImportBatch[] = [];
  const report = await readImport(sources, async (b) => void batches.push(b), { import: importOptions });
  const rows = (entity: string) => batches.filter((b) => b.entity === entity).flatMap((b) => b.rows as unknown as Record<string, unknown>[]);
  return { report, rows };
}

const key = (n: number) => ({ store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: `HOUSTON-1-${n}` });
const header = (n: number, patch: Record<string, unknown> = {}) => ({
  ...key(n), type: 'AsyncCustomerOrder', entryStatus: 'PendingInvoice', TransactionOrderType: 'SalesOrder', ChannelReferenceId: null, receiptId: `R-${n}`,
  custAccount: '004021', salesOrderId: null, transDate: '2026-03-11', transTime: 36000 + n, businessDate: null, staff: '000160', shift: '12',
  currency: 'USD', grossAmount: 108, netAmount: 100, paymentAmount: 108, discAmount: 0, numberOfItemLines: 1, numberOfPaymentLines: 1,
  DlvMode: '99', InventLocationId: 'HOUSTON', CreatedOffline: false, comment: null, ...patch,
});
const line = (n: number, lineNum: number, patch: Record<string, unknown> = {}) => ({
  ...key(n), lineNum, itemId: '0001', variantId: '000123', barcode: null, qty: -1, unit: 'ea', price: 100, netPrice: 100, netAmount: 100,
  netAmountInclTax: 108, taxAmount: 8, taxGroup: 'HOU', TaxItemGroup: 'FULL', totalDiscAmount: 0, DlvMode: '99', InventLocationId: 'HOUSTON',
  transactionStatus: 'Concluded', returnTransactionId: null, returnLineNum: 0, ...patch,
});
const payment = (n: number, patch: Record<string, unknown> = {}) => ({
  ...key(n), lineNum: 1, tenderType: '3', cardTypeId: 'VISA', cardOrAccount: '************1111', amountTendered: 108, amountCur: 108, currency: 'USD', exchRate: 100,
  IsPaymentCaptured: true, isPrepayment: false, changeLine: false, giftCardId: null, transactionStatus: 'Concluded', Store: 'HOUSTON', ...patch,
});

/** Transactions, Sales transactions V2 and Payment transactions V2, as Data management exports them in a company's package. */
function realPackage(style: PackageDateStyle = 'en-US', headers = [header(1), header(2, { type: 'Sales', entryStatus: 'CreatingOrder' })]) {
  const csv = (entity: typeof retailTransactions, rows: object[]) => {
    const file = new PackageCsv(entity, style);
    for (const row of rows) file.add(row);
    return file.bytes();
  };
  return dmfPackage([
    { entityName: 'Transactions', file: 'Transactions.csv', rows: [], bytes: csv(retailTransactions, headers) },
    { entityName: 'Sales transactions V2', file: 'Sales transactions V2.csv', rows: [], bytes: csv(retailTransactionSalesLinesV2, [line(1, 1), line(1, 2), line(2, 1)]) },
    { entityName: 'Payment transactions V2', file: 'Payment transactions V2.csv', rows: [], bytes: csv(retailTransactionPaymentLinesV2, [payment(1), payment(2)]) },
  ]);
}

describe('a data management package as HQ exports it', () => {
  it('imports every row: no company column (the one chosen is given and said), entities by their labels, every column mapped or kept', async () => {
    const { report, rows } = await read([source('usmf_retail-audit.zip', realPackage())]);
    expect(report.rejected).toEqual([]);
    expect(report).toMatchObject({ rowsRead: 7, imported: 7 });

    const [first] = rows('RetailTransactionTable');
    expect(first).toMatchObject({
      dataAreaId: 'usmf', store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: 'HOUSTON-1-1', receiptId: 'R-1', type: 'AsyncCustomerOrder', entryStatus: 'PendingInvoice',
      transDate: '2026-03-11', businessDate: null, DlvMode: '99', grossAmount: 108, numberOfItemLines: 1, CreatedOffline: false,
    });
    // What no field here holds is kept, as the file had it: nothing in the file is lost.
    expect(first!.otherFields).toMatchObject({ AmountPostedToAccount: '0.000000', PostAsShipment: 'No', TaxCalculationType: 'Regular', GiftCardExpireDate: '1/1/1900 12:00:00 AM' });
    expect(rows('RetailTransactionSalesTrans')[0]).toMatchObject({ variantId: '000123', taxAmount: 8, totalDiscAmount: 0, netAmountInclTax: 108, transactionStatus: 'Concluded' });
    expect(rows('RetailTransactionSalesTrans')[0]!.otherFields).toMatchObject({ LineDiscount: '0.000000', CashDiscountAmount: '0.000000' });
    expect(rows('RetailTransactionPaymentTrans')[0]).toMatchObject({ currency: 'USD', cardOrAccount: '************1111', exchRate: 100, amountCur: 108, IsPaymentCaptured: true });
    // Payment transactions V2 names its store twice: the operating unit number keys it, Store is kept.
    expect(rows('RetailTransactionPaymentTrans')[0]!.otherFields).toMatchObject({ Store: 'HOUSTON' });

    const parts = report.files[0]!.parts;
    expect(parts.map((p) => [p.path, p.source, p.matchedBy, p.rowsRead])).toEqual([
      ['Transactions.csv', 'RetailTransactions (Transactions)', 'label', 2],
      ['Sales transactions V2.csv', 'RetailTransactionSalesLinesV2 (Sales transactions V2)', 'label', 3],
      ['Payment transactions V2.csv', 'RetailTransactionPaymentLinesV2 (Payment transactions V2)', 'label', 2],
    ]);
    expect(parts[0]!.columnsMapped).toContainEqual({ column: 'RRECEIPTID', field: 'receiptId' });
    expect(parts[0]!.columnsMapped).toContainEqual({ column: 'TRANSACTIONSTATUS', field: 'entryStatus' });
    expect(parts[0]!.columnsKept).toContain('AmountPostedToAccount');
    expect(parts[2]!.columnsMapped).toEqual(expect.arrayContaining([{ column: 'CURRENCYCODE', field: 'currency' }, { column: 'CARDNUMBER', field: 'cardOrAccount' }, { column: 'EXCHANGERATEINTENDEREDCURRENCY', field: 'exchRate' }]));
    // Every column of the file is in the report, mapped or kept.
    for (const part of parts) {
      const columns = part.columnsMapped!.length + part.columnsKept!.length;
      expect(columns, part.path).toBe(part.path.startsWith('Transactions') ? 81 : part.path.startsWith('Sales') ? 105 : 36);
    }
    expect(parts[0]!.notes).toContain('2 row(s) carried no company: they were given USMF, as chosen on the Import screen');
  });

  it('keeps a column its entity has not, names it in the report, and reads the manifest’s EntityMapList', async () => {
    const csv = 'OPERATINGUNITNUMBER,TERMINAL,TRANSACTIONNUMBER,LINENUMBER,TENDER,AMOUNTINTENDEREDCURRENCY,CURRENCYCODE,STORE,ZZFRAUDSCORE\r\nHOUSTON,HOUSTON-1,HOUSTON-1-1,1.000000,3,108.000000,USD,HOUSTON,0.93\r\n';
    const { report, rows } = await read([source('usmf_p.zip', dmfPackage([
      { entityName: 'Payment transactions V2', file: 'Payment transactions V2.csv', rows: [], format: 'CSV', bytes: new TextEncoder().encode(csv), entityMap: { TENDER: 'TENDERTYPE' } },
    ]))]);
    expect(rows('RetailTransactionPaymentTrans')).toEqual([expect.objectContaining({ lineNum: 1, tenderType: '3', amountCur: 108, otherFields: { Store: 'HOUSTON', ZZFRAUDSCORE: '0.93' } })]);
    expect(report.files[0]!.parts[0]).toMatchObject({ columnsUnknown: ['ZZFRAUDSCORE'], columnsMapped: expect.arrayContaining([{ column: 'TENDER', field: 'tenderType' }]) });
  });

  it('reads the export’s regional dates by the locale chosen, never swapping day and month, and refuses one it cannot read, as written', async () => {
    const nb = await read([source('usmf_nb.zip', realPackage('nb-NO'))], options({ dateLocale: 'nb-NO' }));
    expect(nb.report.rejected).toEqual([]);
    expect(nb.rows('RetailTransactionTable').map((h) => h.transDate)).toEqual(['2026-03-11', '2026-03-11']);

    // The same package read as en-US: "11.03.2026" is no en-US date. Refused, quoted as the file wrote it.
    const us = await read([source('usmf_nb.zip', realPackage('nb-NO'))], options({ dateLocale: 'en-US' }));
    expect(us.report.rejected).toContainEqual(expect.objectContaining({ field: 'TRANSACTIONDATE', reason: "date is not a date in the en-US format or ISO 8601 ('11.03.2026 00:00:00')" }));

    // 03/04/2026 is 4 March to an American and 3 April to a Briton: each as its locale says.
    const gb = (locale: 'en-US' | 'en-GB') => read([source('usmf_gb.zip', realPackage('en-GB', [header(1, { transDate: '2026-04-03' })]))], options({ dateLocale: locale }));
    expect((await gb('en-GB')).rows('RetailTransactionTable')[0]).toMatchObject({ transDate: '2026-04-03' });
    expect((await gb('en-US')).rows('RetailTransactionTable')[0]).toMatchObject({ transDate: '2026-03-04' });
    const late = await read([source('usmf_gb.zip', realPackage('en-GB', [header(1, { transDate: '2026-03-31' })]))], options({ dateLocale: 'en-US' }));
    expect(late.report.rejected).toContainEqual(expect.objectContaining({ reason: "date is not a date in the en-US format or ISO 8601 ('31/03/2026 00:00:00')" }));
  });

  it('refuses the rows of a package without a company when none is given, and says why in words', async () => {
    const { report } = await read([source('retail-audit.zip', realPackage())], options({ company: null }));
    expect(report.imported).toBe(0);
    expect(report.rejected).toHaveLength(7);
    expect(new Set(report.rejected.map((r) => r.reason))).toEqual(new Set(['company is missing: the file carries none, and none was given on the Import screen']));
  });
});

describe('OData pages as HQ exports them', () => {
  const transaction = (n: number, patch: Record<string, unknown> = {}) => ({ ...odataRow(retailTransactions, { dataAreaId: 'usrt', ...header(n) }), ...patch });

  it('imports every property under its real name, keeps each row’s own company, and leaves the etags out, saying so', async () => {
    const { report, rows } = await read([
      source('RetailTransactions.json', odataPage('RetailTransactions', [transaction(1), transaction(2, { dataAreaId: 'USMF' })])),
      source('lines.json', odataPage('RetailTransactionSalesLinesV2', [odataRow(retailTransactionSalesLinesV2, { dataAreaId: 'usrt', ...line(1, 1), taxAmount: 7.5 })])),
    ], options({ company: null }));
    expect(report.rejected).toEqual([]);
    expect(rows('RetailTransactionTable').map((h) => [h.dataAreaId, h.receiptId, h.businessDate, h.transDate])).toEqual([['usrt', 'R-1', null, '2026-03-11'], ['usmf', 'R-2', null, '2026-03-11']]);
    expect(rows('RetailTransactionSalesTrans')[0]).toMatchObject({ taxAmount: 7.5, variantId: '000123' });
    expect(rows('RetailTransactionTable')[0]!.otherFields).not.toHaveProperty('@odata.etag');
    expect(report.files[0]!.parts[0]!.notes).toContain('OData annotations are metadata of the response, not data: not kept (@odata.etag)');
    expect(report.files[0]!.parts[0]!.columnsKept).toHaveLength(78 - 27);
  });

  it('reads RetailTransactionsAuditable with its lines under its real navigation properties, and its status', async () => {
    const { rows, report } = await read([source('auditable.json', odataPage('RetailTransactionsAuditable', [{
      '@odata.etag': 'W/"1"', dataAreaId: 'usrt', OperatingUnitNumber: 'HOUSTON', StoreNumber: 'HOUSTON', RegisterNumber: 'HOUSTON-1', TransactionId: 'HOUSTON-1-7',
      TransactionType: 'AsyncCustomerOrder', ReceiptNumber: 'R-7', CustomerAccountAsync: 'ASYNC-7', AsynchronousOrderStatus: 'PendingSynchronization', SalesOrder: '',
      TransactionDate: '2026-09-20T12:00:00Z', BusinessDate: '1900-01-01T12:00:00Z', Currency: 'USD', GrossAmount: 100,
      RetailTransactionAuditableSalesLine: [{ dataAreaId: 'usrt', OperatingUnitNumber: 'HOUSTON', StoreNumber: 'HOUSTON', RegisterNumber: 'HOUSTON-1', TransactionId: 'HOUSTON-1-7', LineNumber: 1, ItemNumber: '0001', Quantity: -2, Price: 50, NetAmount: 100 }],
      RetailTransactionAuditablePaymentLine: [{ LineNumber: 1, PaymentMethod: '3', Amount: 100, Currency: 'USD' }],
    }]))]);
    expect(report.rejected).toEqual([]);
    expect(rows('RetailTransactionTable')[0]).toMatchObject({ receiptId: 'R-7', CustAccountAsync: 'ASYNC-7', type: 'AsyncCustomerOrder', businessDate: null, otherFields: { StoreNumber: 'HOUSTON' } });
    expect(rows('RetailTransactionSalesTrans')).toEqual([expect.objectContaining({ transactionId: 'HOUSTON-1-7', itemId: '0001', qty: -2 })]);
    // A nested line without its own key belongs to the row it is nested in.
    expect(rows('RetailTransactionPaymentTrans')).toEqual([expect.objectContaining({ transactionId: 'HOUSTON-1-7', tenderType: '3', amountCur: 100 })]);
    expect(rows('RetailTransactionOrderStatus')).toEqual([expect.objectContaining({ transactionId: 'HOUSTON-1-7', Status: 'PendingSynchronization' })]);
  });

  it('keeps the order status’s own columns too', async () => {
    const status = odataRow(retailTransactionOrderStatusBiEntities, {
      dataAreaId: 'usrt', ...key(1), Status: 'Failed', ErrorDetail: 'Number sequence has been exceeded.', RetryCount: 2, ManuallyModified: true, modifieddatetime: '2026-09-21T08:00:00Z',
    });
    const { rows } = await read([source('status.json', odataPage('RetailTransactionOrderStatusBIEntities', [status]))]);
    expect(rows('RetailTransactionOrderStatus')[0]).toMatchObject({ Status: 'Failed', RetryCount: 2, ManuallyModified: true, otherFields: { SourceKey: 0, CreatedOn: '1900-01-01T12:00:00Z' } });
  });
});
