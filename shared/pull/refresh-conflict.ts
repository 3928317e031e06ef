import type { EntityName, FieldValue, TransactionKey } from '../orders/transaction-entities';

/** The order status's table, beside the eleven RetailTransaction* tables a conflict can be in. */
export const ORDER_STATUS_TABLE = 'RetailTransactionOrderStatus';
export type RefreshedTable = EntityName | typeof ORDER_STATUS_TABLE;

/** One field of a row in conflict: the value here (kept), HQ's now, and the one pulled before it was edited here. */
export interface ConflictField {
  field: string;
  here: FieldValue;
  hq: FieldValue;
  /** What the pull brought, where the row was edited here (the audit trail's first old value); else the value here. */
  pulled: string;
}

/**
 * A row HQ changed since it was edited here, found by a refresh: this workspace's version stays in
 * its table, HQ's is kept here beside it, and the transaction is flagged until a later refresh finds
 * the two agree again (or the workspace is deleted). A row never edited here simply takes HQ's.
 */
export interface RefreshConflict extends TransactionKey {
  id?: number;
  table: RefreshedTable;
  /** The line's number; null for the header and the order status. */
  line: number | null;
  fields: ConflictField[];
  /** HQ's whole row as the refresh read it. */
  hqRow: Record<string, unknown>;
  /** When the refresh found it (ISO). */
  foundAt: string;
}
