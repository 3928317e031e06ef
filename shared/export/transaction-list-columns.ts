import { TRANSACTION_ENTITIES, type FieldSpec, type RetailTransactionHeader } from '../orders/transaction-entities';
import type { RetailTransactionOrderStatus } from '../orders/order-status';
import type { TransactionRow } from '../orders/transactions-page';
import { CHECK_VERDICT_WORDS, DISAGREEMENT_WORDS } from '../orders/check-data/finding-words';
import type { CheckFinding } from '../orders/check-data/check-findings';
import { timeOfDay, utcDateTime, yesNo, type CellValue, type ExportColumn } from './export-file';

/**
 * The Synchronization status tab's labels (the renderer's syncStatus texts). The status table has
 * no field specs of its own, so its headings are named here, once, for every export.
 */
export const ORDER_STATUS_LABELS = {
  Status: 'Pending order status',
  ErrorDetail: 'Order error details',
  RetryCount: 'Retry count',
  SalesId: 'Sales order',
  ManuallyModified: 'Manually modified',
  LastEditUser: 'Last edit user',
  modifieddatetime: 'Modified (UTC)',
} as const satisfies Partial<Record<keyof RetailTransactionOrderStatus, string>>;

/** A header value as a person reads it in Excel: times of day as times, booleans as Yes/No, the rest as stored. */
function headerCell(spec: FieldSpec, field: string, value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (field === 'transTime' && typeof value === 'number') return timeOfDay(value);
  if (spec.kind === 'boolean' && typeof value === 'boolean') return yesNo(value);
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

const headerFields = Object.entries(TRANSACTION_ENTITIES.RetailTransactionTable.fields) as [keyof RetailTransactionHeader, FieldSpec][];

/**
 * The transaction list's CSV columns: every field of the header under its label in the specs
 * (Company, Store, …, Channel reference ID, …), then the Synchronization status. The status's own
 * Sales order is left out: the header's Sales order carries the same number.
 */
export const transactionListColumns: readonly ExportColumn<TransactionRow>[] = [
  ...headerFields.map(([field, spec]): ExportColumn<TransactionRow> => ({ heading: spec.label, value: (row) => headerCell(spec, field, row.header[field]) })),
  { heading: ORDER_STATUS_LABELS.Status, value: (row) => row.status.Status },
  { heading: ORDER_STATUS_LABELS.ErrorDetail, value: (row) => row.status.ErrorDetail },
  { heading: ORDER_STATUS_LABELS.RetryCount, value: (row) => row.status.RetryCount },
  { heading: ORDER_STATUS_LABELS.ManuallyModified, value: (row) => yesNo(row.status.ManuallyModified) },
  { heading: ORDER_STATUS_LABELS.LastEditUser, value: (row) => row.status.LastEditUser },
  { heading: ORDER_STATUS_LABELS.modifieddatetime, value: (row) => utcDateTime(row.status.modifieddatetime) },
  // Check data (an imported workspace): what it found, where it and HQ disagree, and what would fail.
  { heading: 'Check data', value: (row) => (row.finding ? CHECK_VERDICT_WORDS[row.finding.verdict] : null) },
  { heading: 'Check data and HQ', value: (row) => (row.finding?.disagreement ? DISAGREEMENT_WORDS[row.finding.disagreement] : null) },
  { heading: 'Check data error details', value: (row) => row.finding?.details ?? null },
  // In an imported workspace, the export's header columns no field holds, as the file had them, in one cell: the list's columns are fixed before its rows are read.
  { heading: 'Other fields from the export', value: (row) => otherFieldsCell((row.header as { otherFields?: unknown }).otherFields) },
];

/** The other fields as JSON ({"AmountPostedToAccount":"0.000000",…}), or empty when there are none. */
const otherFieldsCell = (others: unknown): CellValue => (typeof others === 'object' && others !== null && Object.keys(others).length ? JSON.stringify(others) : null);

/** The status as HQ keeps it, without what this database adds for paging the lists. */
export const exportedStatus = (s: RetailTransactionOrderStatus) => ({
  Status: s.Status, ErrorDetail: s.ErrorDetail, RetryCount: s.RetryCount, SalesId: s.SalesId, ManuallyModified: s.ManuallyModified,
  LastEditUser: s.LastEditUser, PutOnHold: s.PutOnHold, modifieddatetime: s.modifieddatetime,
});

/** What Check data found for a row, as a JSON export carries it beside the status (never in it). */
export const checkedOf = (f: CheckFinding) => ({ checkedAt: f.checkedAt, verdict: f.verdict, causes: f.causes, details: f.details, disagreement: f.disagreement });
