import type { Table } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import type { ChannelKind } from '../domain/organization';
import type { OrderKind, RetailTransactionOrderStatus } from '../domain/order-status';
import {
  LINE_ENTITY_NAMES, keyOf, keyTuple, KEY_INDEX,
  type LineEntityName, type RetailTransactionHeader, type TransactionBundle, type TransactionKey,
} from '../domain/transaction-entities';

/** The HQ table of each line entity. */
export function lineTable(db: HqDatabase, entity: LineEntityName): Table<Record<string, unknown> & { id?: number }, number> {
  return db[entity] as unknown as Table<Record<string, unknown> & { id?: number }, number>;
}

/** The eleven RetailTransaction* tables and the order status: what a transaction's rows are spread over. */
export const transactionTables = (db: HqDatabase) => [db.RetailTransactionTable, ...LINE_ENTITY_NAMES.map((e) => db[e]), db.RetailTransactionOrderStatus];

/** All rows of one transaction as stored (unchecked: read them through the entity schemas before trusting them). */
export async function loadStoredRows(db: HqDatabase, key: TransactionKey): Promise<{ header: unknown; lines: Record<LineEntityName, unknown[]> } | null> {
  const header = await db.RetailTransactionTable.get(keyTuple(key));
  if (!header) return null;
  const lists = await Promise.all(LINE_ENTITY_NAMES.map((e) => lineTable(db, e).where(KEY_INDEX).equals(keyTuple(key)).sortBy('id')));
  return { header, lines: Object.fromEntries(LINE_ENTITY_NAMES.map((e, i) => [e, lists[i]!])) as Record<LineEntityName, unknown[]> };
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

/** Writes an uploaded transaction into HQ's tables with a fresh order status (call inside a transaction over transactionTables). */
export async function storeTransaction(db: HqDatabase, bundle: TransactionBundle, status: RetailTransactionOrderStatus): Promise<void> {
  await db.RetailTransactionTable.add(bundle.RetailTransactionTable);
  for (const entity of LINE_ENTITY_NAMES) {
    if (bundle[entity].length) await lineTable(db, entity).bulkAdd(bundle[entity] as unknown as Record<string, unknown>[]);
  }
  await db.RetailTransactionOrderStatus.add(status);
}
