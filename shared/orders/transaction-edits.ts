import type { HqDatabase } from '../db/hq-database';
import { SYNCHRONIZED_KINDS } from './order-status';
import { TRANSACTION_ENTITIES, fieldsOf, keyOf, keyText, keyTuple, type EntityName, type FieldValue, type LineEntityName, type TransactionKey } from './transaction-entities';
import { normalizeValue, parseTypedValue, valueProblem } from './field-rules';
import { lineTable, listFieldsOf, transactionTables } from './retail-transaction-store';
import { UserFacingError } from '../platform/user-facing-error';
import { throwIfInvalid, type FieldErrors } from '../platform/validation-error';
import { KEY_INDEX } from '../db/retail-transaction-tables';

/** The audit trail's field for a line added or removed as a whole. */
export const WHOLE_LINE = 'line';

/** One value a person typed into an Edit and audit grid: which table, which row (null: the header), which field. */
export interface TransactionChange {
  entity: EntityName;
  lineId: number | null;
  field: string;
  value: string;
}

/** How a change is named in field errors, so the grid can show each refusal at its cell. */
export const changeId = (c: Pick<TransactionChange, 'entity' | 'lineId' | 'field'>): string => `${c.entity}:${c.lineId ?? 'header'}:${c.field}`;

/** A stored value as the grids and the audit trail show it. */
export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/**
 * Pending order status = Editing: the jobs and Synchronize order leave the transaction alone while
 * a person corrects it. Ending the edit returns it to the status it had, ready to synchronize.
 * Who set Editing and when is kept with it, so a transaction left in Editing can be followed up.
 */
export async function setOrderEditing(db: HqDatabase, key: TransactionKey, editing: boolean, by?: { user: string; at: Date }): Promise<void> {
  await db.transaction('rw', db.RetailTransactionOrderStatus, async () => {
    const status = await db.RetailTransactionOrderStatus.get(keyTuple(key));
    if (!status) throw new UserFacingError(`Transaction ${keyText(key)} does not exist in headquarters.`);
    if (editing === (status.Status === 'Editing')) return;
    if (!editing) {
      await db.RetailTransactionOrderStatus.update(keyTuple(key), { Status: status.statusBeforeEditing ?? 'None', statusBeforeEditing: null, editingBy: null, editingSince: null });
      return;
    }
    if (status.Status === 'Succeeded') throw new UserFacingError(`Transaction ${keyText(key)} already became sales order ${status.SalesId}; it can no longer be edited.`);
    if (!SYNCHRONIZED_KINDS.includes(status.orderKind)) {
      throw new UserFacingError('Only online orders and customer orders become sales orders; a cash-and-carry sale is posted through its statement and is not edited here.');
    }
    await db.RetailTransactionOrderStatus.update(keyTuple(key), {
      Status: 'Editing', statusBeforeEditing: status.Status, editingBy: by?.user ?? null, editingSince: by?.at.toISOString() ?? null,
    });
  });
}

async function editingStatus(db: HqDatabase, key: TransactionKey) {
  const status = await db.RetailTransactionOrderStatus.get(keyTuple(key));
  if (!status) throw new UserFacingError(`Transaction ${keyText(key)} does not exist in headquarters.`);
  if (status.Status !== 'Editing') throw new UserFacingError('Set Pending order status to Editing (Edit) before changing the transaction.');
  return status;
}

const markEdited = (db: HqDatabase, key: TransactionKey, user: string) =>
  db.RetailTransactionOrderStatus.update(keyTuple(key), { ManuallyModified: true, LastEditUser: user });

/** A line's fields as the audit trail keeps a removed line: what it held, in a few words. */
function lineSummary(entity: LineEntityName, row: Record<string, unknown>): string {
  const fields = fieldsOf(entity);
  return Object.entries(row).filter(([field, value]) => fields[field] && !fields[field]!.key && value !== null && value !== undefined)
    .map(([field, value]) => `${fields[field]!.label}: ${displayValue(value)}`).join('; ').slice(0, 500);
}

/**
 * Adds an empty line to one of the transaction's line tables (a transaction that came without
 * lines, an order that ships without its address), numbered after the others: the person then
 * fills in its values and saves them. Audited as a line added. Returns the new line's id.
 */
export async function addTransactionLine(db: HqDatabase, key: TransactionKey, entity: LineEntityName, user: string, now: Date): Promise<number> {
  return db.transaction('rw', [...transactionTables(db), db.transactionEdits], async () => {
    await editingStatus(db, key);
    const header = (await db.RetailTransactionTable.get(keyTuple(key)))!;
    const lines = await lineTable(db, entity).where(KEY_INDEX).equals(keyTuple(key)).toArray();
    const lineField = TRANSACTION_ENTITIES[entity].lineField!;
    const numbers = lines.map((l) => l[lineField]).filter((n): n is number => typeof n === 'number');
    // An address or an attribute first belongs to the whole order (0); other lines count on from the last.
    const wholeOrder = entity === 'RetailTransactionAddressTrans' || entity === 'RetailTransactionAttributeTrans';
    const number = wholeOrder && !numbers.includes(0) ? 0 : Math.max(0, ...numbers) + 1;
    const row: Record<string, unknown> = Object.fromEntries(Object.keys(fieldsOf(entity)).map((field) => [field, null]));
    Object.assign(row, keyOf(key), { Channel: header.Channel, Origin: header.Origin, replicationCounterFromOrigin: header.replicationCounterFromOrigin, [lineField]: number });
    const id = Number(await lineTable(db, entity).add(row));
    await db.transactionEdits.add({
      ...keyOf(key), entity, lineId: id, line: number, field: WHOLE_LINE, oldValue: '', newValue: 'Line added', modifiedBy: user, modifiedAt: now.toISOString(),
    });
    await markEdited(db, key, user);
    return id;
  });
}

/** Removes one line (a duplicate, a tax line for a line that is not there); the audit trail keeps what it held. */
export async function removeTransactionLine(db: HqDatabase, key: TransactionKey, entity: LineEntityName, lineId: number, user: string, now: Date): Promise<void> {
  await db.transaction('rw', [...transactionTables(db), db.transactionEdits], async () => {
    await editingStatus(db, key);
    const row = await lineTable(db, entity).get(lineId);
    if (!row || keyText(keyOf(row as unknown as TransactionKey)) !== keyText(key)) throw new UserFacingError(`That line is not part of transaction ${keyText(key)}.`);
    const lineField = TRANSACTION_ENTITIES[entity].lineField!;
    await lineTable(db, entity).delete(lineId);
    await db.transactionEdits.add({
      ...keyOf(key), entity, lineId, line: typeof row[lineField] === 'number' ? (row[lineField] as number) : null, field: WHOLE_LINE,
      oldValue: lineSummary(entity, row), newValue: 'Line removed', modifiedBy: user, modifiedAt: now.toISOString(),
    });
    await markEdited(db, key, user);
  });
}

/**
 * Save in Edit and audit transactions. Every typed value is checked against its field; if any is
 * refused, nothing is saved. Each value that really changed writes one audit row (field, old value,
 * new value, who, when); unchanged values write none. The transaction is marked Manually modified.
 * Returns how many fields changed.
 */
export async function saveTransactionEdits(db: HqDatabase, key: TransactionKey, changes: readonly TransactionChange[], user: string, now: Date): Promise<number> {
  return db.transaction('rw', [...transactionTables(db), db.transactionEdits], async () => {
    await editingStatus(db, key);

    const rows = new Map<string, Record<string, unknown>>();
    const rowOf = async (entity: EntityName, lineId: number | null): Promise<Record<string, unknown> | undefined> => {
      const id = `${entity}:${lineId}`;
      if (!rows.has(id)) {
        const row = entity === 'RetailTransactionTable' ? await db.RetailTransactionTable.get(keyTuple(key))
          : lineId === null ? undefined : await lineTable(db, entity).get(lineId);
        if (row && keyText(keyOf(row as unknown as TransactionKey)) === keyText(key)) rows.set(id, { ...row });
      }
      return rows.get(id);
    };

    const errors: FieldErrors = {};
    const accepted: { change: TransactionChange; old: unknown; value: FieldValue }[] = [];
    // A field typed twice in one Save counts once, with its last value: one change, one audit row.
    for (const change of new Map(changes.map((c) => [changeId(c), c])).values()) {
      const spec = fieldsOf(change.entity)[change.field];
      const row = await rowOf(change.entity, change.lineId);
      if (!spec) errors[changeId(change)] = `${TRANSACTION_ENTITIES[change.entity].label} has no field ${change.field}.`;
      else if (spec.key || spec.readOnly) errors[changeId(change)] = `${spec.label} cannot be changed.`;
      else if (!row) errors[changeId(change)] = `That line is not part of transaction ${keyText(key)}.`;
      else {
        const typed = parseTypedValue(spec, change.value);
        const problem = valueProblem(spec, typed, true);
        if (problem) errors[changeId(change)] = `${spec.label} ${problem}.`;
        else if (normalizeValue(spec, typed) !== (row[change.field] ?? null)) accepted.push({ change, old: row[change.field], value: normalizeValue(spec, typed) });
      }
    }
    throwIfInvalid(errors);

    const modifiedAt = now.toISOString();
    for (const { change, old, value } of accepted) {
      const row = (await rowOf(change.entity, change.lineId))!;
      row[change.field] = value;
      const lineField = TRANSACTION_ENTITIES[change.entity].lineField;
      await db.transactionEdits.add({
        ...keyOf(key), entity: change.entity, lineId: change.lineId, line: lineField ? (row[lineField] as number | null) : null,
        field: change.field, oldValue: displayValue(old), newValue: displayValue(value), modifiedBy: user, modifiedAt,
      });
    }
    for (const [id, row] of rows) {
      const [entity] = id.split(':') as [EntityName];
      if (entity === 'RetailTransactionTable') await db.RetailTransactionTable.put(row as never);
      else await lineTable(db, entity).put(row);
    }
    if (accepted.length) {
      const header = (await db.RetailTransactionTable.get(keyTuple(key)))!;
      await markEdited(db, key, user);
      await db.RetailTransactionOrderStatus.update(keyTuple(key), listFieldsOf(header));
    }
    return accepted.length;
  });
}
