import type { HqDatabase } from '../db/hq-database';
import type { OrderSyncAttempt, TransactionEdit } from '../orders/order-status';
import type { AsyncCustomer, CustomerEdit } from '../customers/customers';
import { fieldsOf, keyOf, keyText, keyTuple, TRANSACTION_ENTITIES, type RetailTransactionHeader, type TransactionKey } from '../orders/transaction-entities';
import { CORE_FIELD_LABELS, isCoreField } from '../customers/customer-rules';
import { WHOLE_LINE } from '../orders/transaction-edits';
import { lastDataCheck, type CheckFinding } from '../orders/check-data/check-findings';
import { CHECK_VERDICT_WORDS, checkRunMessage, findingMessage } from '../orders/check-data/finding-words';

export type AuditEvent = 'Synchronization attempt' | 'Transaction edit' | 'Customer operation edit' | 'Incomplete export' | 'Check data';

/**
 * One line of the audit report: an attempt to synchronize an order, or one changed field (of a
 * transaction, or of a customer operation). Fields that do not apply to the kind of event are null.
 */
export interface AuditReportRow {
  /** When it happened (ISO 8601, UTC): the attempt's time, or the edit's Modified date and time. */
  at: string;
  event: AuditEvent;
  transaction: TransactionKey | null;
  channelReferenceId: string | null;
  receiptId: string | null;
  operationId: string | null;
  /** The customer operation's account: the real one, or the async one until HQ created it. */
  customerAccount: string | null;
  trigger: OrderSyncAttempt['trigger'] | null;
  runId: number | null;
  /** An attempt's outcome, or what Check data found (Would fail, Passes). */
  outcome: OrderSyncAttempt['outcome'] | (typeof CHECK_VERDICT_WORDS)[keyof typeof CHECK_VERDICT_WORDS] | null;
  message: string | null;
  /** The table as stored (RetailTransactionSalesTrans, RETAILASYNCADDRESSV2…) and as the UI names it. */
  entity: string | null;
  table: string | null;
  line: number | null;
  field: string | null;
  fieldLabel: string | null;
  oldValue: string | null;
  newValue: string | null;
  modifiedBy: string | null;
}

/**
 * The report's first lines in a workspace imported with OData pages missing: each missing page, so
 * nobody reads the report as covering all HQ exported.
 */
export const incompleteExportRows = (missing: readonly string[], importedAt: string): AuditReportRow[] =>
  missing.map((message) => ({ ...blank, at: importedAt, event: 'Incomplete export', message }));

const blank = {
  transaction: null, channelReferenceId: null, receiptId: null, operationId: null, customerAccount: null, trigger: null, runId: null,
  outcome: null, message: null, entity: null, table: null, line: null, field: null, fieldLabel: null, oldValue: null, newValue: null, modifiedBy: null,
} as const satisfies Omit<AuditReportRow, 'at' | 'event'>;

/** Which RETAILASYNC* table a customer field is kept in, so the auditor can find it in HQ. */
function customerTable(field: string): string {
  if (field === 'email' || field === 'phone') return 'RETAILASYNCCUSTOMERCONTACT';
  if (field === 'street' || field === 'city' || field === 'zipCode' || field === 'countryRegionId') return 'RETAILASYNCADDRESSV2';
  if (field.startsWith('attribute:')) return 'RETAILASYNCCUSTOMERATTRIBUTEV2';
  return 'RETAILASYNCCUSTOMERV2';
}

const customerFieldLabel = (field: string): string =>
  isCoreField(field) ? CORE_FIELD_LABELS[field] : field.startsWith('attribute:') ? field.slice('attribute:'.length) : field;

function transactionFieldLabel(edit: TransactionEdit): string {
  if (edit.field === WHOLE_LINE) return 'The line itself';
  return fieldsOf(edit.entity)[edit.field]?.label ?? edit.field;
}

/** The headers of the transactions the log and the trail name, read in chunks, for their Channel reference ID and receipt. */
async function headersOf(db: HqDatabase, keys: readonly TransactionKey[]): Promise<Map<string, RetailTransactionHeader>> {
  const unique = [...new Map(keys.map((k) => [keyText(k), k])).values()];
  const found = new Map<string, RetailTransactionHeader>();
  for (let i = 0; i < unique.length; i += 500) {
    const headers = await db.RetailTransactionTable.bulkGet(unique.slice(i, i + 500).map(keyTuple));
    for (const header of headers) if (header) found.set(keyText(header), header);
  }
  return found;
}

/**
 * The audit report of one workspace (the open database): every synchronization attempt and
 * every edit, transactions' and customer operations', as one table, newest first. The three
 * sources have no common time index, so they are read whole and merged; a workspace's attempts
 * and edits are few next to its transactions.
 */
export async function buildAuditReport(db: HqDatabase): Promise<AuditReportRow[]> {
  const [attempts, edits, customerEdits, operations, findings, check] = await db.transaction('r',
    [db.orderSyncLog, db.transactionEdits, db.customerEdits, db.asyncCustomers, db.dataCheckFindings, db.dataChecks], () =>
      Promise.all([db.orderSyncLog.toArray(), db.transactionEdits.toArray(), db.customerEdits.toArray(), db.asyncCustomers.toArray(), db.dataCheckFindings.toArray(), lastDataCheck(db)]));
  const headers = await headersOf(db, [...attempts, ...edits, ...findings]);
  const operationsById = new Map(operations.map((o) => [o.operationId, o]));
  const transactionOf = (k: TransactionKey) => {
    const header = headers.get(keyText(k));
    return { transaction: keyOf(k), channelReferenceId: header?.ChannelReferenceId ?? null, receiptId: header?.receiptId ?? null };
  };
  // Within a source, the id keeps the order rows were written in: the edits of one Save share their time.
  const rows: { row: AuditReportRow; order: number }[] = [
    ...attempts.map((a: OrderSyncAttempt) => ({
      order: a.id ?? 0,
      row: { ...blank, at: a.at, event: 'Synchronization attempt' as const, ...transactionOf(a), trigger: a.trigger, runId: a.runId, outcome: a.outcome, message: a.message },
    })),
    ...edits.map((e: TransactionEdit) => ({
      order: e.id ?? 0,
      row: {
        ...blank, at: e.modifiedAt, event: 'Transaction edit' as const, ...transactionOf(e), entity: e.entity, table: TRANSACTION_ENTITIES[e.entity]?.label ?? e.entity,
        line: e.line, field: e.field, fieldLabel: transactionFieldLabel(e), oldValue: e.oldValue, newValue: e.newValue, modifiedBy: e.modifiedBy,
      },
    })),
    ...customerEdits.map((e: CustomerEdit) => ({ order: e.id ?? 0, row: customerEditRow(e, operationsById.get(e.operationId)) })),
    // Check data's last run, and each order it found would fail or on which it and HQ disagree.
    ...(check ? [{ order: 0, row: { ...blank, at: check.endedAt ?? check.startedAt, event: 'Check data' as const, message: checkRunMessage(check) } }] : []),
    ...findings.map((f: CheckFinding, i) => ({
      order: i + 1, row: { ...blank, at: f.checkedAt, event: 'Check data' as const, ...transactionOf(f), outcome: CHECK_VERDICT_WORDS[f.verdict], message: findingMessage(f) },
    })),
  ];
  // ISO times in UTC sort as text.
  rows.sort((a, b) => (a.row.at === b.row.at ? b.order - a.order : a.row.at < b.row.at ? 1 : -1));
  return rows.map((r) => r.row);
}

function customerEditRow(edit: CustomerEdit, operation: AsyncCustomer | undefined): AuditReportRow {
  return {
    ...blank, at: edit.editedAt, event: 'Customer operation edit', operationId: edit.operationId,
    customerAccount: operation ? (operation.customerAccount ?? operation.asyncCustomerAccount) : null,
    entity: customerTable(edit.field), table: 'Customer attributes', field: edit.field, fieldLabel: customerFieldLabel(edit.field),
    oldValue: edit.oldValue, newValue: edit.newValue, modifiedBy: edit.editedBy,
  };
}
