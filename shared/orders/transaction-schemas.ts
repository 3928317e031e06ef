import { z } from 'zod';
import {
  ENTITY_NAMES, LINE_ENTITY_NAMES, TRANSACTION_ENTITIES, fieldsOf,
  type EntityName, type EntityRow, type FieldSpec, type TransactionBundle,
} from './transaction-entities';
import { normalizeValue, valueProblem } from './field-rules';
import type { RecordProblem } from './record-problem';

/**
 * One field: whatever value comes in (or none: a missing field is judged like an empty one); what is
 * wrong with it becomes an issue in words; what is right is stored normalized.
 */
const fieldSchema = (spec: FieldSpec) =>
  z.unknown().optional().superRefine((value, ctx) => {
    const problem = valueProblem(spec, value, false);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  }).transform((value) => normalizeValue(spec, value));

/**
 * The zod schema of each RetailTransaction* table, built from its field specs: the key must be
 * there, every value must be of its field's kind, and fields the table does not have are dropped.
 * A value may be empty: Synchronize orders decides what it needs (see order-rules.ts).
 */
export const entitySchemas = Object.fromEntries(
  ENTITY_NAMES.map((entity) => [entity, z.object(Object.fromEntries(Object.entries(fieldsOf(entity)).map(([name, spec]) => [name, fieldSchema(spec)])))]),
) as unknown as { [E in EntityName]: z.ZodType<EntityRow<E>> };

export type Parsed<T> = { ok: true; value: T } | { ok: false; problems: RecordProblem[] };

/**
 * Which row this is, in words for a message ("line 2", "sales line 2, discount line 1", "the whole
 * order"): by its line numbers when it has them, else by its position; null for a header.
 */
export function lineOf(entity: EntityName, row: unknown, position: number): string | null {
  const { designation } = TRANSACTION_ENTITIES[entity];
  if (designation.length === 0) return null;
  const values = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {};
  const parts = designation.map((d: { field: string; noun: string; zero?: string }) => {
    const value = values[d.field];
    if (!(typeof value === 'number' && Number.isInteger(value))) return null;
    return value === 0 && d.zero ? d.zero : `${d.noun} ${value}`;
  });
  return parts.every((p) => p === null) ? `row ${position + 1}` : parts.filter((p) => p !== null).join(', ');
}

export function parseEntityRow<E extends EntityName>(entity: E, raw: unknown, position: number): Parsed<EntityRow<E>> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, problems: [{ entity, line: lineOf(entity, raw, position), field: null, reason: 'the row is not a record' }] };
  }
  const result = entitySchemas[entity].safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      entity, line: lineOf(entity, raw, position), field: typeof issue.path[0] === 'string' ? issue.path[0] : null, reason: issue.message,
    })),
  };
}

/**
 * A transaction as a channel recorded it, table by table. Every row must parse and belong to the
 * header's transaction; otherwise the whole transaction is refused, with every problem named.
 */
export function parseTransactionBundle(raw: unknown): Parsed<TransactionBundle> {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const problems: RecordProblem[] = [];
  const header = parseEntityRow('RetailTransactionTable', record.RetailTransactionTable, 0);
  if (!header.ok) problems.push(...header.problems);
  const bundle: Record<string, unknown> = { RetailTransactionTable: header.ok ? header.value : null };
  for (const entity of LINE_ENTITY_NAMES) {
    const rows = record[entity] ?? [];
    if (!Array.isArray(rows)) {
      problems.push({ entity, line: null, field: null, reason: 'the lines are not a list' });
      continue;
    }
    bundle[entity] = rows.flatMap((row, i) => {
      const parsed = parseEntityRow(entity, row, i);
      if (!parsed.ok) return problems.push(...parsed.problems), [];
      if (header.ok) {
        const stranger = (['dataAreaId', 'store', 'terminal', 'transactionId'] as const).find((k) => parsed.value[k] !== header.value[k]);
        if (stranger) problems.push({ entity, line: lineOf(entity, row, i), field: stranger, reason: `belongs to another transaction (${parsed.value[stranger]})` });
      }
      return [parsed.value];
    });
  }
  return problems.length ? { ok: false, problems } : { ok: true, value: bundle as TransactionBundle };
}
