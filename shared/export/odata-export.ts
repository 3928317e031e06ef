import type { HqDatabase } from '../db/hq-database';
import type { RetailTransactionOrderStatus } from '../orders/order-status';
import { LINE_ENTITY_NAMES, fieldsOf, type EntityName } from '../orders/transaction-entities';
import { ENTITY_MAPS, mapOf } from '../import/entity-maps';
import { allMatchingTransactions } from '../orders/all-transactions';
import type { TransactionFilter } from '../orders/transactions-page';
import { loadStoredRows } from '../orders/retail-transaction-store';
import { exportFileName, JSON_MIME, throwIfAborted, type ExportFile, type ExportOptions } from './export-file';
import { JsonListWriter } from './json';
import { transactionListName } from './transaction-list-export';

/** This database's field → its public name in an export: the import's maps, inverted, so the two can never drift. */
const PUBLIC_NAMES = new Map(ENTITY_MAPS.map((m) => {
  const names = new Map<string, string>();
  for (const [publicName, field] of Object.entries(m.fields)) if (!names.has(field)) names.set(field, publicName);
  return [m.entity, names] as const;
}));
const publicName = (entity: EntityName | 'RetailTransactionOrderStatus', field: string) => PUBLIC_NAMES.get(entity)?.get(field) ?? field;

/** A value as OData writes it: dates as ISO 8601 at midnight UTC, Yes/No for booleans, enums by name. */
function odataValue(entity: EntityName, field: string, value: unknown): unknown {
  const spec = fieldsOf(entity)[field];
  if (spec?.kind === 'date' && typeof value === 'string') return `${value}T00:00:00Z`;
  if (spec?.kind === 'boolean' && typeof value === 'boolean') return value ? 'Yes' : 'No';
  return value;
}

function odataRow(entity: EntityName, row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of Object.keys(fieldsOf(entity))) {
    const value = row[field];
    if (value !== null && value !== undefined) out[publicName(entity, field)] = odataValue(entity, field, value);
  }
  return out;
}

/** The Synchronization status on the auditable header, as RetailTransactionsAuditable carries it. */
const statusProperties = (s: RetailTransactionOrderStatus): Record<string, unknown> => ({
  AsynchronousOrderStatus: s.Status, OrderErrorDetails: s.ErrorDetail, OrderRetryCount: s.RetryCount, OrderLastEditUser: s.LastEditUser,
  OrderManuallyModified: s.ManuallyModified ? 'Yes' : 'No', OrderStatusModifiedDateTime: s.modifieddatetime,
});

/**
 * The transaction list with its filters as one OData JSON page of RetailTransactionsAuditable:
 * each transaction's header with its Synchronization status, and its rows of the ten line tables
 * as navigation properties. It is what Import reads, so the export imports back to the same rows.
 */
export async function exportTransactionListOData(db: HqDatabase, filter: TransactionFilter, options: ExportOptions = {}): Promise<ExportFile> {
  const now = options.now ?? new Date();
  const writer = new JsonListWriter({ '@odata.context': 'sync-console/data/$metadata#RetailTransactionsAuditable' }, 'value');
  const { total, chunks } = await allMatchingTransactions(db, filter);
  options.onProgress?.(0, total);
  for await (const rows of chunks()) {
    throwIfAborted(options.signal);
    const items = await Promise.all(rows.map(async ({ header, status }) => {
      const stored = await loadStoredRows(db, status);
      const lines = Object.fromEntries(LINE_ENTITY_NAMES.filter((e) => stored?.lines[e].length).map((e) => [
        mapOf(e).navigation[0]!, stored!.lines[e].map((line) => odataRow(e, line as Record<string, unknown>)),
      ]));
      return { ...odataRow('RetailTransactionTable', header), ...statusProperties(status), ...lines };
    }));
    writer.add(items);
    options.onProgress?.(writer.count, total);
  }
  return { fileName: exportFileName(`${transactionListName(filter.kind)} OData`, now, 'json'), mimeType: JSON_MIME, parts: writer.finish(), count: writer.count };
}
