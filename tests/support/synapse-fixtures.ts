import { zipSync } from 'fflate';
import type { ImportSource } from '../../shared/import/import-types';

/**
 * Synapse Link / Data Lake exports in the shapes Dynamics 365 writes them, for the tests to build:
 * - Synapse Link's model.json as a test export of finance and operations tables has it
 *   (SneaksAndData/arcane-framework-scala, populate-cdm-container.py): "$type": "LocalEntity", the
 *   table's name in lower case, annotations Athena:*, attributes Id, SinkCreatedOn, SinkModifiedOn,
 *   the table's fields in lower case, the F&O system fields (…, dataareaid, recversion, partition,
 *   sysrowversion, recid, tableid), versionnumber, createdon, modifiedon, IsDelete, each with its
 *   dataType and maxLength; "partitions": []; rows in <timestamp folder>/<table>/<year>.csv,
 *   headerless, text quoted, SinkModifiedOn month first ("1/1/2020 0:00:00 PM"), IsDelete empty or
 *   True (Estuary's description of a real export).
 * - A CDM manifest (*.manifest.cdm.json) with resolved entity definitions (definitions[0].hasAttributes,
 *   an attribute group's members) and partition patterns (microsoft/CDM samples and TestData).
 */

/** One row of a table: its record's Id and version, and its fields by their names in lower case. */
export interface SynapseRow {
  id: string;
  version: number;
  sinkModifiedOn?: string;
  isDelete?: boolean;
  values: Readonly<Record<string, unknown>>;
}

export interface SynapseTable {
  /** In lower case, as Synapse Link names a finance and operations table. */
  name: string;
  /** The table's own fields, in lower case, each with its CDM dataType. */
  fields: readonly (readonly [name: string, dataType: string])[];
}

const BEFORE: readonly (readonly [string, string])[] = [['Id', 'guid'], ['SinkCreatedOn', 'dateTime'], ['SinkModifiedOn', 'dateTime']];
const FNO_SYSTEM: readonly (readonly [string, string])[] = [
  ['modifieddatetime', 'dateTime'], ['modifiedby', 'string'], ['modifiedtransactionid', 'int64'], ['createddatetime', 'dateTime'], ['createdby', 'string'],
  ['createdtransactionid', 'int64'], ['dataareaid', 'string'], ['recversion', 'int64'], ['partition', 'int64'], ['sysrowversion', 'int64'], ['recid', 'int64'], ['tableid', 'int64'],
];
const AFTER: readonly (readonly [string, string])[] = [['versionnumber', 'int64'], ['createdon', 'dateTimeOffset'], ['modifiedon', 'dateTime'], ['IsDelete', 'boolean']];

/** Every column of a table in Synapse Link's order. */
export const synapseColumns = (table: SynapseTable): (readonly [string, string])[] => [...BEFORE, ...table.fields, ...FNO_SYSTEM, ...AFTER];

/** A model.json describing the tables, as Synapse Link writes one (no partitions: rows are in the tables' folders). */
export function synapseModelJson(tables: readonly SynapseTable[]): string {
  return JSON.stringify({
    name: 'cdm', description: 'cdm', version: '1.0',
    entities: tables.map((table) => ({
      $type: 'LocalEntity', name: table.name, description: table.name,
      annotations: [
        { name: 'Athena:PartitionGranularity', value: 'Year' }, { name: 'Athena:InitialSyncState', value: 'Completed' },
        { name: 'Athena:InitialSyncDataCompletedTime', value: '5/1/2026 9:58:11 AM' },
      ],
      attributes: synapseColumns(table).map(([name, dataType]) => ({ name, dataType, maxLength: -1 })),
      partitions: [],
    })),
  }, null, 2);
}

const csvCell = (value: unknown, dataType: string): string => {
  if (value === null || value === undefined) return '';
  const text = String(value);
  // Synapse Link quotes text and dates, and leaves numbers, GUIDs and booleans bare.
  return ['string', 'dateTime', 'dateTimeOffset'].includes(dataType) ? `"${text.replace(/"/g, '""')}"` : text;
};

/** A headerless partition of the table: its rows in Synapse Link's column order (or the columns given), LF line ends. */
export function synapseCsv(table: SynapseTable, rows: readonly SynapseRow[], columns: readonly (readonly [string, string])[] = synapseColumns(table)): string {
  return rows.map((row) => columns.map(([name, dataType]) => {
    if (name === 'Id') return csvCell(row.id, dataType);
    if (name === 'SinkCreatedOn' || name === 'SinkModifiedOn') return csvCell(row.sinkModifiedOn ?? '5/1/2026 10:01:26 AM', dataType);
    if (name === 'versionnumber') return csvCell(row.version, dataType);
    if (name === 'IsDelete') return row.isDelete ? 'True' : '';
    if (name === 'createdon' || name === 'modifiedon') return csvCell('2026-05-01T10:01:26.0000000Z', dataType);
    if (name === 'dataareaid') return csvCell(row.isDelete ? null : row.values.dataareaid ?? 'usrt', dataType);
    return csvCell(row.values[name], dataType);
  }).join(',')).join('\n') + '\n';
}

/** RetailTransactionTable's fields an audit needs, as Synapse Link names them. */
export const transactionTable: SynapseTable = {
  name: 'retailtransactiontable',
  fields: [['store', 'string'], ['terminal', 'string'], ['transactionid', 'string'], ['type', 'int64'], ['entrystatus', 'int64'], ['transactionordertype', 'int64'],
    ['channelreferenceid', 'string'], ['receiptid', 'string'], ['custaccount', 'string'], ['transdate', 'dateTime'], ['transtime', 'int64'], ['currency', 'string'],
    ['grossamount', 'decimal'], ['netamount', 'decimal'], ['paymentamount', 'decimal'], ['createdoffline', 'int64'], ['defaultdimension', 'int64']],
};

export const salesTable: SynapseTable = {
  name: 'retailtransactionsalestrans',
  fields: [['store', 'string'], ['terminalid', 'string'], ['transactionid', 'string'], ['linenum', 'decimal'], ['itemid', 'string'], ['qty', 'decimal'],
    ['price', 'decimal'], ['netamount', 'decimal'], ['taxamount', 'decimal'], ['transactionstatus', 'int64']],
};

export const orderStatusTable: SynapseTable = {
  name: 'retailtransactionorderstatus',
  fields: [['store', 'string'], ['terminal', 'string'], ['transactionid', 'string'], ['status', 'int64'], ['errordetail', 'string'], ['retrycount', 'int64'],
    ['salesid', 'string'], ['manuallymodified', 'int64']],
};

/** A table the audit does not read, exported beside the others. */
export const customerTable: SynapseTable = { name: 'custtable', fields: [['accountnum', 'string'], ['custgroup', 'string']] };

export const transactionRow = (n: number, patch: Partial<SynapseRow> & { values?: Record<string, unknown> } = {}): SynapseRow => ({
  id: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`, version: 1000 + n, ...patch,
  values: {
    store: 'HOUSTON', terminal: 'HOUSTON-1', transactionid: `HOUSTON-1-${n}`, type: 19, entrystatus: 2, transactionordertype: 0,
    channelreferenceid: `SYN-${String(n).padStart(4, '0')}`, receiptid: `R${n}`, custaccount: '004021', transdate: '2026-05-01T00:00:00.0000000',
    transtime: 36000 + n, currency: 'USD', grossamount: '108.000000', netamount: '100.000000', paymentamount: '108.000000', createdoffline: 0, defaultdimension: 5637144576,
    ...patch.values,
  },
});

export const salesRow = (n: number, line: number, patch: Partial<SynapseRow> & { values?: Record<string, unknown> } = {}): SynapseRow => ({
  id: `10000000-0000-0000-0000-${String(n * 100 + line).padStart(12, '0')}`, version: 2000 + n, ...patch,
  values: {
    store: 'HOUSTON', terminalid: 'HOUSTON-1', transactionid: `HOUSTON-1-${n}`, linenum: `${line}.000000`, itemid: '0001', qty: '-1.000000',
    price: '100.000000', netamount: '100.000000', taxamount: '8.000000', transactionstatus: 0, ...patch.values,
  },
});

export const statusRow = (n: number, patch: Partial<SynapseRow> & { values?: Record<string, unknown> } = {}): SynapseRow => ({
  id: `20000000-0000-0000-0000-${String(n).padStart(12, '0')}`, version: 3000 + n, ...patch,
  values: { store: 'HOUSTON', terminal: 'HOUSTON-1', transactionid: `HOUSTON-1-${n}`, status: 1, errordetail: 'Number sequence USRT-SO has been exceeded.', retrycount: 2, manuallymodified: 0, ...patch.values },
});

/** A folder's files by their paths in it. */
export type FolderFiles = Record<string, string | Uint8Array>;

const bytesOf = (content: string | Uint8Array) => (typeof content === 'string' ? new TextEncoder().encode(content) : content);

/** The folder dropped on the window: each file named by its path, under the folder's name. */
export const droppedFolder = (folder: string, files: FolderFiles): ImportSource[] =>
  Object.entries(files).map(([path, content]) => ({ name: `${folder}/${path}`, bytes: bytesOf(content) }));

/** The folder zipped, its files under the folder's name, as a zip tool writes it. */
export const zippedFolder = (folder: string, files: FolderFiles): Uint8Array =>
  zipSync(Object.fromEntries(Object.entries(files).map(([path, content]) => [`${folder}/${path}`, bytesOf(content)])));

export const MULTILINE_ERROR = 'Number sequence USRT-SO has been exceeded.\r\nSales order for "SYN-0002" was not created,\nretry after extending it.';

const delete_ = (row: SynapseRow, version: number): SynapseRow => ({ id: row.id, version, sinkModifiedOn: '5/1/2026 10:47:03 AM', isDelete: true, values: {} });
const retailTables = [transactionTable, salesTable, orderStatusTable, customerTable];

/**
 * A Synapse Link export of a store's transactions, as its container is laid out: the root
 * model.json, Changelog/changelog.info naming the folder being written, a complete timestamp folder
 * with its own model.json and the tables' rows, and the folder being written (its model.json still
 * empty) with a newer version of transaction 1 and the deletion of transaction 3 and its line.
 * Transaction 2 failed to synchronize; transaction 4 carries an amount that is no number.
 */
export function synapseLinkExport(): FolderFiles {
  const third = transactionRow(3);
  const thirdLine = salesRow(3, 1);
  return {
    'model.json': synapseModelJson(retailTables),
    'Changelog/changelog.info': '2026-05-01T11.00.00Z',
    '2026-05-01T10.00.00Z/model.json': synapseModelJson(retailTables),
    '2026-05-01T10.00.00Z/retailtransactiontable/2026.csv': synapseCsv(transactionTable, [
      transactionRow(1), transactionRow(2, { values: { type: 33, entrystatus: 0 } }), third, transactionRow(4, { values: { grossamount: 'a lot' } }),
    ]),
    '2026-05-01T10.00.00Z/retailtransactionsalestrans/2026.csv': synapseCsv(salesTable, [salesRow(1, 1), salesRow(2, 1), salesRow(2, 2), thirdLine]),
    // An error detail over several lines, with quotes in it, as HQ writes one: quoted, so its line ends are text.
    '2026-05-01T10.00.00Z/retailtransactionorderstatus/2026.csv': synapseCsv(orderStatusTable, [
      statusRow(2, { values: { errordetail: MULTILINE_ERROR } }), statusRow(1, { values: { status: 2, errordetail: '', retrycount: 0, salesid: 'USRT-000123' } }),
    ]),
    '2026-05-01T10.00.00Z/custtable/2026.csv': synapseCsv(customerTable, [{ id: '30000000-0000-0000-0000-000000000001', version: 1, values: { accountnum: '004021', custgroup: '30' } }]),
    '2026-05-01T11.00.00Z/model.json': '',
    '2026-05-01T11.00.00Z/retailtransactiontable/2026.csv': synapseCsv(transactionTable, [
      transactionRow(1, { version: 5001, sinkModifiedOn: '5/1/2026 10:46:59 AM', values: { grossamount: '120.000000', type: 99 } }), delete_(third, 5003),
    ]),
    '2026-05-01T11.00.00Z/retailtransactionsalestrans/2026.csv': synapseCsv(salesTable, [delete_(thirdLine, 5004)]),
  };
}
