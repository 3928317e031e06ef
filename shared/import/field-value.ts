import type { FieldSpec } from '../orders/transaction-entities';
import { enumMember, isRealEnum } from './enum-value';
import { DECIMAL_COMMA, readExportDate, type DateLocale } from './export-dates';
import type { PropertyType } from './public-entities/public-entity';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const DECIMAL_COMMA_NUMBER = /^[+-]?\d+,\d+$/;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const EXACT_QUOTE = 200;

/** A value quoted exactly as it stood in the file: text between quotes, anything else as JSON writes it. */
export function asWritten(raw: unknown): string {
  const text = typeof raw === 'string' ? `'${raw}'` : JSON.stringify(raw) ?? String(raw);
  return text.length > EXACT_QUOTE ? `${text.slice(0, EXACT_QUOTE)}… (${text.length} characters)` : text;
}

export const isBlank = (raw: unknown): boolean => raw === undefined || raw === null || (typeof raw === 'string' && raw.trim() === '');

/** What one value of an export becomes in its field: the value, or why it cannot be of the field's kind; and, for an enum value HQ's enum does not have, a warning. */
export type FieldRead = { value: unknown; warning?: string } | { problem: string };

function number(raw: unknown, locale: DateLocale): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const text = raw.trim();
  if (NUMBER.test(text)) return Number(text);
  // "49,50" where the export's region writes a decimal comma; never a thousands separator guessed.
  if (DECIMAL_COMMA.has(locale) && DECIMAL_COMMA_NUMBER.test(text)) return Number(text.replace(',', '.'));
  return null;
}

/** Seconds since midnight, as HQ stores a time of day; a package may also write it as a time ("10:00:00"). */
function secondsOfDay(raw: unknown): number | null {
  const time = typeof raw === 'string' ? TIME_OF_DAY.exec(raw.trim()) : null;
  return time ? Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0) : null;
}

function enumRead(type: PropertyType | undefined, spec: FieldSpec, raw: unknown): { member: string | null; enumName: string } {
  if (type && isRealEnum(type)) return { member: enumMember(type, raw), enumName: type };
  // A field this database keeps as an enum, filled by a property of no enum type: its own values.
  const text = typeof raw === 'string' ? raw.trim().toLowerCase() : String(raw);
  return { member: spec.values?.find((v) => v.toLowerCase() === text) ?? null, enumName: 'the field' };
}

const unknownMember = (enumName: string, raw: unknown): FieldRead => ({
  value: typeof raw === 'string' ? raw.trim() : String(raw),
  warning: `${asWritten(raw)} is not a member of ${enumName} that Sync Console knows: imported as written`,
});

/**
 * One exported value in the kind of its field. Numbers from text ("1.000000"); Yes/No, names,
 * integers and qualified enum members by the property's real enum type; dates as the export wrote
 * them (1900-01-01 is empty); text as it is. An enum member HQ's enum does not have is imported as
 * written, with a warning: it is data to audit, never a reason to refuse the row.
 */
export function readFieldValue(field: string, spec: FieldSpec, type: PropertyType | undefined, raw: unknown, locale: DateLocale): FieldRead {
  if (isBlank(raw)) return { value: null };
  const enumType = type !== undefined && isRealEnum(type);
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      // transTime, an Int32 of seconds, may also come as a time of day.
      const n = number(raw, locale) ?? (field === 'transTime' ? secondsOfDay(raw) : null);
      if (n === null) return { problem: `is not a number (${asWritten(raw)})` };
      if (spec.kind === 'integer' && !Number.isInteger(n)) return { problem: `is not a whole number (${asWritten(raw)})` };
      return { value: n };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      if (typeof raw === 'string' && /^(true|false)$/i.test(raw.trim())) return { value: raw.trim().toLowerCase() === 'true' };
      const member = enumMember('NoYes', raw);
      return member !== null ? { value: member === 'Yes' } : unknownMember('NoYes', raw);
    }
    case 'enum': {
      const { member, enumName } = enumRead(type, spec, raw);
      return member !== null ? { value: member } : unknownMember(enumName, raw);
    }
    case 'date': {
      if (typeof raw !== 'string') return { problem: `is not a date (${asWritten(raw)})` };
      const date = readExportDate(raw, locale);
      if (date === null) return { problem: `is not a date in the ${locale} format or ISO 8601 (${asWritten(raw)})` };
      return { value: 'date' in date ? date.date : null };
    }
    case 'text': {
      if (enumType) {
        const member = enumMember(type, raw);
        return member !== null ? { value: member } : unknownMember(type, raw);
      }
      // A date-time kept as text (the order status's modified time), as written; HQ's 1900-01-01 is empty.
      const date = type === 'DateTimeOffset' && typeof raw === 'string' ? readExportDate(raw, locale) : null;
      if (date && 'empty' in date) return { value: null };
      return { value: typeof raw === 'string' ? raw.trim() : typeof raw === 'object' ? JSON.stringify(raw) : String(raw) };
    }
  }
}
