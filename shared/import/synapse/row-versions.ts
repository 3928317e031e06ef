/**
 * Which rows of a Synapse Link table are imported: of the rows with the same Id (the record's
 * versions: Synapse Link appends a row for each change it exports), the newest; none of them when
 * the newest says the record was deleted.
 *
 * The rules, as real readers of these exports apply them: "versionnumber - Commit sequence number
 * from the source system, and the ordering primitive for repeated changes to the same Id … it can
 * repeat, which is why SinkModifiedOn serves as a tiebreaker" and "IsDelete - Set to True for
 * deletions and left empty otherwise" (Estuary's description of a finance and operations export,
 * source-dynamics-365-finance-and-operations); the newest row per Id "ORDER BY versionnumber DESC",
 * a deletion when IsDelete is true (SneaksAndData/arcane-framework-scala, SynapseLink.scala);
 * "Data produced by Dataverse Synapse link may have deleted rows; you need to filter out deleted
 * rows (IsDelete=1)" (microsoft/Dynamics-365-FastTrack-Implementation-Assets).
 */

/** Where a table's rows carry Synapse Link's columns: -1 where a partition has none. */
export interface VersionColumns {
  id: number;
  version: number;
  sinkModifiedOn: number;
  isDelete: number;
}

const at = (columns: readonly string[], name: string) => columns.findIndex((c) => c.toLowerCase() === name);

/** Synapse Link's columns among a partition's, or null when it has no Id (its rows are then all imported). */
export function versionColumns(columns: readonly string[]): VersionColumns | null {
  const id = at(columns, 'id');
  return id < 0 ? null : { id, version: at(columns, 'versionnumber'), sinkModifiedOn: at(columns, 'sinkmodifiedon'), isDelete: at(columns, 'isdelete') };
}

const US_TIME = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)? ?([AP]M)?$/i;

/** SinkModifiedOn as Synapse Link writes it ("4/14/2026 8:21:50 PM", month first, in every region), or ISO 8601, as a number to compare; null if neither. */
export function sinkTime(text: string | undefined): number | null {
  const value = text?.trim() ?? '';
  const us = US_TIME.exec(value);
  if (us) {
    const [, month, day, year, hour, minute, second, half] = us;
    const hours = half ? (Number(hour) % 12) + (half.toUpperCase() === 'PM' ? 12 : 0) : Number(hour);
    return Date.UTC(Number(year), Number(month) - 1, Number(day), hours, Number(minute), Number(second));
  }
  const iso = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
  return Number.isNaN(iso) ? null : iso;
}

const isDeletion = (text: string | undefined) => /^(true|1|yes)$/i.test(text?.trim() ?? '');

/**
 * A copy of a cell that holds on to nothing else: a parser's cells are slices of the text it was
 * given, which stays alive as long as a slice of it does (see convert-row.ts).
 */
const detached = (value: string): string => (` ${value}`).slice(1);

interface Version {
  partition: number;
  line: number;
  version: bigint | null;
  sink: number | null;
  deleted: boolean;
  rows: number;
}

/** Whether `a` is a later change than `b`: its versionnumber, then its SinkModifiedOn, then where it stands in the export. */
function isNewer(a: Version, b: Version): boolean {
  if (a.version !== null && b.version !== null && a.version !== b.version) return a.version > b.version;
  if ((a.version === null) !== (b.version === null)) return a.version !== null;
  if (a.sink !== null && b.sink !== null && a.sink !== b.sink) return a.sink > b.sink;
  if ((a.sink === null) !== (b.sink === null)) return a.sink !== null;
  return a.partition !== b.partition ? a.partition > b.partition : a.line > b.line;
}

/** What the versions decided for a table, for the report. */
export interface VersionOutcome {
  /** Records whose newest row says they were deleted, and all their rows. */
  deletedRecords: number;
  deletedRows: number;
  /** Records with older rows beside their newest, and those older rows. */
  supersededRecords: number;
  supersededRows: number;
}

/**
 * One table's versions, noted in a first reading of its partitions (partition by its index in the
 * table's list, row by its line), so the second reading imports only the newest of each record.
 * Only the newest row of each Id is remembered, and where each other row was.
 */
export class RowVersions {
  private readonly newest = new Map<string, Version>();
  private readonly dropped = new Map<number, Set<number>>();
  private unmatchedDeletions = 0;

  note(partition: number, line: number, cells: readonly string[], columns: VersionColumns): void {
    const cell = (index: number) => (index < 0 ? undefined : cells[index]);
    const id = cell(columns.id)?.trim() ?? '';
    const deleted = isDeletion(cell(columns.isDelete));
    if (id === '') {
      // A deletion of no record: nothing to import; any other row without an Id is imported as it is.
      if (deleted) {
        this.drop(partition, line);
        this.unmatchedDeletions += 1;
      }
      return;
    }
    const versionText = cell(columns.version)?.trim() ?? '';
    const row: Version = {
      partition, line, deleted, rows: 1,
      version: /^\d+$/.test(versionText) ? BigInt(versionText) : null, sink: sinkTime(cell(columns.sinkModifiedOn)),
    };
    const known = this.newest.get(id);
    if (!known) return void this.newest.set(detached(id), row);
    row.rows = known.rows + 1;
    if (isNewer(row, known)) {
      this.drop(known.partition, known.line);
      this.newest.set(id, row);
    } else {
      known.rows = row.rows;
      this.drop(partition, line);
    }
  }

  /** Once every row has been noted: the records whose newest row is a deletion lose it too. */
  finish(): VersionOutcome {
    const outcome: VersionOutcome = { deletedRecords: this.unmatchedDeletions, deletedRows: this.unmatchedDeletions, supersededRecords: 0, supersededRows: 0 };
    for (const version of this.newest.values()) {
      if (version.deleted) {
        this.drop(version.partition, version.line);
        outcome.deletedRecords += 1;
        outcome.deletedRows += version.rows;
      } else if (version.rows > 1) {
        outcome.supersededRecords += 1;
        outcome.supersededRows += version.rows - 1;
      }
    }
    this.newest.clear();
    return outcome;
  }

  isDropped(partition: number, line: number): boolean {
    return this.dropped.get(partition)?.has(line) ?? false;
  }

  private drop(partition: number, line: number): void {
    const lines = this.dropped.get(partition) ?? new Set<number>();
    lines.add(line);
    this.dropped.set(partition, lines);
  }
}
