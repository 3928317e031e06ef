import type { HqDatabase } from '../db/hq-database';
import type { TransactionEdit, RetailTransactionOrderStatus } from '../orders/order-status';
import { displayValue, WHOLE_LINE } from '../orders/transaction-edits';
import { getByKeys, lineTable, listFieldsOf, loadLinesOf, transactionTables } from '../orders/retail-transaction-store';
import {
  LINE_ENTITY_NAMES, TRANSACTION_ENTITIES, fieldsOf, keyOf, keyText, keyTuple, type EntityName, type FieldValue, type LineEntityName,
  type RetailTransactionHeader, type TransactionKey,
} from '../orders/transaction-entities';
import { KEY_INDEX } from '../db/retail-transaction-tables';
import { ORDER_STATUS_TABLE, type ConflictField, type RefreshConflict, type RefreshedTable } from './refresh-conflict';
import type { RefreshCounts } from './refresh-counts';

type Row = Record<string, unknown> & { id?: number };

/** One transaction as HQ has it now, read whole by the refresh into its staging database. */
export interface HqTransaction {
  header: RetailTransactionHeader;
  lines: Record<LineEntityName, Row[]>;
  status: RetailTransactionOrderStatus | undefined;
}

/** The fields HQ sends of an order status; the rest is this app's bookkeeping (Editing here, what the lists page by). */
const HQ_STATUS_FIELDS = ['Status', 'ErrorDetail', 'ErrorCauses', 'RetryCount', 'SalesId', 'LastEditUser', 'ManuallyModified', 'PutOnHold', 'modifieddatetime', 'otherFields'] as const;
/** Of those, what says HQ changed the status (who edited it and when follow from these). */
const STATUS_CHANGE_FIELDS = ['Status', 'ErrorDetail', 'RetryCount', 'SalesId'] as const;

const same = (a: unknown, b: unknown) => displayValue(a) === displayValue(b);
const lineOf = (entity: LineEntityName, row: Row, index: number): number => {
  const field = TRANSACTION_ENTITIES[entity].lineField;
  return field === null ? index + 1 : Number(row[field]);
};

/**
 * The first value each field had before it was edited here, by table, line and field: what the
 * pull brought. The audit trail keeps every edit in order, so the first one's old value is it.
 */
function pulledValues(edits: readonly TransactionEdit[]): Map<string, string> {
  const first = new Map<string, string>();
  for (const edit of [...edits].sort((a, b) => (a.id ?? 0) - (b.id ?? 0))) {
    const at = `${edit.entity}\u0000${edit.line ?? ''}\u0000${edit.field}`;
    if (!first.has(at)) first.set(at, edit.oldValue);
  }
  return first;
}

/**
 * What to do with one row HQ sent, against the row here: take HQ's (never edited here), keep this
 * one (HQ changed nothing of it), or flag it (edited here, and HQ changed it since the pull: every
 * field HQ's differs in, each with the value pulled where it was edited).
 */
function compareRow(
  entity: EntityName, line: number | null, here: Row, hq: Row, pulled: Map<string, string>,
): { kind: 'same' } | { kind: 'take' } | { kind: 'conflict'; fields: ConflictField[] } {
  const fields = Object.keys(fieldsOf(entity));
  const editedHere = (field: string) => pulled.get(`${entity}\u0000${line ?? ''}\u0000${field}`);
  const differs = fields.filter((field) => !same(here[field], hq[field]));
  if (differs.length === 0) return { kind: 'same' };
  if (!fields.some((field) => editedHere(field) !== undefined)) return { kind: 'take' };
  // Edited here: HQ changed the row since the pull if a field differs from what was pulled.
  const changedInHq = fields.some((field) => {
    const before = editedHere(field);
    return before === undefined ? !same(here[field], hq[field]) : displayValue(hq[field]) !== before;
  });
  if (!changedInHq) return { kind: 'same' };
  return {
    kind: 'conflict',
    fields: differs.map((field) => ({ field, here: here[field] as FieldValue, hq: hq[field] as FieldValue, pulled: editedHere(field) ?? displayValue(here[field]) })),
  };
}

/** The rows a transaction's merge writes, found before anything is written. */
interface Plan {
  put: { table: EntityName | typeof ORDER_STATUS_TABLE; row: Row }[];
  conflicts: RefreshConflict[];
  outcome: Exclude<keyof RefreshCounts, 'refusedRows'>;
}

/**
 * Merges what HQ has now into a pulled workspace, a few transactions at a time, each transaction in
 * one database transaction: new ones are added (unless the pull asked for unsynchronized orders
 * only and this one is already synchronized), rows never edited here take HQ's values, and a row
 * edited here that HQ changed since is kept as it is here with HQ's version beside it
 * (refreshConflicts). Notes and the audit trail are never touched; lines added or removed here
 * stay so. Check data's finding of a transaction HQ changed is dropped: it was about other rows.
 */
export async function mergeRefreshed(
  db: HqDatabase, transactions: readonly HqTransaction[], options: { unsynchronizedOnly: boolean; now: Date },
): Promise<RefreshCounts> {
  const counts: RefreshCounts = { updated: 0, added: 0, conflicts: 0, unchanged: 0, refusedRows: 0 };
  const tables = [...transactionTables(db), db.transactionEdits, db.refreshConflicts, db.dataCheckFindings];
  await db.transaction('rw', tables, async () => {
    for (const hq of transactions) {
      const key = keyOf(hq.header);
      const plan = await planMerge(db, key, hq, options);
      if (!plan) continue;
      counts[plan.outcome] += 1;
      for (const { table, row } of plan.put) await db.table(table).put(row);
      // A conflict is HQ's version now: one found before for the same transaction gives way to it.
      await db.refreshConflicts.where(KEY_INDEX).equals(keyTuple(key)).delete();
      if (plan.conflicts.length) await db.refreshConflicts.bulkAdd(plan.conflicts);
      if (plan.outcome !== 'unchanged') await db.dataCheckFindings.delete(keyTuple(key));
    }
  });
  return counts;
}

async function planMerge(db: HqDatabase, key: TransactionKey, hq: HqTransaction, options: { unsynchronizedOnly: boolean; now: Date }): Promise<Plan | null> {
  const here = await db.RetailTransactionTable.get(keyTuple(key));
  if (!here) {
    // New in HQ: in a pull of unsynchronized orders, only if it is one.
    if (options.unsynchronizedOnly && hq.status?.Status === 'Succeeded') return null;
    const put: Plan['put'] = [{ table: 'RetailTransactionTable', row: hq.header as unknown as Row }];
    for (const entity of LINE_ENTITY_NAMES) for (const { id: _id, ...row } of hq.lines[entity]) put.push({ table: entity, row });
    if (hq.status) put.push({ table: ORDER_STATUS_TABLE, row: hq.status as unknown as Row });
    return { put, conflicts: [], outcome: 'added' };
  }
  const edits = await db.transactionEdits.where(KEY_INDEX).equals(keyTuple(key)).toArray();
  const pulled = pulledValues(edits);
  const foundAt = options.now.toISOString();
  const plan: Plan = { put: [], conflicts: [], outcome: 'unchanged' };
  const weigh = (table: EntityName, line: number | null, hereRow: Row, hqRow: Row) => {
    const found = compareRow(table, line, hereRow, hqRow, pulled);
    if (found.kind === 'take') plan.put.push({ table, row: { ...hqRow, ...(hereRow.id === undefined ? {} : { id: hereRow.id }) } });
    if (found.kind === 'conflict') plan.conflicts.push({ ...key, table, line, fields: found.fields, hqRow, foundAt });
  };
  weigh('RetailTransactionTable', null, here as unknown as Row, hq.header as unknown as Row);
  for (const entity of LINE_ENTITY_NAMES) {
    const rowsHere = await lineTable(db, entity).where(KEY_INDEX).equals(keyTuple(key)).toArray();
    const byLine = new Map(rowsHere.map((row, i) => [lineOf(entity, row, i), row]));
    // The audit trail keeps a removed line's fields as its old value; an added line's is empty.
    const removedHere = new Set(edits.filter((e) => e.entity === entity && e.field === WHOLE_LINE && e.oldValue !== '').map((e) => e.line));
    hq.lines[entity].forEach((hqRow, i) => {
      const line = lineOf(entity, hqRow, i);
      const hereRow = byLine.get(line);
      const { id: _id, ...row } = hqRow;
      if (hereRow) weigh(entity, line, hereRow, row);
      // A line HQ has that is not here: new in HQ, unless a person removed it here.
      else if (!removedHere.has(line)) plan.put.push({ table: entity, row });
    });
  }
  const statusHere = await db.RetailTransactionOrderStatus.get(keyTuple(key));
  if (hq.status && statusHere) weighStatus(plan, key, statusHere, hq, edits.length > 0, foundAt);
  const headerTaken = plan.put.some((p) => p.table === 'RetailTransactionTable');
  if (headerTaken && statusHere && !plan.put.some((p) => p.table === ORDER_STATUS_TABLE)) {
    // The lists page by the header's date and customer: the status row carries them.
    plan.put.push({ table: ORDER_STATUS_TABLE, row: { ...statusHere, ...listFieldsOf(hq.header) } as unknown as Row });
  }
  if (plan.conflicts.length) plan.outcome = 'conflicts';
  else if (plan.put.length) plan.outcome = 'updated';
  return plan;
}

/**
 * The order status: HQ's fields are taken unless a person set Editing here, which is this
 * workspace's own change of it: then HQ's changing it since (what the status was before Editing) is a conflict.
 * Who edited the transaction here stays said (ManuallyModified, LastEditUser) while its edits are here.
 */
function weighStatus(plan: Plan, key: TransactionKey, here: RetailTransactionOrderStatus, hq: HqTransaction, editedHere: boolean, foundAt: string): void {
  const status = hq.status!;
  const pulledStatus = here.Status === 'Editing' ? here.statusBeforeEditing ?? 'None' : here.Status;
  const changed = STATUS_CHANGE_FIELDS.some((field) => (field === 'Status' ? pulledStatus !== status.Status : !same(here[field], status[field])));
  if (!changed) return;
  if (here.Status === 'Editing') {
    const fields = STATUS_CHANGE_FIELDS.filter((field) => !same(here[field], status[field]))
      .map((field) => ({ field, here: here[field] as FieldValue, hq: status[field] as FieldValue, pulled: field === 'Status' ? pulledStatus : displayValue(here[field]) }));
    plan.conflicts.push({ ...key, table: ORDER_STATUS_TABLE satisfies RefreshedTable, line: null, fields, hqRow: { ...status }, foundAt });
    return;
  }
  const taken: Record<string, unknown> = { ...here, ...listFieldsOf(hq.header) };
  for (const field of HQ_STATUS_FIELDS) if (status[field] !== undefined) taken[field] = status[field];
  if (editedHere) Object.assign(taken, { ManuallyModified: true, LastEditUser: here.LastEditUser });
  plan.put.push({ table: ORDER_STATUS_TABLE, row: taken as Row });
}

/** The transactions of a staging database, a few at a time, as the refresh merges them. */
export async function* stagedTransactions(staging: HqDatabase, batch: number): AsyncGenerator<HqTransaction[]> {
  let after: unknown = null;
  for (;;) {
    const collection = after === null ? staging.RetailTransactionTable.orderBy(':id') : staging.RetailTransactionTable.where(':id').above(after);
    const headers = await collection.limit(batch).toArray();
    if (headers.length === 0) return;
    after = keyTuple(headers.at(-1)!);
    const [statuses, lines] = await Promise.all([getByKeys(staging.RetailTransactionOrderStatus, headers), loadLinesOf(staging, headers)]);
    yield headers.map((header, i) => ({ header, status: statuses[i], lines: lines.get(keyText(header)) as unknown as Record<LineEntityName, Row[]> }));
  }
}

