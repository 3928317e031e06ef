import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { readImport } from '../../shared/import/read-import';
import { MAX_IMPORT_FILE_BYTES, type ImportBatch, type ImportSource } from '../../shared/import/import-types';
import { dmfPackage, exportedHeader, exportedLine, odataPage, source, utf16le } from '../support/import-fixtures';

async function read(sources: ImportSource[], company: string | null = null) {
  const batches: ImportBatch[] = [];
  const report = await readImport(sources, async (b) => void batches.push(b), { import: { company, dateLocale: 'en-US', acceptIncomplete: false } });
  const rows = (entity: string) => batches.filter((b) => b.entity === entity).flatMap((b) => b.rows as unknown as Record<string, unknown>[]);
  return { report, rows };
}
const refusedWith = (sources: ImportSource[]) => readImport(sources, async () => undefined).then(() => 'imported', (e: Error) => `${e.name}: ${e.message}`);

describe('reading OData JSON pages', () => {
  it('maps RetailTransactions, sales lines and order status pages, in any order, with enum names and ISO dates', async () => {
    const { report, rows } = await read([
      source('status.json', odataPage('RetailTransactionOrderStatusBIEntities', [{ dataAreaId: 'usrt', store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: 'HOUSTON-1-1', Status: 'Failed', ErrorDetail: 'Number sequence has been exceeded.', RetryCount: 2, ManuallyModified: 'Yes' }])),
      source('lines-page-2.json', odataPage('RetailTransactionSalesLinesV2', [exportedLine(1, 2)])),
      source('transactions.json', odataPage('RetailTransactions', [exportedHeader(1, { TransactionType: 'CustomerOrder', CreatedOffline: 'Yes' })])),
      source('lines-page-1.json', odataPage('RetailTransactionSalesLinesV2', [exportedLine(1, 1)])),
    ]);
    expect(report).toMatchObject({ rowsRead: 4, imported: 4, rejected: [] });
    expect(rows('RetailTransactionTable')).toEqual([expect.objectContaining({
      store: 'HOUSTON', terminal: 'HOUSTON-1', transactionId: 'HOUSTON-1-1', type: 'CustomerOrder', transDate: '2026-09-20', transTime: 36001, grossAmount: 108, CreatedOffline: true, ChannelReferenceId: 'WEB000001',
    })]);
    expect(rows('RetailTransactionSalesTrans').map((l) => [l.lineNum, l.qty, l.price])).toEqual([[2, -1, 100], [1, -1, 100]]);
    expect(rows('RetailTransactionOrderStatus')).toEqual([expect.objectContaining({ Status: 'Failed', RetryCount: 2, ManuallyModified: true, SalesId: null })]);
    expect(report.files.map((f) => [f.name, f.format, f.parts[0]!.entityLabel, f.parts[0]!.source])).toContainEqual(['transactions.json', 'OData JSON', 'Transaction', 'RetailTransactions (Transactions)']);
  });

  it('rejects each row that cannot be stored with its file, its row counted from 1, the property as the file names it and the reason, quoting the value as written, and imports the rest', async () => {
    const { report, rows } = await read([source('transactions.json', odataPage('RetailTransactions', [
      exportedHeader(1), exportedHeader(2, { TransactionNumber: '' }), exportedHeader(3, { GrossAmount: 'a lot' }), exportedHeader(4, { TransactionDate: 'someday' }),
      exportedHeader(5, { TransactionType: 'Refund' }), exportedHeader(1, { GrossAmount: 1 }), 'not a row',
    ]))]);
    expect(rows('RetailTransactionTable').map((h) => [h.transactionId, h.type])).toEqual([['HOUSTON-1-1', 'Sales'], ['HOUSTON-1-5', 'Refund']]);
    expect(report.rejected.map((r) => [r.where, r.field, r.reason])).toEqual([
      ['row 2 of the page', 'TransactionNumber', 'transaction number is missing (RetailTransactions is keyed by TransactionNumber)'],
      ['row 3 of the page', 'GrossAmount', "gross amount is not a number ('a lot')"],
      ['row 4 of the page', 'TransactionDate', "date is not a date in the en-US format or ISO 8601 ('someday')"],
      ['row 6 of the page', null, 'a second row for transaction usrt/HOUSTON/HOUSTON-1/HOUSTON-1-1 (a duplicate key): only the first was imported'],
      ['row 7 of the page', 'dataAreaId', 'company is missing: the file carries none, and none was given on the Import screen'],
      ['row 7 of the page', 'TransactionNumber', 'transaction number is missing (RetailTransactions is keyed by TransactionNumber)'],
      ['row 7 of the page', 'OperatingUnitNumber', 'store is missing (RetailTransactions is keyed by OperatingUnitNumber)'],
      ['row 7 of the page', 'Terminal', 'register number is missing (RetailTransactions is keyed by Terminal)'],
    ]);
    // A type HQ's enum has not is data to audit: imported as written, with a warning.
    expect(report.warnings).toEqual([expect.objectContaining({ where: 'row 5 of the page', field: 'TransactionType' })]);
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

  it('reads a CSV-Unicode package whose manifest lists two entities, by their label and their entity name', async () => {
    const { report, rows } = await read([source('RetailAudit.zip', dmfPackage([
      { entityName: 'Transactions', file: 'Transactions.csv', rows: headers },
      { entityName: 'RetailTransactionSalesLineV2Entity', file: 'Sales transactions V2.csv', rows: lines },
    ]))]);
    expect(rows('RetailTransactionTable').map((h) => h.ChannelReferenceId)).toEqual(['WEB000001', 'Åse Ødegård']);
    expect(rows('RetailTransactionSalesTrans').map((l) => [l.transactionId, l.lineNum])).toEqual([['HOUSTON-1-1', 1], ['HOUSTON-1-2', 1], ['HOUSTON-1-1', 2]]);
    expect(report.files[0]).toMatchObject({ format: 'Data management package', parts: [
      { entityLabel: 'Transaction', source: 'RetailTransactions (Transactions)', matchedBy: 'label', rowsRead: 2 },
      { entityLabel: 'Sales transactions', source: 'RetailTransactionSalesLinesV2 (Sales transactions V2)', matchedBy: 'entity name', rowsRead: 5 },
    ] });
    expect(report.rejected).toEqual([
      { file: 'RetailAudit.zip: Sales transactions V2.csv', where: 'line 4', field: 'QUANTITY', reason: "quantity is not a number ('x')" },
      { file: 'RetailAudit.zip: Sales transactions V2.csv', where: 'line 5', field: null, reason: 'a second row for transaction usrt/HOUSTON/HOUSTON-1/HOUSTON-1-1, line 1 (a duplicate key): only the first was imported' },
    ]);
  });

  it('reads an XML data file (XML-Element and XML-Attribute alike) and a CSV in the Windows code page, saying which', async () => {
    const xml = '<?xml version="1.0" encoding="utf-8"?><Document><RETAILTRANSACTIONENTITY><OPERATINGUNITNUMBER>HOUSTON</OPERATINGUNITNUMBER><TERMINAL>HOUSTON-1</TERMINAL><TRANSACTIONNUMBER>X-1</TRANSACTIONNUMBER><TRANSACTIONTYPE>Sales</TRANSACTIONTYPE><GROSSAMOUNT>10.000000</GROSSAMOUNT></RETAILTRANSACTIONENTITY>'
      + '<RETAILTRANSACTIONENTITY OPERATINGUNITNUMBER="HOUSTON" TERMINAL="HOUSTON-1" TRANSACTIONNUMBER="X-2" TRANSACTIONTYPE="19" /></Document>';
    const latin = new Uint8Array([...new TextEncoder().encode('OPERATINGUNITNUMBER,TERMINAL,TRANSACTIONNUMBER,COMMENT\r\nHOUSTON,HOUSTON-1,X-3,Kj'), 0xf8, ...new TextEncoder().encode('p\r\n')]);
    const { report, rows } = await read([source('usrt_x.zip', dmfPackage([
      { entityName: 'Transactions', file: 'Transactions.xml', format: 'XML-Element', rows: [], bytes: new TextEncoder().encode(xml) },
      { entityName: 'Transactions', file: 'More.csv', format: 'CSV', rows: [], bytes: latin },
    ]))], 'USRT');
    expect(report.rejected).toEqual([]);
    expect(rows('RetailTransactionTable').map((h) => [h.transactionId, h.type, h.grossAmount, h.comment])).toEqual([['X-1', 'Sales', 10, null], ['X-2', 'CustomerOrder', null, null], ['X-3', null, null, 'Kjøp']]);
    expect(report.files[0]!.parts[1]!.notes).toContain('Read as Windows-1252: the file is not UTF-8 and has no byte order mark');
  });

  it('reads plain UTF-8 CSV, and an entity the manifest does not name by its columns', async () => {
    const { rows } = await read([source('p.zip', dmfPackage([{ entityName: 'Something custom', file: 'data.csv', format: 'CSV', rows: headers }]))]);
    expect(rows('RetailTransactionTable')).toHaveLength(2);
  });

  it.each([
    ['a file that is not a package', [source('notes.txt', new TextEncoder().encode('hello'))], /notes\.txt is not an OData JSON page or a data management package/],
    ['a zip without a manifest', [source('other.zip', zipSync({ 'a.csv': new TextEncoder().encode('A\r\n1') }))], /other\.zip is a \.zip but not a data management package: it has no Manifest\.xml/],
    ['a manifest that names a missing file', [source('p.zip', dmfPackage([{ entityName: 'Transactions', file: 'h.csv', rows: headers }], { omitFiles: ['h.csv'] }))], /p\.zip: the manifest names h\.csv, but the package has no such file/],
    ['a wrong encoding', [source('p.zip', dmfPackage([{ entityName: 'Transactions', file: 'h.csv', rows: headers, bytes: new TextEncoder().encode('A,B') }]))], /h\.csv should be CSV-Unicode \(UTF-16 LE with a byte order mark\)/],
    ['an Excel workbook (as the package HQ exported in DataPackageHandler\'s sample is)', [source('usmf_asset-major-types-01.zip', dmfPackage([{ entityName: 'Transactions', file: 'Transactions.xlsx', format: 'EXCEL', rows: [], bytes: new Uint8Array([0x50, 0x4b, 3, 4]) }]))],
      /Transactions\.xlsx \(Transactions\) is an Excel workbook \(source format EXCEL\)\. Sync Console reads packages in CSV .* export the entity again with the source data format CSV-Unicode/],
    ['an unknown entity', [source('p.zip', dmfPackage([{ entityName: 'Vendors', file: 'v.csv', rows: [{ VENDORACCOUNT: '1' }] }]))], /v\.csv \(Vendors\) matches no entity Sync Console knows/],
    ['a truncated zip', [source('cut.zip', dmfPackage([{ entityName: 'Transactions', file: 'h.csv', rows: headers }]).slice(0, 200))], /cut\.zip is a damaged or incomplete \.zip/],
    ['a file over the size limit', [source('huge.json', new Uint8Array(MAX_IMPORT_FILE_BYTES + 1))], /huge\.json is 100 MB; files up to 100 MB can be imported/],
  ])('refuses %s with a message that says what is wrong', async (_case, sources, message) => {
    expect(await refusedWith(sources)).toMatch(message);
  });

  it('reads the manifest in UTF-8 too, and UTF-16 JSON', async () => {
    const json = utf16le(JSON.stringify({ '@odata.context': '#RetailTransactions', value: headers }));
    expect((await read([source('t.json', json)])).rows('RetailTransactionTable')).toHaveLength(2);
  });
});
