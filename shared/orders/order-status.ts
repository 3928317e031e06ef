import type { EntityName, TransactionKey } from './transaction-entities';
import type { ChannelKind } from '../configuration/organization';

/**
 * Pending order status (RetailTransactionOrderStatusType), every member: PendingSynchronization
 * while HQ is making the order, Editing while a person corrects the transaction (no job touches it).
 */
export const PENDING_ORDER_STATUSES = ['None', 'Failed', 'Succeeded', 'PendingSynchronization', 'Editing'] as const;
export type PendingOrderStatus = (typeof PENDING_ORDER_STATUSES)[number];

/**
 * What Synchronize orders makes of a transaction: e-commerce orders and asynchronous customer
 * orders become sales orders; cash-and-carry sales are posted through statements instead, and
 * the rest of a register's transactions (log-ons, drawer openings…) are no orders at all.
 */
export type OrderKind = 'eCommerce' | 'customerOrder' | 'cashAndCarry' | 'other';
export const SYNCHRONIZED_KINDS: readonly OrderKind[] = ['eCommerce', 'customerOrder'];

/**
 * RetailTransactionOrderStatus: one row per transaction, its Synchronization status tab. It also
 * carries what the transaction lists page by (channel, order kind, date and time), so a list
 * filtered by status pages through one index.
 */
export interface RetailTransactionOrderStatus extends TransactionKey {
  /** Pending order status */
  Status: PendingOrderStatus;
  /** Order error details */
  ErrorDetail: string | null;
  /**
   * Every cause behind a Failed status (OrderErrorCause: each kind of data error, the customer
   * created offline, each configuration family that applies), in the order HQ checks them, stored
   * where the failure is decided, never read back from the text; empty unless Failed. Failures by
   * root cause counts the order under each, and a list filtered by one finds it (version 15; one
   * cause, ErrorCause, before).
   */
  ErrorCauses: string[];
  /** Kept by the database on every write (db/list-keys.ts), never written here: what a list filtered by a cause pages through. */
  listKeys?: unknown[];
  /** Attempts after the first one: the synchronization log has RetryCount + 1 attempts. */
  RetryCount: number;
  /** Sales order */
  SalesId: string | null;
  ManuallyModified: boolean;
  LastEditUser: string | null;
  PutOnHold: boolean;
  /** When the status last changed; null until someone tried. */
  modifieddatetime: string | null;
  /** The status to return to when editing ends. */
  statusBeforeEditing: PendingOrderStatus | null;
  /** Who set Editing, and when (ISO): kept while it lasts, so the workspace can show who left it (none on rows from before). */
  editingBy?: string | null;
  editingSince?: string | null;
  channelKind: ChannelKind;
  orderKind: OrderKind;
  /** transDate and transTime as one sortable text ("2026-11-03T14:05:09"); empty when the date is missing. */
  sortKey: string;
  /**
   * The header's customer accounts (its own and the one created offline) in capitals: the lists'
   * customer filter matches them from the start, in any case, through one index of these rows.
   */
  customerKeys: string[];
  uploadedAt: string;
  /** In an imported workspace, the values of the export's status columns that no field here holds (shared/import). */
  otherFields?: Record<string, unknown>;
}

/** One attempt to make the sales order: by a job run or by a person's Synchronize order. */
export interface OrderSyncAttempt extends TransactionKey {
  id?: number;
  at: string;
  trigger: 'job' | 'manual';
  runId: number | null;
  outcome: 'Succeeded' | 'Failed';
  message: string | null;
}

/** One changed field, as Edit and audit's View audit trail shows it. */
export interface TransactionEdit extends TransactionKey {
  id?: number;
  entity: EntityName;
  /** The line's number (null for the header); lineId is the row the change was made to. */
  line: number | null;
  lineId: number | null;
  field: string;
  oldValue: string;
  newValue: string;
  modifiedBy: string;
  modifiedAt: string;
}

/** An auditor's note on a transaction: what they found, in their words. The one thing besides Edit and audit written in an imported workspace. */
export interface AuditNote extends TransactionKey {
  id?: number;
  text: string;
  author: string;
  at: string;
}

/** Synchronize orders takes an order not yet made and not being edited; cash-and-carry sales never. */
export const takes = (status: Pick<RetailTransactionOrderStatus, 'Status' | 'orderKind'>): boolean =>
  status.Status !== 'Succeeded' && status.Status !== 'Editing' && SYNCHRONIZED_KINDS.includes(status.orderKind);

/** The customer created offline an order is for, if its header names one instead of a real account. */
export function offlineAccountOf(header: unknown): string | null {
  const fields = header as { custAccount?: unknown; CustAccountAsync?: unknown } | undefined;
  const asyncAccount = fields && !fields.custAccount ? fields.CustAccountAsync : null;
  return typeof asyncAccount === 'string' && asyncAccount ? asyncAccount : null;
}
