import type { HqDatabase } from '../db/hq-database';
import { CORE_FIELDS } from '../customers/customers';
import { CORE_FIELD_LABELS } from '../customers/customer-rules';
import { queryCustomerOperations, type CustomerOperationFilter, type CustomerOperationRow } from '../customers/customer-operations';
import { toCsv } from './csv';
import { CSV_MIME, exportFileName, JSON_MIME, utcDateTime, type ExportColumn, type ExportFile, type ExportOptions } from './export-file';
import { toJson } from './json';

export const CUSTOMER_LIST_NAME = 'Customer synchronization status';

/**
 * The list's columns under the screen's labels, then every value the operation carries, then
 * one column per attribute any of the rows has (in the order they first appear).
 */
function customerColumns(rows: readonly CustomerOperationRow[]): ExportColumn<CustomerOperationRow>[] {
  const attributeNames = [...new Set(rows.flatMap((r) => Object.keys(r.attributes)))];
  return [
    { heading: 'Channel name', value: (r) => r.channelName },
    { heading: 'Customer account', value: (r) => r.header.customerAccount },
    { heading: 'Async customer account', value: (r) => r.header.asyncCustomerAccount },
    { heading: 'Retail async operation', value: (r) => r.header.operation },
    { heading: 'Operation timestamp (UTC)', value: (r) => utcDateTime(r.header.operationTimestamp) },
    { heading: CUSTOMER_LIST_NAME, value: (r) => r.header.status },
    { heading: 'Last known error', value: (r) => r.header.lastKnownError },
    { heading: 'Retry count', value: (r) => r.header.retryCount },
    { heading: 'Operation ID', value: (r) => r.header.operationId },
    ...CORE_FIELDS.map((field): ExportColumn<CustomerOperationRow> => ({ heading: CORE_FIELD_LABELS[field], value: (r) => r.values[field] })),
    ...attributeNames.map((name): ExportColumn<CustomerOperationRow> => ({ heading: name, value: (r) => r.attributes[name] ?? null })),
  ];
}

/**
 * The operations are read whole, as the screen reads them (they are few next to transactions),
 * so the export is the list on screen with its filter, every page of it.
 */
async function matchingOperations(db: HqDatabase, filter: CustomerOperationFilter, options: ExportOptions): Promise<CustomerOperationRow[]> {
  options.onProgress?.(0, 0);
  const rows = await queryCustomerOperations(db, filter);
  options.signal?.throwIfAborted();
  options.onProgress?.(rows.length, rows.length);
  return rows;
}

export async function exportCustomerOperationsCsv(db: HqDatabase, filter: CustomerOperationFilter, options: ExportOptions = {}): Promise<ExportFile> {
  const rows = await matchingOperations(db, filter, options);
  const fileName = exportFileName(CUSTOMER_LIST_NAME, options.now ?? new Date(), 'csv');
  return { fileName, mimeType: CSV_MIME, parts: [toCsv(customerColumns(rows), rows)], count: rows.length };
}

export async function exportCustomerOperationsJson(db: HqDatabase, filter: CustomerOperationFilter, options: ExportOptions = {}): Promise<ExportFile> {
  const now = options.now ?? new Date();
  const rows = await matchingOperations(db, filter, options);
  const operations = rows.map(({ header, channelName, values, attributes }) => ({
    operationId: header.operationId, channelName, storeId: header.storeId, operation: header.operation,
    customerAccount: header.customerAccount, asyncCustomerAccount: header.asyncCustomerAccount, operationTimestamp: header.operationTimestamp,
    status: header.status, lastKnownError: header.lastKnownError, retryCount: header.retryCount, modifiedAt: header.modifiedAt,
    values, oldValues: header.oldValues, attributes,
  }));
  const json = toJson({ list: CUSTOMER_LIST_NAME, filter, exportedAt: now.toISOString(), rows: operations });
  return { fileName: exportFileName(CUSTOMER_LIST_NAME, now, 'json'), mimeType: JSON_MIME, parts: [json], count: rows.length };
}
