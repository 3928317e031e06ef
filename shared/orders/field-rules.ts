import type { FieldSpec, FieldValue } from './transaction-entities';
import { isEmpty, showValue } from '../platform/value-text';

const MAX_TEXT = 500;
/** Key text is short in HQ (a transaction number is 44 characters); 100 leaves room and keeps every command about it small. */
export const MAX_KEY_TEXT = 100;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** A date field as HQ stores it (YYYY-MM-DD); ISO 8601 date-times, as OData sends them, are cut to their date. */
export function normalizeDate(value: string): string | null {
  const match = DATE.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  return date.getUTCMonth() === Number(m) - 1 && date.getUTCDate() === Number(d) ? `${y}-${m}-${d}` : null;
}

/**
 * What is wrong with one value for its field, in words that follow the field's label
 * ("is missing", "is not a number ('abc')"); null when it is acceptable. With `needed`, a
 * field Synchronize orders requires may not be empty.
 */
export function valueProblem(spec: FieldSpec, value: unknown, needed: boolean): string | null {
  if (isEmpty(value)) return spec.key || (needed && spec.required) ? 'is missing' : null;
  switch (spec.kind) {
    case 'text':
      if (typeof value !== 'string') return `is not text (${showValue(value)})`;
      if (spec.key && value.length > MAX_KEY_TEXT) return `is longer than ${MAX_KEY_TEXT} characters`;
      return value.length > MAX_TEXT ? `is longer than ${MAX_TEXT} characters` : null;
    case 'date':
      return typeof value === 'string' && normalizeDate(value) ? null : `is not a date (${showValue(value)})`;
    case 'boolean':
      return typeof value === 'boolean' ? null : `is not Yes or No (${showValue(value)})`;
    case 'enum':
      return typeof value === 'string' && spec.values?.includes(value) ? null : `is not one of the values HQ knows (${showValue(value)})`;
    case 'number':
    case 'integer': {
      if (typeof value !== 'number' || !Number.isFinite(value)) return `is not a number (${showValue(value)})`;
      if (spec.kind === 'integer' && !Number.isInteger(value)) return `is not a whole number (${value})`;
      if (spec.min !== undefined && value < spec.min) return `must be at least ${spec.min} (${value})`;
      if (spec.max !== undefined && value > spec.max) return `must be at most ${spec.max} (${value})`;
      return null;
    }
  }
}

/** The stored form of an acceptable value: empty becomes null, text is trimmed, dates are cut to the day. */
export function normalizeValue(spec: FieldSpec, value: unknown): FieldValue {
  if (isEmpty(value)) return null;
  if (spec.kind === 'date') return normalizeDate(value as string);
  if (typeof value === 'string') return value.trim();
  return value as FieldValue;
}

/** What a person typed into an edit grid, as the field's kind: numbers accept a decimal comma; empty is null. */
export function parseTypedValue(spec: FieldSpec, text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      const normalized = trimmed.replace(/\s/g, '').replace(',', '.');
      return /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalized) ? Number(normalized) : trimmed;
    }
    case 'boolean':
      return /^(yes|true|1)$/i.test(trimmed) ? true : /^(no|false|0)$/i.test(trimmed) ? false : trimmed;
    default:
      return trimmed;
  }
}

/** The label as it reads inside a sentence: "quantity", but "ZIP/postal code" and "GTE" keep their capitals. */
export function inSentence(label: string): string {
  return /^[A-Z][a-z]/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}
