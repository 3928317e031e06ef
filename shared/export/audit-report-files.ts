import type { HqDatabase } from '../db/hq-database';
import { TRANSACTION_ENTITIES } from '../orders/transaction-entities';
import { buildAuditReport, incompleteExportRows, type AuditReportRow } from './audit-report';
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

/** The workspace the report is of: its name, and for an import with OData pages missing, what was missing and when it was imported. */
export interface ReportedWorkspace {
  name: string;
  createdAt: string;
  report: { incomplete?: string[] } | null;
}

async function reportRows(db: HqDatabase, workspace: ReportedWorkspace, options: ExportOptions): Promise<AuditReportRow[]> {
  options.onProgress?.(0, 0);
  const rows = [...incompleteExportRows(workspace.report?.incomplete ?? [], workspace.createdAt), ...await buildAuditReport(db)];
  options.signal?.throwIfAborted();
  options.onProgress?.(rows.length, rows.length);
  return rows;
}

export async function exportAuditReportCsv(db: HqDatabase, workspace: ReportedWorkspace, options: ExportOptions = {}): Promise<ExportFile> {
  const rows = await reportRows(db, workspace, options);
  return { fileName: exportFileName(reportName(workspace.name), options.now ?? new Date(), 'csv'), mimeType: CSV_MIME, parts: [toCsv(auditReportColumns, rows)], count: rows.length };
}

/** The same rows with their stored names and ISO times, under the workspace they are of, and what was missing from its export. */
export async function exportAuditReportJson(db: HqDatabase, workspace: ReportedWorkspace, options: ExportOptions = {}): Promise<ExportFile> {
  const now = options.now ?? new Date();
  const rows = await reportRows(db, workspace, options);
  const incomplete = workspace.report?.incomplete ?? [];
  const json = toJson({ report: 'Audit report', workspace: workspace.name, exportedAt: now.toISOString(), ...(incomplete.length ? { incomplete } : {}), rows });
  return { fileName: exportFileName(reportName(workspace.name), now, 'json'), mimeType: JSON_MIME, parts: [json], count: rows.length };
}
