import { ColumnPlan, type ReadContext } from '../convert-row';
import type { ImportedFile, ImportedPart } from '../import-types';
import { PartTally, PlanCache } from '../part-tally';
import type { RowCollector } from '../row-collector';
import type { ZipFileReader } from '../zip-stream';
import { PartitionReader } from './partition-reader';
import { RowVersions, versionColumns, type VersionOutcome } from './row-versions';
import { listed, type PlannedPartition, type PlannedTable, type SynapsePlan } from './synapse-plan';
import { SYSTEM_COLUMNS } from './synapse-tables';

/** What is counted of one table while it is read, and reported. */
interface TableReading {
  table: PlannedTable;
  tally: PartTally;
  plans: PlanCache;
  versions: RowVersions | null;
  outcome: VersionOutcome | null;
  rowsRead: number;
  imported: number;
  refused: number;
  widerRows: number;
}

const partitionLabel = (plan: SynapsePlan, partition: PlannedPartition) => `${plan.folder.name}: ${partition.path}`;

/**
 * The entity field a column stands for: its own name, but for Synapse Link's columns, which stand
 * for none (its createdon is not the BI entity's CreatedOn): they are kept under their own names.
 */
const entityFieldOf = (column: string): string => (SYSTEM_COLUMNS.has(column.toLowerCase()) ? '' : column);

/** The readers of a reading of the folder: each partition's, by its path. */
function readersOf(plan: SynapsePlan, readings: readonly TableReading[], onRows: (reading: TableReading, index: number, rows: string[][], firstLine: number, columns: readonly string[]) => Promise<void>) {
  const readers = new Map<string, ZipFileReader>();
  for (const reading of readings) {
    reading.table.partitions.forEach((partition, index) => {
      readers.set(partition.path, new PartitionReader(partitionLabel(plan, partition), partition.format, partition.columns,
        (rows, firstLine, columns) => onRows(reading, index, rows, firstLine, columns)));
    });
  }
  return readers;
}

/**
 * The first reading, of the tables whose rows carry Synapse Link's Id: which row of each record is
 * its newest, and which records HQ deleted. Only those columns are looked at.
 */
async function noteVersions(plan: SynapsePlan, readings: readonly TableReading[]): Promise<void> {
  const versioned = readings.filter((r) => r.table.partitions.some((p) => p.format.columnHeaders || (p.columns && versionColumns(p.columns))));
  if (!versioned.length) return;
  for (const reading of versioned) reading.versions = new RowVersions();
  const readers = readersOf(plan, versioned, async (reading, index, rows, firstLine, columns) => {
    const at = versionColumns(columns);
    if (at) rows.forEach((cells, i) => reading.versions!.note(index, firstLine + i, cells, at));
  });
  await plan.folder.stream((path) => readers.get(path));
  for (const reading of versioned) reading.outcome = reading.versions!.finish();
}

/** The second reading: every row that is not an older version or a deleted record's, converted and handed to the collector. */
async function importRows(plan: SynapsePlan, readings: readonly TableReading[], collector: RowCollector, context: ReadContext): Promise<void> {
  const readers = readersOf(plan, readings, async (reading, index, rows, firstLine, columns) => {
    const { entity } = reading.table;
    const partition = reading.table.partitions[index]!;
    const columnPlan = reading.plans.of(columns);
    for (const [i, cells] of rows.entries()) {
      const line = firstLine + i;
      reading.rowsRead += 1;
      if (reading.versions?.isDropped(index, line)) continue;
      const row = columnPlan.convert(cells, context);
      // Cells beyond the columns the metadata names are kept too, by their place.
      if (cells.length > columns.length && row.values) {
        reading.widerRows += 1;
        row.values.otherFields = { ...(row.values.otherFields as Record<string, unknown> | undefined), ...Object.fromEntries(cells.slice(columns.length).map((c, j) => [`column ${columns.length + j + 1}`, c])) };
      }
      reading.tally.row(row);
      const taken = await collector.add(entity.table, row, partitionLabel(plan, partition), `line ${line}`, entity.set);
      if (taken) reading.imported += 1;
      else reading.refused += 1;
    }
  });
  await plan.folder.stream((path) => readers.get(path));
}

/** What the report says of one table: its rows and what became of them, its columns, its files. */
function partOf(reading: TableReading, company: string | null): ImportedPart {
  const { table, outcome } = reading;
  const part = reading.tally.finish(company);
  const notes = [...table.notes, ...(part.notes ?? [])];
  if (outcome?.deletedRecords) notes.push(`${outcome.deletedRecords} record(s) HQ deleted (IsDelete True) were not imported: ${outcome.deletedRows} row(s) skipped`);
  if (outcome?.supersededRecords) notes.push(`${outcome.supersededRecords} record(s) were exported in more than one version: the newest of each (highest versionnumber, then SinkModifiedOn) was imported, ${outcome.supersededRows} older row(s) skipped`);
  if (reading.widerRows) notes.push(`${reading.widerRows} row(s) had more cells than their metadata names columns: the cells beyond were kept as other fields named by their place ("column N")`);
  notes.push(`Read from ${table.partitions.length} file(s): ${listed(table.partitions.map((p) => p.path))}`);
  return {
    ...part, path: table.name, rowsRead: reading.rowsRead, notes,
    columnsUnknown: (part.columnsUnknown ?? []).filter((c) => !SYSTEM_COLUMNS.has(c.toLowerCase())),
    rowsImported: reading.imported, rowsRefused: reading.refused, rowsDeleted: outcome?.deletedRows ?? 0, rowsSuperseded: outcome?.supersededRows ?? 0,
  };
}

/**
 * A Synapse Link / Data Lake folder, as planned (synapse-plan.ts): its tables' partitions read
 * twice, as a stream each time (a zip inflated a slice at a time): first for the versions of each
 * record, then for the rows, each converted by its table's columns, in lower case, into the
 * table's fields (enums by their integers, dates as written) or kept as other fields, and taken or
 * refused as every other format's rows are. Rows of deleted records and older versions are counted
 * as read and said in the report, never imported.
 */
export async function readSynapseFolder(plan: SynapsePlan, collector: RowCollector, context: ReadContext): Promise<ImportedFile> {
  const readings: TableReading[] = plan.tables.map((table) => {
    const tally = new PartTally(table.name, table.entity, 'table name');
    return { table, tally, plans: new PlanCache((columns) => new ColumnPlan(table.entity, columns, entityFieldOf), tally), versions: null, outcome: null, rowsRead: 0, imported: 0, refused: 0, widerRows: 0 };
  });
  await noteVersions(plan, readings);
  await importRows(plan, readings, collector, context);
  // Rows skipped as deleted or older versions were read too: the totals count every row of the files.
  collector.report.rowsRead += readings.reduce((n, r) => n + (r.outcome ? r.outcome.deletedRows + r.outcome.supersededRows : 0), 0);
  return { name: plan.folder.name, format: 'Synapse Link / Data Lake', parts: readings.map((r) => partOf(r, context.company)), notes: plan.notes };
}
