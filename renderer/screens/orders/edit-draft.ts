import {
  TRANSACTION_ENTITIES, fieldsOf, type EntityName, type FieldSpec,
} from '../../../shared/orders/transaction-entities';
import { changeId, displayValue, type TransactionChange } from '../../../shared/orders/transaction-edits';
import { parseTypedValue, valueProblem } from '../../../shared/orders/field-rules';
import type { StoredRow } from './stored-transaction';

/** One typed value waiting to be saved, with what is stored now so old and new can be shown together. */
export interface DraftChange extends TransactionChange {
  /** The line's number as the line table says it (null for the header). */
  line: number | null;
  oldValue: string;
}

/** Every tab's pending values, by changeId: one draft, saved with one command. */
export type Draft = Readonly<Record<string, DraftChange>>;

/** The four fields every row repeats: the transaction's own key, shown once above the tabs rather than in every line. */
export const TRANSACTION_KEY_FIELDS: readonly string[] = ['dataAreaId', 'store', 'terminal', 'transactionId'];

/** Identity and what the jobs write are shown but never edited (the engine refuses them too). */
export const isEditableField = (spec: FieldSpec): boolean => !spec.key && !spec.readOnly;

export const specOf = (entity: EntityName, field: string): FieldSpec | undefined => fieldsOf(entity)[field];

/**
 * What is wrong with a typed value, worded exactly as the engine words its refusal
 * ("Quantity is not a number ('abc')."); null when Save would accept it.
 */
export function typedValueProblem(spec: FieldSpec, text: string): string | null {
  const problem = valueProblem(spec, parseTypedValue(spec, text), true);
  return problem ? `${spec.label} ${problem}.` : null;
}

/** A stored value as the grids show and edit it: text, booleans as Yes/No, empty as ''. */
export const storedText = (row: StoredRow, field: string): string => displayValue(row[field]);

/** The line number a line table's row carries (its lineField), for the changes table and the audit trail. */
export function lineNumberOf(entity: EntityName, row: StoredRow): number | null {
  const lineField = TRANSACTION_ENTITIES[entity].lineField;
  const value = lineField ? row[lineField] : null;
  return typeof value === 'number' ? value : null;
}

/** The draft with one more typed value; typing the stored value back removes the change. */
export function withChange(draft: Draft, change: DraftChange): Draft {
  const id = changeId(change);
  const { [id]: _replaced, ...rest } = draft;
  return change.value.trim() === change.oldValue ? rest : { ...rest, [id]: change };
}

/** The value a cell shows: the pending one if someone typed it, else the stored one. */
export function shownText(draft: Draft, entity: EntityName, lineId: number | null, field: string, row: StoredRow): string {
  return draft[changeId({ entity, lineId, field })]?.value ?? storedText(row, field);
}

/** The options of a field with fixed values (enums, Yes/No), or null for free text; '' is the empty value. */
export function choicesOf(spec: FieldSpec): readonly string[] | null {
  if (spec.kind === 'boolean') return ['', 'Yes', 'No'];
  if (spec.kind === 'enum' && spec.values) return ['', ...spec.values];
  return null;
}

export const isNumeric = (spec: FieldSpec): boolean => spec.kind === 'number' || spec.kind === 'integer';
