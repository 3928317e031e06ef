import type { EntityName, EntityRow, TransactionKey } from '../orders/transaction-entities';
import type { PendingOrderStatus } from '../orders/order-status';
import { UserFacingError } from '../platform/user-facing-error';

/**
 * One file a person chose to import: its name as they see it, and its bytes. A file of a folder
 * chosen whole (a Synapse Link / Data Lake export) is named by its path, the folder's name first.
 */
export interface ImportSource {
  name: string;
  bytes: Uint8Array;
}

/** The largest file the import takes; a bigger one is refused with its size, before anything is read. */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;

/** The most files one import takes, each file of a folder counted: a Synapse Link folder holds a file per table and timestamp folder. */
export const MAX_IMPORT_SOURCES = 1000;

/**
 * RetailTransactionOrderStatus as an export carries it (RetailTransactionOrderStatusBIEntities, or
 * RetailTransactionsAuditable's AsynchronousOrderStatus). Its Status is a member of HQ's enum, or
 * what the export wrote where HQ's enum has no such member.
 */
export interface ImportedOrderStatus extends TransactionKey {
  Status: PendingOrderStatus;
  ErrorDetail: string | null;
  RetryCount: number;
  SalesId: string | null;
  LastEditUser: string | null;
  ManuallyModified: boolean;
  modifieddatetime: string | null;
  otherFields?: OtherFields;
}

/**
 * The values of a row's columns that no field of this database holds, kept on the row under their
 * real names (or the column as the file wrote it), as the file had them: shown with the record and
 * written again by Export. Nothing that was in a file is lost.
 */
export type OtherFields = Record<string, unknown>;

/** What the import writes: the eleven tables and the order status. */
export type ImportedEntity = EntityName | 'RetailTransactionOrderStatus';
export type ImportedRow<E extends ImportedEntity> = E extends EntityName ? EntityRow<E> : ImportedOrderStatus;

/** Rows of one entity, validated, ready to be written. */
export type ImportBatch = { [E in ImportedEntity]: { entity: E; rows: ImportedRow<E>[] } }[ImportedEntity];

/**
 * A row the import could not take: where it was (file, CSV line or row of a JSON page), the field,
 * and why, quoting the value as the file wrote it.
 */
export interface RejectedRow {
  file: string;
  /**
   * "line 12" (CSV, counting the header as line 1), "element 3" (XML), "row 4 of the page" (OData
   * JSON), with the navigation property for nested lines (import-messages.ts' rowPlaces); reports
   * written before counted a page's rows from 0 ("value[3]").
   */
  where: string;
  /** The property or column as the file names it (reports written before named the field here). */
  field: string | null;
  reason: string;
}

/** Refusals (or warnings) past the ones a report keeps in full: how many of one file, field and kind of reason. */
export interface RefusalGroup {
  file: string;
  field: string | null;
  reason: string;
  rows: number;
}

/** A value imported as written, though it is no member of the enum its property is of in HQ: data to audit. */
export interface ImportWarning {
  file: string;
  where: string;
  field: string | null;
  reason: string;
}

/** How the import knew a file's entity: its OData context, the manifest's name of it, the file's name, (last) its columns, or its table's name in a Synapse Link / Data Lake folder's metadata. */
export type EntityMatch = 'OData context' | 'label' | 'entity name' | 'entity set' | 'file name' | 'columns' | 'table name';

/** One entity read from a file: a package's data file, an OData page, or the rows nested in a page's rows. */
export interface ImportedPart {
  path: string;
  /** The table it filled, and that table's label. */
  entity: ImportedEntity;
  entityLabel: string;
  rowsRead: number;
  /** The public entity it is of: its entity set, and its label where it has one ("RetailTransactions (Transactions)"). Reports written before this knew none. */
  source?: string;
  matchedBy?: EntityMatch;
  /** Each column that filled a field, with the field. */
  columnsMapped?: { column: string; field: string }[];
  /** Each column kept as an other field; those its entity's $metadata has no property of are also in columnsUnknown. */
  columnsKept?: string[];
  columnsUnknown?: string[];
  /** What the import decided for this file and says so: the company it gave rows without one, the encoding it read, the annotations it left. */
  notes?: string[];
  /**
   * A Synapse Link / Data Lake table's rows beyond those read: taken, refused, skipped because HQ
   * deleted their record (IsDelete), and skipped as older versions of a record whose newest was
   * taken. Absent for the other formats, whose rows read are taken or refused.
   */
  rowsImported?: number;
  rowsRefused?: number;
  rowsDeleted?: number;
  rowsSuperseded?: number;
}

export interface ImportedFile {
  name: string;
  format: 'OData JSON' | 'Data management package' | 'Synapse Link / Data Lake';
  /** For a package, each data file inside it; for JSON, the file itself; for a Synapse Link / Data Lake folder, each table. */
  parts: ImportedPart[];
  /** Said of the whole file: a page given twice, read once. */
  notes?: string[];
}

/** What an import did: what it read, what it took, every row it refused with the reason, and every doubt. */
export interface ImportReport {
  files: ImportedFile[];
  rowsRead: number;
  imported: number;
  /** The first refused rows, in full (import-limits.ts' keptRefusals). */
  rejected: RejectedRow[];
  /** The refused rows past those, counted by file, field and reason (refusal-log.ts). Absent when all are kept. */
  rejectedMore?: RefusalGroup[];
  /** Values imported as written that HQ's enums have no member for. Absent in reports written before it was kept. */
  warnings?: ImportWarning[];
  warningsMore?: RefusalGroup[];
  /** OData pages missing from their nextLink chain, each named: the workspace is incomplete. Empty or absent when nothing is known missing. */
  incomplete?: string[];
  /** What the import decided for the whole of it, in words: rows matched to their transaction under the other name of its store. */
  notes?: string[];
}

/**
 * An import that cannot go on at all (not a package, a missing data file, a wrong encoding, a
 * damaged zip, a limit crossed): nothing is created. `file` names the chosen file refused, when
 * one is, so the Import screen marks it.
 */
export class ImportRefused extends UserFacingError {
  override readonly name: string = 'ImportRefused';
  constructor(message: string, readonly file: string | null = null) {
    super(message);
  }
}

/** OData pages are missing from their nextLink chains and the person has not said to import what is there: nothing was read. */
export class ImportIncomplete extends ImportRefused {
  override readonly name: string = 'ImportIncomplete';
  constructor(readonly missing: string[]) {
    super(`Pages are missing from the export:\n${missing.join('\n')}`);
  }
}
