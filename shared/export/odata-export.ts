import type { HqDatabase } from '../db/hq-database';
import type { RetailTransactionOrderStatus } from '../orders/order-status';
import { LINE_ENTITY_NAMES, type LineEntityName } from '../orders/transaction-entities';
import { specsOf } from '../import/convert-row';
import { entityOfSet } from '../import/entity-maps';
import type { ImportedEntity } from '../import/import-types';
import type { PublicEntity } from '../import/public-entities/public-entity';
import { retailTransactionsAuditable } from '../import/public-entities/transactions';
import { allMatchingTransactions } from '../orders/all-transactions';
import type { TransactionFilter } from '../orders/transactions-page';
import { loadStoredRows } from '../orders/retail-transaction-store';
import { exportFileName, JSON_MIME, throwIfAborted, type ExportFile, type ExportOptions } from './export-file';
import { JsonListWriter } from './json';
import { transactionListName } from './transaction-list-export';

/** Where RetailTransactionsAuditable carries each table's rows: the navigation property, and the entity whose names they are written in. */
const NAVIGATION = new Map<ImportedEntity, [property: string, entity: PublicEntity]>(
  Object.entries(retailTransactionsAuditable.navigation ?? {}).map(([property, set]) => {
    const entity = entityOfSet(set)!;
    return [entity.table, [property, entity]] as const;
  }),
);

/** A value as HQ's OData writes it: a date-only field at noon UTC, Yes/No for a NoYes, enums by name. */
function odataValue(table: ImportedEntity, field: string, value: unknown): unknown {
  const spec = specsOf(table)[field];
  if (spec?.kind === 'date' && typeof value === 'string') return `${value}T12:00:00Z`;
  if (spec?.kind === 'boolean' && typeof value === 'boolean') return value ? 'Yes' : 'No';
  return value;
}

/** Each field of the entity's table → the property the entity writes it as; a field no property holds goes under its own name, which Import reads back. */
const propertyNames = (entity: PublicEntity) => new Map(Object.keys(specsOf(entity.table)).map((field) => [field, entity.properties.find((p) => p[2] === field)?.[0] ?? field]));
const PROPERTY_NAMES = new Map([retailTransactionsAuditable, ...[...NAVIGATION.values()].map(([, entity]) => entity)].map((e) => [e, propertyNames(e)] as const));

/**
 * A stored row under the entity's real property names: its other fields from the export first, as
 * they were, then every field that has a value (a field wins over an other field of the same name).
 */
function odataRow(entity: PublicEntity, row: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const others = row.otherFields;
  const out: Record<string, unknown> = typeof others === 'object' && others !== null ? { ...(others as Record<string, unknown>) } : {};
  for (const [field, name] of PROPERTY_NAMES.get(entity)!) {
    const value = row[field];
    if (value !== null && value !== undefined) out[name] = odataValue(entity.table, field, value);
  }
  return out;
}

/** The Synchronization status, as RetailTransactionOrderStatusBIEntities names it. */
const statusRow = (s: RetailTransactionOrderStatus) => odataRow(NAVIGATION.get('RetailTransactionOrderStatus')![1], s as unknown as Record<string, unknown>);

/**
 * The transaction list with its filters as one OData JSON page of RetailTransactionsAuditable, in
 * its real names: each transaction's header with its Pending order status (AsynchronousOrderStatus),
 * its rows of the line tables under the set's navigation properties (and, for the tables it has
 * none to, under the names of the sets whose names they carry), its full Synchronization status as
 * a RetailTransactionOrderStatusBIEntities row, and every other field an import kept. It is what
 * Import reads, so the export imports back to the same rows.
 */
export async function exportTransactionListOData(db: HqDatabase, filter: TransactionFilter, options: ExportOptions = {}): Promise<ExportFile> {
  const now = options.now ?? new Date();
  const writer = new JsonListWriter({ '@odata.context': 'sync-console/data/$metadata#RetailTransactionsAuditable' }, 'value');
  const { total, chunks } = await allMatchingTransactions(db, filter);
  options.onProgress?.(0, total);
  const [statusProperty] = NAVIGATION.get('RetailTransactionOrderStatus')!;
  for await (const rows of chunks()) {
    throwIfAborted(options.signal);
    const items = await Promise.all(rows.map(async ({ header, status }) => {
      const stored = await loadStoredRows(db, status);
      const lines = Object.fromEntries(LINE_ENTITY_NAMES.filter((e) => stored?.lines[e].length).map((e: LineEntityName) => {
        const [property, entity] = NAVIGATION.get(e)!;
        return [property, stored!.lines[e].map((line) => odataRow(entity, line as Record<string, unknown>))];
      }));
      return {
        ...odataRow(retailTransactionsAuditable, header as unknown as Record<string, unknown>), AsynchronousOrderStatus: status.Status,
        ...lines, [statusProperty]: [statusRow(status)],
      };
    }));
    writer.add(items);
    options.onProgress?.(writer.count, total);
  }
  return { fileName: exportFileName(`${transactionListName(filter.kind)} OData`, now, 'json'), mimeType: JSON_MIME, parts: writer.finish(), count: writer.count };
}
