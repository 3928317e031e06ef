import { cmp, type Table } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import type { ChannelKind } from '../domain/organization';
import type { OrderKind, RetailTransactionOrderStatus } from '../domain/order-status';
import {
  LINE_ENTITY_NAMES, keyOf, keyText, keyTuple, KEY_INDEX,
  type LineEntityName, type RetailTransactionHeader, type TransactionBundle, type TransactionKey,
} from '../domain/transaction-entities';

/** The HQ table of each line entity. */
export function lineTable(db: HqDatabase, entity: LineEntityName): Table<Record<string, unknown> & { id?: number }, number> {
  return db[entity] as unknown as Table<Record<string, unknown> & { id?: number }, number>;
}

/** The eleven RetailTransaction* tables and the order status: what a transaction's rows are spread over. */
export const transactionTables = (db: HqDatabase) => [db.RetailTransactionTable, ...LINE_ENTITY_NAMES.map((e) => db[e]), db.RetailTransactionOrderStatus];

/** All rows of one transaction as stored (unchecked: read them through the entity schemas before trusting them). */
export interface StoredRows {
  header: unknown;
  lines: Record<LineEntityName, unknown[]>;
}

/**
 * The stored rows of many transactions, by keyText; lines in the order they were written. A
 * transaction without a header is not in the map. When the keys lie close together in key order
 * (a job's chunk), each table is read with one getAll over their range and the rows of other
 * transactions dropped; when they are scattered, with one getAll per key (all in flight at once).
 * Either way no cursor is walked: that would be a round trip per row.
 */
export async function loadStoredRowsOf(db: HqDatabase, keys: readonly TransactionKey[]): Promise<Map<string, StoredRows>> {
  if (keys.length === 0) return new Map();
  const tuples = keys.map(keyTuple).sort(cmp);
  const [first, last] = [tuples[0]!, tuples[tuples.length - 1]!];
  const inRange = await db.RetailTransactionTable.where(':id').between(first, last, true, true).count();
  const byRange = inRange <= 2 * tuples.length;
  const rowsOf = async (table: Table<Record<string, unknown>>, index: string): Promise<unknown[]> =>
    byRange
      ? table.where(index).between(first, last, true, true).toArray()
      // The index orders rows of one key by primary key: the order they were written in.
      : (await Promise.all(tuples.map((t) => table.where(index).equals(t).toArray()))).flat();
  const [headers, ...lists] = await Promise.all([
    rowsOf(db.RetailTransactionTable as unknown as Table<Record<string, unknown>>, ':id'),
    ...LINE_ENTITY_NAMES.map((e) => rowsOf(lineTable(db, e), KEY_INDEX)),
  ]);
  const wanted = new Set(keys.map(keyText));
  const found = new Map<string, StoredRows>();
  for (const header of headers) {
    const key = keyText(header as TransactionKey);
    if (wanted.has(key)) found.set(key, { header, lines: Object.fromEntries(LINE_ENTITY_NAMES.map((e) => [e, []])) as unknown as Record<LineEntityName, unknown[]> });
  }
  for (const [i, entity] of LINE_ENTITY_NAMES.entries()) {
    for (const row of lists[i]!) found.get(keyText(row as TransactionKey))?.lines[entity].push(row);
  }
  return found;
}

/** All rows of one transaction as stored, or null if it has no header. */
export async function loadStoredRows(db: HqDatabase, key: TransactionKey): Promise<StoredRows | null> {
  return (await loadStoredRowsOf(db, [key])).get(keyText(key)) ?? null;
}

/** What Synchronize orders makes of a transaction, from its channel and type. */
export function orderKindOf(type: RetailTransactionHeader['type'], channelKind: ChannelKind): OrderKind {
  if (channelKind === 'online') return 'eCommerce';
  if (type === 'CustomerOrder') return 'customerOrder';
  return type === 'Sales' ? 'cashAndCarry' : 'other';
}

/** The header's date and time as one sortable text; empty when the date is missing, so such a transaction still lists. */
export function sortKeyOf(header: Pick<RetailTransactionHeader, 'transDate' | 'transTime'>): string {
  if (!header.transDate) return '';
  const seconds = header.transTime ?? 0;
  const hms = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');
  return `${header.transDate}T${hms}`;
}

export function newOrderStatus(header: RetailTransactionHeader, channelKind: ChannelKind, uploadedAt: string): RetailTransactionOrderStatus {
  return {
    ...keyOf(header), Status: 'None', ErrorDetail: null, RetryCount: 0, SalesId: null, ManuallyModified: false, LastEditUser: null,
    PutOnHold: false, modifieddatetime: null, statusBeforeEditing: null,
    channelKind, orderKind: orderKindOf(header.type, channelKind), sortKey: sortKeyOf(header), uploadedAt,
  };
}

/**
 * Writes uploaded transactions into HQ's tables, each with a fresh order status: one bulkAdd per
 * table for all of them (call inside a transaction over transactionTables).
 */
export async function storeTransactions(db: HqDatabase, entries: readonly { bundle: TransactionBundle; status: RetailTransactionOrderStatus }[]): Promise<void> {
  if (entries.length === 0) return;
  await Promise.all([
    db.RetailTransactionTable.bulkAdd(entries.map((e) => e.bundle.RetailTransactionTable)),
    ...LINE_ENTITY_NAMES.map((entity) => {
      const rows = entries.flatMap((e) => e.bundle[entity] as unknown as Record<string, unknown>[]);
      return rows.length ? lineTable(db, entity).bulkAdd(rows) : undefined;
    }),
    db.RetailTransactionOrderStatus.bulkAdd(entries.map((e) => e.status)),
  ]);
}
