import { cmp, type Table } from 'dexie';
import type { HqDatabase } from '../db/hq-database';
import type { ChannelKind } from '../configuration/organization';
import type { OrderKind, RetailTransactionOrderStatus } from './order-status';
import { LINE_ENTITY_NAMES, keyOf, keyText, keyTuple, type LineEntityName, type RetailTransactionHeader, type TransactionBundle, type TransactionKey, type TransactionKeyTuple } from './transaction-entities';
import { KEY_INDEX } from '../db/retail-transaction-tables';

/** The HQ table of each line entity. */
export function lineTable(db: HqDatabase, entity: LineEntityName): Table<Record<string, unknown> & { id?: number }, number> {
  return db[entity] as unknown as Table<Record<string, unknown> & { id?: number }, number>;
}

/** The eleven RetailTransaction* tables and the order status: what a transaction's rows are spread over. */
export const transactionTables = (db: HqDatabase) => [db.RetailTransactionTable, ...LINE_ENTITY_NAMES.map((e) => db[e]), db.RetailTransactionOrderStatus];

/** The line rows of one transaction, table by table, in the order they were written. */
export type StoredLines = Record<LineEntityName, unknown[]>;

/** All rows of one transaction as stored (unchecked: read them through the entity schemas before trusting them). */
export interface StoredRows {
  header: unknown;
  lines: StoredLines;
}

/** Beyond this many sales lines per wanted transaction, a register's key range holds mostly other transactions: read key by key. */
const SPARSE_LINES_PER_TRANSACTION = 50;
/** Beyond this many headers or statuses per wanted transaction, likewise. */
const SPARSE_ROWS_PER_TRANSACTION = 2;

const terminalOf = (t: TransactionKeyTuple) => JSON.stringify(t.slice(0, 3));
const emptyLines = (): StoredLines => Object.fromEntries(LINE_ENTITY_NAMES.map((e) => [e, []])) as unknown as StoredLines;

/** The keys of each register (company, store, terminal), in key order, each once: a job's chunk lies close together in each. */
function byRegister(keys: readonly TransactionKey[]): TransactionKeyTuple[][] {
  const registers = new Map<string, TransactionKeyTuple[]>();
  const once = [...new Map(keys.map((key) => [keyText(key), keyTuple(key)])).values()];
  for (const tuple of once.sort(cmp)) {
    const list = registers.get(terminalOf(tuple));
    if (list) list.push(tuple);
    else registers.set(terminalOf(tuple), [tuple]);
  }
  return [...registers.values()];
}

/**
 * The rows of a table (keyed or indexed by KEY_INDEX) from the first of a register's keys wanted
 * to the last, with one getAll, the rows of other transactions among them included; or null if
 * there are more than perKey for each key wanted (only that many are read): the range then holds
 * mostly other transactions, and the caller reads key by key. IndexedDB pays for each request
 * about as much as for each row it answers with, so one range beats a get per key.
 */
async function registerRows<T, K, I>(table: Table<T, K, I>, tuples: readonly TransactionKeyTuple[], perKey: number): Promise<T[] | null> {
  if (tuples.length === 1) return null;
  const limit = perKey * tuples.length;
  const rows = await table.where(KEY_INDEX).between(tuples[0]!, tuples[tuples.length - 1]!, true, true).limit(limit + 1).toArray();
  return rows.length > limit ? null : rows;
}

/**
 * The line rows of many transactions, by keyText, each table read with one getAll per register
 * where the keys lie close together (a job's chunk: a register's new orders follow one another),
 * one getAll per key where they are scattered. The sales lines tell which: a scattered register
 * costs one getAll of at most 50 sales lines a key more, not ten. No cursor is walked: that is a
 * round trip per row.
 */
export async function loadLinesOf(db: HqDatabase, keys: readonly TransactionKey[]): Promise<Map<string, StoredLines>> {
  const found = new Map<string, StoredLines>(keys.map((key) => [keyText(key), emptyLines()]));
  const keep = (entity: LineEntityName, rows: readonly Record<string, unknown>[]) => {
    for (const row of rows) found.get(keyText(row as unknown as TransactionKey))?.[entity].push(row);
  };
  await Promise.all(byRegister(keys).map(async (tuples) => {
    const sales = await registerRows(lineTable(db, 'RetailTransactionSalesTrans'), tuples, SPARSE_LINES_PER_TRANSACTION);
    await Promise.all(LINE_ENTITY_NAMES.map(async (entity) => {
      if (entity === 'RetailTransactionSalesTrans' && sales) return keep(entity, sales);
      const table = lineTable(db, entity);
      keep(entity, sales
        ? await table.where(KEY_INDEX).between(tuples[0]!, tuples[tuples.length - 1]!, true, true).toArray()
        // The index orders rows of one key by primary key: the order they were written in.
        : (await Promise.all(tuples.map((t) => table.where(KEY_INDEX).equals(t).toArray()))).flat());
    }));
  }));
  return found;
}

/** The rows of a table keyed by transaction (headers, order statuses), in the order of the keys, undefined for a key it does not have. */
export async function getByKeys<T extends TransactionKey>(table: Table<T, TransactionKeyTuple>, keys: readonly TransactionKey[]): Promise<(T | undefined)[]> {
  const byKey = new Map<string, T>();
  await Promise.all(byRegister(keys).map(async (tuples) => {
    const rows = (await registerRows(table, tuples, SPARSE_ROWS_PER_TRANSACTION))
      ?? (await table.bulkGet(tuples)).filter((row) => row !== undefined);
    for (const row of rows) byKey.set(keyText(row), row);
  }));
  return keys.map((key) => byKey.get(keyText(key)));
}

/** All rows of one transaction as stored, or null if it has no header. */
export async function loadStoredRows(db: HqDatabase, key: TransactionKey): Promise<StoredRows | null> {
  const [header, lines] = await Promise.all([db.RetailTransactionTable.get(keyTuple(key)), loadLinesOf(db, [key])]);
  return header ? { header, lines: lines.get(keyText(key))! } : null;
}

/**
 * What Synchronize orders makes of a transaction, from its channel and type: a register's customer
 * order, whether recorded as CustomerOrder or, as the POS records an asynchronous one, as
 * AsyncCustomerOrder (33), becomes a sales order. Any other type (an imported member HQ's enum does
 * not have included) is no order.
 */
export function orderKindOf(type: RetailTransactionHeader['type'] | string | null, channelKind: ChannelKind): OrderKind {
  if (channelKind === 'online') return 'eCommerce';
  if (type === 'CustomerOrder' || type === 'AsyncCustomerOrder') return 'customerOrder';
  return type === 'Sales' ? 'cashAndCarry' : 'other';
}

/** The header's date and time as one sortable text; empty when the date is missing, so such a transaction still lists. */
export function sortKeyOf(header: Pick<RetailTransactionHeader, 'transDate' | 'transTime'>): string {
  if (!header.transDate) return '';
  const seconds = header.transTime ?? 0;
  const hms = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60].map((n) => String(n).padStart(2, '0')).join(':');
  return `${header.transDate}T${hms}`;
}

/** What the lists find a transaction's order status by, from its header: its date and time, its customer accounts. */
export function listFieldsOf(header: Pick<RetailTransactionHeader, 'transDate' | 'transTime' | 'custAccount' | 'CustAccountAsync'>): Pick<RetailTransactionOrderStatus, 'sortKey' | 'customerKeys'> {
  const accounts = [header.custAccount, header.CustAccountAsync].flatMap((account) => (account ? [account.toUpperCase()] : []));
  return { sortKey: sortKeyOf(header), customerKeys: [...new Set(accounts)] };
}

export function newOrderStatus(header: RetailTransactionHeader, channelKind: ChannelKind, uploadedAt: string): RetailTransactionOrderStatus {
  return {
    ...keyOf(header), Status: 'None', ErrorDetail: null, ErrorCauses: [], RetryCount: 0, SalesId: null, ManuallyModified: false, LastEditUser: null,
    PutOnHold: false, modifieddatetime: null, statusBeforeEditing: null,
    channelKind, orderKind: orderKindOf(header.type, channelKind), ...listFieldsOf(header), uploadedAt,
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
