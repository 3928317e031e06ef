import type { EntityName, EntityRow, TransactionKey } from '../orders/transaction-entities';
import type { PendingOrderStatus } from '../orders/order-status';
import { UserFacingError } from '../platform/user-facing-error';

/** One file a person chose to import: its name as they see it, and its bytes. */
export interface ImportSource {
  name: string;
  bytes: Uint8Array;
}

/** The largest file the import takes; a bigger one is refused with its size, before anything is read. */
export const MAX_IMPORT_FILE_BYTES = 100 * 1024 * 1024;

/** RetailTransactionOrderStatus as an export carries it (RetailTransactionOrderStatusBIEntities, or the DMF entity). */
export interface ImportedOrderStatus extends TransactionKey {
  Status: PendingOrderStatus;
  ErrorDetail: string | null;
  RetryCount: number;
  SalesId: string | null;
  LastEditUser: string | null;
  ManuallyModified: boolean;
  modifieddatetime: string | null;
}

/** What the import writes: the eleven tables and the order status. */
export type ImportedEntity = EntityName | 'RetailTransactionOrderStatus';
export type ImportedRow<E extends ImportedEntity> = E extends EntityName ? EntityRow<E> : ImportedOrderStatus;

/** Rows of one entity, validated, ready to be written. */
export type ImportBatch = { [E in ImportedEntity]: { entity: E; rows: ImportedRow<E>[] } }[ImportedEntity];

/** A row the import could not take: where it was (file, CSV line or JSON index), the field, and why. */
export interface RejectedRow {
  file: string;
  /** "line 12" (CSV, counting the header as line 1) or "value[3]" (OData JSON), with the navigation property for nested lines. */
  where: string;
  field: string | null;
  reason: string;
}

export interface ImportedFile {
  name: string;
  format: 'OData JSON' | 'Data management package';
  /** For a package, each data file inside it; for JSON, the file itself. */
  parts: { path: string; entity: ImportedEntity; entityLabel: string; rowsRead: number }[];
}

/** What an import did: what it read, what it took, and every row it refused with the reason. */
export interface ImportReport {
  files: ImportedFile[];
  rowsRead: number;
  imported: number;
  rejected: RejectedRow[];
}

/** An import that cannot go on at all (not a package, a missing data file, a wrong encoding…): nothing is created. */
export class ImportRefused extends UserFacingError {
  override readonly name: string = 'ImportRefused';
}
