import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { readImport } from '../../shared/import/read-import';
import { MAX_IMPORT_FILE_BYTES, type ImportBatch, type ImportSource } from '../../shared/import/import-types';
import { dmfPackage, exportedHeader, exportedLine, odataPage, source, utf16le } from '../support/import-fixtures';

async function read(sources: ImportSource[]) {
  const batches: ImportBatch[] = [];
  const report = await readImport(sources, async (b) => void batches.push(b));
  const rows = (entity: string) => batches.filter((b) => b.entity === entity).flatMap((b) => b.rows as unknown as Record<string, unknown>[]);
  return { report, rows };
}
const refusedWith = (sources: ImportSource[]) => readImport(sources, async () => undefined).then(() => 'imported', (e: Error) => `${e.name}: ${e.message}`);

describe('reading OData JSON pages', () => {
  it('maps RetailTransactions, sales lines and order status pages, in any order, with enum names and ISO dates', async () => {
    const { report, rows } = await read([
      source('status.json', odataPage('RetailTransactionOrderStatusBIEntities', [{ dataAreaId: 'usrt', store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: 'HOUSTON-1-1', status: 'Failed', errorDetail: 'Number sequence has been exceeded.', retryCount: 2, manuallyModified: 'Yes' }])),
      source('lines-page-2.json', odataPage('RetailTransactionSalesLinesV2', [exportedLine(1, 2)])),
      source('transactions.json', odataPage('RetailTransactions', [exportedHeader(1, { TransactionType: 'CustomerOrder', CreatedOffline: 'Yes' })], 'https://x/data/RetailTransactions?$skip=1')),
      source('lines-page-1.json', odataPage('RetailTransactionSalesLinesV2', [exportedLine(1, 1)])),
    ]);
    expect(report).toMatchObject({ rowsRead: 4, imported: 4, rejected: [] });
    expect(rows('RetailTransactionTable')).toEqual([expect.objectContaining({
      store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: 'HOUSTON-1-1', type: 'CustomerOrder', transDate: '2026-09-20', transTime: 36001, grossAmount: 108, CreatedOffline: true, ChannelReferenceId: 'WEB000001',
    })]);
    expect(rows('RetailTransactionSalesTrans').map((l) => [l.lineNum, l.qty, l.price])).toEqual([[2, -1, 100], [1, -1, 100]]);
    expect(rows('RetailTransactionOrderStatus')).toEqual([expect.objectContaining({ Status: 'Failed', RetryCount: 2, ManuallyModified: true, SalesId: null })]);
    expect(report.files.map((f) => [f.name, f.format, f.parts[0]!.entityLabel])).toContainEqual(['transactions.json', 'OData JSON', 'Retail transactions']);
  });

  it('reads RetailTransactionsAuditable with its lines as navigation properties and its order status', async () => {
    const { rows } = await read([source('auditable.json', odataPage('RetailTransactionsAuditable', [{
      ...exportedHeader(7), ReceiptNumber: 'R-7', CustomerAccountAsync: 'ASYNC-7', AsynchronousOrderStatus: 'Failed',
      SalesLines: [{ LineNumber: 1, ItemId: '0001', Quantity: -2, Price: 50, NetAmount: 100 }], PaymentLines: [{ LineNumber: 1, TenderType: '3', AmountInTenderedCurrency: 108, Currency: 'USD' }],
    }]))]);
    expect(rows('RetailTransactionTable')[0]).toMatchObject({ receiptId: 'R-7', CustAccountAsync: 'ASYNC-7' });
    expect(rows('RetailTransactionSalesTrans')).toEqual([expect.objectContaining({ transactionId: 'HOUSTON-1-7', qty: -2 })]);
    expect(rows('RetailTransactionPaymentTrans')).toEqual([expect.objectContaining({ transactionId: 'HOUSTON-1-7', tenderType: '3', amountCur: 108 })]);
    expect(rows('RetailTransactionOrderStatus')).toEqual([expect.objectContaining({ transactionId: 'HOUSTON-1-7', Status: 'Failed' })]);
  });

  it('rejects each malformed row with its file, place, field and reason, and imports the rest', async () => {
    const { report, rows } = await read([source('transactions.json', odataPage('RetailTransactions', [
      exportedHeader(1), exportedHeader(2, { TransactionNumber: '' }), exportedHeader(3, { GrossAmount: 'a lot' }), exportedHeader(4, { TransactionDate: 'someday' }),
      exportedHeader(5, { TransactionType: 'Refund' }), exportedHeader(1, { GrossAmount: 1 }), 'not a row',
    ]))]);
    expect(rows('RetailTransactionTable')).toHaveLength(1);
    expect(report.rejected.map((r) => [r.where, r.field, r.reason])).toEqual([
      ['value[1]', 'transactionId', 'transaction number is missing'],
      ['value[2]', 'grossAmount', "gross amount is not a number ('a lot')"],
      ['value[3]', 'transDate', "date is not a date ('someday')"],
      ['value[4]', 'type', "transaction type is not one of the values HQ knows ('Refund')"],
      ['value[5]', null, 'a second row for transaction usrt/HOUSTON/HOUSTON-1/HOUSTON-1-1 (a duplicate key): only the first was imported'],
      ['value[6]', 'dataAreaId', 'company is missing'],
      ['value[6]', 'store', 'store is missing'],
      ['value[6]', 'terminal', 'register number is missing'],
      ['value[6]', 'transactionId', 'transaction number is missing'],
      ['value[6]', 'type', 'transaction type is missing'],
    ]);
    expect(report.rejected.every((r) => r.file === 'transactions.json')).toBe(true);
  });

  it('recognizes a page by its columns when nothing names it, and refuses one that matches nothing, naming the file', async () => {
    const page = new TextEncoder().encode(JSON.stringify({ value: [exportedLine(1, 1)] }));
    expect((await read([source('export (3).json', page)])).rows('RetailTransactionSalesTrans')).toHaveLength(1);
    expect(await refusedWith([source('customers.json', new TextEncoder().encode(JSON.stringify({ value: [{ CustomerAccount: '1', Name: 'x' }] })))]))
      .toMatch(/^ImportRefused: customers\.json matches no entity Sync Console knows/);
  });
});

describe('reading data management packages', () => {
  const headers = [exportedHeader(1), exportedHeader(2, { ChannelReferenceId: 'Åse Ødegård' })];
  const lines = [exportedLine(1, 1), exportedLine(2, 1), exportedLine(2, 1, { Quantity: 'x' }), exportedLine(1, 1, { Price: 5 }), exportedLine(1, 2)];

  it('reads a CSV-Unicode package whose manifest lists two entities, by their labels and names', async () => {
    const { report, rows } = await read([source('RetailAudit.zip', dmfPackage([
      { entityName: 'Retail transactions', file: 'Retail transactions.csv', rows: headers },
      { entityName: 'RetailTransactionSalesLineV2Entity', file: 'Retail transaction sales lines.csv', rows: lines },
    ]))]);
    expect(rows('RetailTransactionTable').map((h) => h.ChannelReferenceId)).toEqual(['WEB000001', 'Åse Ødegård']);
    expect(rows('RetailTransactionSalesTrans').map((l) => [l.transactionId, l.lineNum])).toEqual([['HOUSTON-1-1', 1], ['HOUSTON-1-2', 1], ['HOUSTON-1-1', 2]]);
    expect(report.files[0]).toMatchObject({ format: 'Data management package', parts: [{ entityLabel: 'Retail transactions', rowsRead: 2 }, { entityLabel: 'Retail transaction sales lines', rowsRead: 5 }] });
    expect(report.rejected).toEqual([
      { file: 'RetailAudit.zip: Retail transaction sales lines.csv', where: 'line 4', field: 'qty', reason: "quantity is not a number ('x')" },
      { file: 'RetailAudit.zip: Retail transaction sales lines.csv', where: 'line 5', field: null, reason: 'a second row for transaction usrt/HOUSTON/HOUSTON-1/HOUSTON-1-1, line 1 (a duplicate key): only the first was imported' },
    ]);
  });

  it('reads plain UTF-8 CSV, and an entity the manifest does not name by its columns', async () => {
    const { rows } = await read([source('p.zip', dmfPackage([{ entityName: 'Something custom', file: 'data.csv', format: 'CSV', rows: headers }]))]);
    expect(rows('RetailTransactionTable')).toHaveLength(2);
  });

  it.each([
    ['a file that is not a package', [source('notes.txt', new TextEncoder().encode('hello'))], /notes\.txt is not an OData JSON page or a data management package/],
    ['a zip without a manifest', [source('other.zip', zipSync({ 'a.csv': new TextEncoder().encode('A\r\n1') }))], /other\.zip is a \.zip but not a data management package: it has no Manifest\.xml/],
    ['a manifest that names a missing file', [source('p.zip', dmfPackage([{ entityName: 'Retail transactions', file: 'h.csv', rows: headers }], { omitFiles: ['h.csv'] }))], /p\.zip: the manifest names h\.csv, but the package has no such file/],
    ['a wrong encoding', [source('p.zip', dmfPackage([{ entityName: 'Retail transactions', file: 'h.csv', rows: headers, bytes: new TextEncoder().encode('A,B') }]))], /h\.csv should be CSV-Unicode \(UTF-16 LE with a byte order mark\)/],
    ['invalid UTF-8 in a CSV', [source('p.zip', dmfPackage([{ entityName: 'Retail transactions', file: 'h.csv', format: 'CSV', rows: headers, bytes: new Uint8Array([0x41, 0xff, 0xfe, 0x0a]) }]))], /h\.csv should be UTF-8 text/],
    ['an unknown entity', [source('p.zip', dmfPackage([{ entityName: 'Vendors', file: 'v.csv', rows: [{ VENDORACCOUNT: '1' }] }]))], /v\.csv \(Vendors\) matches no entity Sync Console knows/],
    ['a truncated zip', [source('cut.zip', dmfPackage([{ entityName: 'Retail transactions', file: 'h.csv', rows: headers }]).slice(0, 200))], /cut\.zip is a damaged or incomplete \.zip/],
    ['a file over the size limit', [source('huge.json', new Uint8Array(MAX_IMPORT_FILE_BYTES + 1))], /huge\.json is 100 MB; files up to 100 MB can be imported/],
  ])('refuses %s with a message that says what is wrong', async (_case, sources, message) => {
    expect(await refusedWith(sources)).toMatch(message);
  });

  it('reads the manifest in UTF-8 too, and UTF-16 JSON', async () => {
    const json = utf16le(JSON.stringify({ '@odata.context': '#RetailTransactions', value: headers }));
    expect((await read([source('t.json', json)])).rows('RetailTransactionTable')).toHaveLength(2);
  });
});
