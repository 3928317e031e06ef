import type { HqDatabase } from '../db/hq-database';
import { TRANSACTION_ENTITIES } from '../orders/transaction-entities';
import { buildAuditReport, type AuditReportRow } from './audit-report';
import { toCsv } from './csv';
import { CSV_MIME, exportFileName, JSON_MIME, utcDateTime, type ExportColumn, type ExportFile, type ExportOptions } from './export-file';
import { toJson } from './json';

const key = TRANSACTION_ENTITIES.RetailTransactionTable.fields;
const triggerText = (row: AuditReportRow) => (row.trigger === 'job' ? 'Job run' : row.trigger === 'manual' ? 'Manual' : null);

/** One table for both kinds of event, under the labels of the Synchronization log and View audit trail. */
export const auditReportColumns: readonly ExportColumn<AuditReportRow>[] = [
  // An attempt's Time and an edit's Modified date and time, in one column so the table sorts by it.
  { heading: 'Date and time (UTC)', value: (r) => utcDateTime(r.at) },
  { heading: 'Event', value: (r) => r.event },
  { heading: key.dataAreaId.label, value: (r) => r.transaction?.dataAreaId ?? null },
  { heading: key.store.label, value: (r) => r.transaction?.store ?? null },
  { heading: key.terminal.label, value: (r) => r.transaction?.terminal ?? null },
  { heading: key.transactionId.label, value: (r) => r.transaction?.transactionId ?? null },
  { heading: key.ChannelReferenceId.label, value: (r) => r.channelReferenceId },
  { heading: key.receiptId.label, value: (r) => r.receiptId },
  { heading: 'Customer operation', value: (r) => r.operationId },
  { heading: key.custAccount.label, value: (r) => r.customerAccount },
  { heading: 'Trigger', value: triggerText },
  { heading: 'Run', value: (r) => r.runId },
  { heading: 'Outcome', value: (r) => r.outcome },
  { heading: 'Message', value: (r) => r.message },
  { heading: 'Table', value: (r) => r.table },
  { heading: 'Line', value: (r) => r.line },
  { heading: 'Field', value: (r) => r.fieldLabel },
  { heading: 'Old value', value: (r) => r.oldValue },
  { heading: 'New value', value: (r) => r.newValue },
  { heading: 'Modified by', value: (r) => r.modifiedBy },
];

/** "audit-report-demo-headquarters-usrt-2026-11-23": the report names the workspace it is of. */
const reportName = (workspaceName: string) => `Audit report ${workspaceName}`;

async function reportRows(db: HqDatabase, options: ExportOptions): Promise<AuditReportRow[]> {
  options.onProgress?.(0, 0);
  const rows = await buildAuditReport(db);
  options.signal?.throwIfAborted();
  options.onProgress?.(rows.length, rows.length);
  return rows;
}

export async function exportAuditReportCsv(db: HqDatabase, workspaceName: string, options: ExportOptions = {}): Promise<ExportFile> {
  const rows = await reportRows(db, options);
  return { fileName: exportFileName(reportName(workspaceName), options.now ?? new Date(), 'csv'), mimeType: CSV_MIME, parts: [toCsv(auditReportColumns, rows)], count: rows.length };
}

/** The same rows with their stored names and ISO times, under the workspace they are of. */
export async function exportAuditReportJson(db: HqDatabase, workspaceName: string, options: ExportOptions = {}): Promise<ExportFile> {
  const now = options.now ?? new Date();
  const rows = await reportRows(db, options);
  const json = toJson({ report: 'Audit report', workspace: workspaceName, exportedAt: now.toISOString(), rows });
  return { fileName: exportFileName(reportName(workspaceName), now, 'json'), mimeType: JSON_MIME, parts: [json], count: rows.length };
}
