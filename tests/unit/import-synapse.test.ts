import { describe, expect, it } from 'vitest';
import { readImport } from '../../shared/import/read-import';
import type { ImportBatch, ImportReport, ImportSource } from '../../shared/import/import-types';
import { DEFAULT_IMPORT_OPTIONS } from '../../shared/import/import-options';
import {
  droppedFolder, MULTILINE_ERROR, salesRow, salesTable, synapseCsv, synapseLinkExport, synapseModelJson, transactionRow, transactionTable, zippedFolder, type FolderFiles, type SynapseTable,
} from '../support/synapse-fixtures';
import { source } from '../support/import-fixtures';

async function read(sources: ImportSource[], acceptIncomplete = false) {
  const batches: ImportBatch[] = [];
  const report = await readImport(sources, async (b) => void batches.push(b), { import: { ...DEFAULT_IMPORT_OPTIONS, acceptIncomplete } });
  const rows = (entity: string) => batches.filter((b) => b.entity === entity).flatMap((b) => b.rows as unknown as Record<string, unknown>[]);
  return { report, rows };
}
const refusedWith = (sources: ImportSource[]) => readImport(sources, async () => undefined).then(() => 'imported', (e: Error) => `${e.name}: ${e.message}`);
const partOf = (report: ImportReport, table: string) => report.files.flatMap((f) => f.parts).find((p) => p.entity === table)!;

describe('a Synapse Link folder (model.json, headerless partitions) dropped on the window', () => {
  it('maps the tables’ lower-case columns to their fields, reads enums by their integers, and keeps the company the rows carry', async () => {
    const { rows } = await read(droppedFolder('retail-export', synapseLinkExport()));
    const headers = rows('RetailTransactionTable');
    expect(headers.map((h) => h.transactionId)).toEqual(['HOUSTON-1-2', 'HOUSTON-1-1']);
    expect(headers.find((h) => h.transactionId === 'HOUSTON-1-2')).toMatchObject({
      dataAreaId: 'usrt', store: 'HOUSTON', terminal: 'HOUSTON-1', type: 'AsyncCustomerOrder', entryStatus: 'None', TransactionOrderType: 'SalesOrder',
      ChannelReferenceId: 'SYN-0002', receiptId: 'R2', custAccount: '004021', transDate: '2026-05-01', transTime: 36002, currency: 'USD', grossAmount: 108, CreatedOffline: false,
    });
    // Every column no field holds is kept on the row: Synapse Link's own and the table's other fields.
    expect(headers.find((h) => h.transactionId === 'HOUSTON-1-2')!.otherFields).toMatchObject({
      Id: '00000000-0000-0000-0000-000000000002', SinkModifiedOn: '5/1/2026 10:01:26 AM', versionnumber: '1002', defaultdimension: '5637144576', createdon: '2026-05-01T10:01:26.0000000Z',
    });
    expect(rows('RetailTransactionSalesTrans').map((l) => [l.transactionId, l.lineNum, l.qty, l.terminal, l.transactionStatus])).toEqual([
      ['HOUSTON-1-1', 1, -1, 'HOUSTON-1', 'None'], ['HOUSTON-1-2', 1, -1, 'HOUSTON-1', 'None'], ['HOUSTON-1-2', 2, -1, 'HOUSTON-1', 'None'],
    ]);
    // A quoted cell's line ends are text: the row after it is read whole, from its own first cell.
    expect(rows('RetailTransactionOrderStatus')).toEqual([
      expect.objectContaining({ dataAreaId: 'usrt', transactionId: 'HOUSTON-1-2', Status: 'Failed', ErrorDetail: MULTILINE_ERROR, RetryCount: 2, ManuallyModified: false }),
      expect.objectContaining({ dataAreaId: 'usrt', transactionId: 'HOUSTON-1-1', Status: 'Succeeded', SalesId: 'USRT-000123', RetryCount: 0 }),
    ]);
  });

  it('imports only the newest version of each record, skips the records HQ deleted, and says so per table', async () => {
    const { report, rows } = await read(droppedFolder('retail-export', synapseLinkExport()));
    // Transaction 1 came twice: the newer (versionnumber 5001) won, with its amount and its type HQ's enum has no member for.
    expect(rows('RetailTransactionTable').find((h) => h.transactionId === 'HOUSTON-1-1')).toMatchObject({ grossAmount: 120, type: '99' });
    expect(rows('RetailTransactionTable').some((h) => h.transactionId === 'HOUSTON-1-3')).toBe(false);
    expect(report.warnings).toEqual([expect.objectContaining({ file: 'retail-export/: 2026-05-01T11.00.00Z/retailtransactiontable/2026.csv', where: 'line 1', field: 'type' })]);
    expect(partOf(report, 'RetailTransactionTable')).toMatchObject({
      path: 'retailtransactiontable', matchedBy: 'table name', source: 'RetailTransactionTableBIEntities',
      rowsRead: 6, rowsImported: 2, rowsRefused: 1, rowsDeleted: 2, rowsSuperseded: 1,
    });
    expect(partOf(report, 'RetailTransactionTable').notes).toEqual(expect.arrayContaining([
      '1 record(s) HQ deleted (IsDelete True) were not imported: 2 row(s) skipped',
      '1 record(s) were exported in more than one version: the newest of each (highest versionnumber, then SinkModifiedOn) was imported, 1 older row(s) skipped',
      'Read from 2 file(s): 2026-05-01T10.00.00Z/retailtransactiontable/2026.csv, 2026-05-01T11.00.00Z/retailtransactiontable/2026.csv',
    ]));
    expect(partOf(report, 'RetailTransactionSalesTrans')).toMatchObject({ rowsRead: 5, rowsImported: 3, rowsDeleted: 2, rowsSuperseded: 0 });
    // Every row of the files is counted as read: 6 + 5 + 2.
    expect(report).toMatchObject({ rowsRead: 13, imported: 7 });
    expect(report.rejected).toEqual([{
      file: 'retail-export/: 2026-05-01T10.00.00Z/retailtransactiontable/2026.csv', where: 'line 4', field: 'grossamount', reason: "gross amount is not a number ('a lot')",
    }]);
  });

  it('reports each table’s columns mapped and kept, Synapse Link’s own not called unknown, and what it did not read', async () => {
    const { report } = await read(droppedFolder('retail-export', synapseLinkExport()));
    expect(report.files).toHaveLength(1);
    expect(report.files[0]).toMatchObject({ name: 'retail-export/', format: 'Synapse Link / Data Lake' });
    const header = partOf(report, 'RetailTransactionTable');
    expect(header.columnsMapped).toEqual(expect.arrayContaining([{ column: 'receiptid', field: 'receiptId' }, { column: 'dataareaid', field: 'dataAreaId' }, { column: 'type', field: 'type' }]));
    expect(header.columnsKept).toEqual(expect.arrayContaining(['Id', 'SinkCreatedOn', 'SinkModifiedOn', 'versionnumber', 'IsDelete', 'defaultdimension', 'recid']));
    expect(header.columnsUnknown).toContain('defaultdimension');
    expect(header.columnsUnknown).not.toContain('Id');
    expect(header.columnsUnknown).not.toContain('IsDelete');
    expect(report.files[0]!.notes).toEqual(expect.arrayContaining([
      expect.stringMatching(/^2026-05-01T11\.00\.00Z\/model\.json is empty: Synapse Link writes it once the folder it describes is complete/),
      'custtable: a table the audit does not read; its 1 file(s) were not read',
      'Files that no model.json or manifest describes, not read: Changelog/changelog.info',
    ]));
  });

  it('reads the same folder zipped as it reads it dropped', async () => {
    const dropped = await read(droppedFolder('retail-export', synapseLinkExport()));
    const zipped = await read([source('retail-export.zip', zippedFolder('retail-export', synapseLinkExport()))]);
    for (const table of ['RetailTransactionTable', 'RetailTransactionSalesTrans', 'RetailTransactionOrderStatus']) expect(zipped.rows(table)).toEqual(dropped.rows(table));
    expect(zipped.report.files[0]).toMatchObject({ name: 'retail-export.zip', format: 'Synapse Link / Data Lake' });
    expect(partOf(zipped.report, 'RetailTransactionTable').notes).toContain('Read from 2 file(s): retail-export/2026-05-01T10.00.00Z/retailtransactiontable/2026.csv, retail-export/2026-05-01T11.00.00Z/retailtransactiontable/2026.csv');
  });

  it('breaks a tie of versionnumber by SinkModifiedOn, month first, and reads rows narrower than the metadata', async () => {
    const earlier = transactionRow(7, { version: 9000, sinkModifiedOn: '5/1/2026 9:59:59 PM', values: { receiptid: 'EVENING' } });
    const morning = transactionRow(7, { version: 9000, sinkModifiedOn: '5/1/2026 10:00:00 AM', values: { receiptid: 'MORNING' } });
    const files: FolderFiles = { 'model.json': synapseModelJson([transactionTable]), 'retailtransactiontable/2026.csv': synapseCsv(transactionTable, [earlier, morning]) + '"4f1c…","5/1/2026 1:00:00 PM"\n' };
    const { rows, report } = await read(droppedFolder('tie', files));
    expect(rows('RetailTransactionTable').map((h) => h.receiptId)).toEqual(['EVENING']);
    // A row that stops after SinkModifiedOn has no key: refused as such, not shifted (named as the file's metadata names it).
    expect(report.rejected.map((r) => [r.where, r.field])).toContainEqual(['line 3', 'transactionid']);
  });
});

/** A Data Lake folder described by a manifest, with resolved entity definitions and partition patterns. */
function manifestFolder(options: { missingPartition?: boolean } = {}): FolderFiles {
  const definition = (name: string, columns: readonly (readonly [string, string])[]) => JSON.stringify({
    jsonSchemaSemanticVersion: '1.0.0', imports: [{ corpusPath: 'cdm:/foundations.cdm.json' }],
    definitions: [{ entityName: name, hasAttributes: [{ attributeGroupReference: { attributeGroupName: 'attributesAddedAtThisScope', members: columns.map(([n, dataFormat]) => ({ name: n, dataFormat })) } }] }],
  });
  const csvTrait = (args: Record<string, string>) => [{ traitReference: 'is.partition.format.CSV', arguments: Object.entries(args).map(([name, value]) => ({ name, value })) }];
  // The definitions' columns, the partitions' cells in their order: the table's fields, then the company, versionnumber and IsDelete.
  const columns = (t: SynapseTable) => [['Id', 'guid'], ['SinkCreatedOn', 'dateTime'], ['SinkModifiedOn', 'dateTime'], ...t.fields, ['dataareaid', 'string'], ['versionnumber', 'int64'], ['IsDelete', 'boolean']] as const;
  const semicolons = (text: string) => text.replace(/,/g, ';');
  return {
    'retail.manifest.cdm.json': JSON.stringify({
      jsonSchemaSemanticVersion: '1.0.0', manifestName: 'retail', imports: [{ corpusPath: 'cdm:/foundations.cdm.json' }],
      entities: [
        {
          type: 'LocalEntity', entityName: 'RetailTransactionTable', entityPath: 'RetailTransactionTable.cdm.json/RetailTransactionTable',
          dataPartitionPatterns: [{ name: 'years', rootLocation: 'RetailTransactionTable', globPattern: '/**/*.csv', exhibitsTraits: csvTrait({ columnHeaders: 'false', delimiter: ',' }) }],
        },
        {
          type: 'LocalEntity', entityName: 'RetailTransactionSalesTrans', entityPath: 'local:/RetailTransactionSalesTrans.cdm.json/RetailTransactionSalesTrans',
          dataPartitionPatterns: [{ name: 'parts', rootLocation: '/RetailTransactionSalesTrans/', regularExpression: '/(\\d{4})/part-(\\d+)\\.csv$', parameters: ['year', 'part'], exhibitsTraits: csvTrait({ columnHeaders: 'false', delimiter: ';', quote: '"' }) }],
          dataPartitions: options.missingPartition ? [{ location: 'RetailTransactionSalesTrans/2025/part-9.csv' }] : [],
        },
      ],
    }),
    'RetailTransactionTable.cdm.json': definition('RetailTransactionTable', columns(transactionTable)),
    'RetailTransactionSalesTrans.cdm.json': definition('RetailTransactionSalesTrans', columns(salesTable)),
    'RetailTransactionTable/2026/05/part-00001.csv': synapseCsv(transactionTable, [transactionRow(1), transactionRow(2)], columns(transactionTable)),
    'RetailTransactionSalesTrans/2026/part-1.csv': semicolons(synapseCsv(salesTable, [salesRow(1, 1), salesRow(2, 1)], columns(salesTable))),
    'RetailTransactionSalesTrans/2026/notes.txt': 'not a partition',
  };
}

describe('a Data Lake folder described by a *.manifest.cdm.json', () => {
  it('finds the partitions by their glob and regular-expression patterns, in each pattern’s CSV format, with the columns of the resolved definitions', async () => {
    const { rows, report } = await read(droppedFolder('lake', manifestFolder()));
    expect(rows('RetailTransactionTable').map((h) => [h.dataAreaId, h.transactionId, h.type])).toEqual([['usrt', 'HOUSTON-1-1', 'CustomerOrder'], ['usrt', 'HOUSTON-1-2', 'CustomerOrder']]);
    expect(rows('RetailTransactionSalesTrans').map((l) => [l.transactionId, l.lineNum, l.price])).toEqual([['HOUSTON-1-1', 1, 100], ['HOUSTON-1-2', 1, 100]]);
    expect(report.rejected).toEqual([]);
    expect(report.files[0]!.notes).toContain('Files that no model.json or manifest describes, not read: RetailTransactionSalesTrans/2026/notes.txt');
  });

  it('names a data file the manifest lists that the folder lacks, before anything is read, and imports what is there when asked', async () => {
    expect(await refusedWith(droppedFolder('lake', manifestFolder({ missingPartition: true }))))
      .toBe('ImportIncomplete: Pages are missing from the export:\nRetailTransactionSalesTrans: the data file RetailTransactionSalesTrans/2025/part-9.csv, which retail.manifest.cdm.json names, is not in the folder');
    const { report, rows } = await read(droppedFolder('lake', manifestFolder({ missingPartition: true })), true);
    expect(rows('RetailTransactionSalesTrans')).toHaveLength(2);
    expect(report.incomplete).toEqual(['RetailTransactionSalesTrans: the data file RetailTransactionSalesTrans/2025/part-9.csv, which retail.manifest.cdm.json names, is not in the folder']);
  });

  it('refuses metadata it cannot read, naming the file, and runs no regular expression that could take hours', async () => {
    const broken = { ...manifestFolder(), 'RetailTransactionTable.cdm.json': '{ "definitions": [' };
    expect(await refusedWith(droppedFolder('lake', broken))).toBe('ImportRefused: lake/: RetailTransactionTable.cdm.json is not JSON, so the CDM entity definition it should be cannot be read.');
    const manifest = JSON.parse(manifestFolder()['retail.manifest.cdm.json'] as string) as { entities: { dataPartitionPatterns: { regularExpression?: string }[] }[] };
    manifest.entities[1]!.dataPartitionPatterns[0]!.regularExpression = '/(\\d+)+/part-(\\d+)\\.csv$';
    const { report, rows } = await read(droppedFolder('lake', { ...manifestFolder(), 'retail.manifest.cdm.json': JSON.stringify(manifest) }));
    expect(rows('RetailTransactionSalesTrans')).toEqual([]);
    expect(report.files[0]!.notes).toContain('retail.manifest.cdm.json: RetailTransactionSalesTrans\'s partition pattern parts was not used: its regularExpression /(\\d+)+/part-(\\d+)\\.csv$ repeats a group that itself repeats, which could run for hours on a file name');
  });
});
