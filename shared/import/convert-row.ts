import { ENTRY_STATUSES, TRANSACTION_TYPES, fieldsOf, type EntityName, type FieldSpec } from '../orders/transaction-entities';
import { PENDING_ORDER_STATUSES } from '../orders/order-status';
import { fieldFor } from './entity-maps';
import type { ImportedEntity } from './import-types';

/** The integers HQ stores RetailTransactionType as (REFERENCE.md), for exports that carry them. */
const TYPE_NUMBERS: Readonly<Record<number, string>> = Object.fromEntries(
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 14, 15, 16, 17, 18, 19, 20, 27].map((n, i) => [n, TRANSACTION_TYPES[i]!]),
);
const ENUM_NUMBERS: Record<string, Readonly<Record<number, string>>> = {
  type: TYPE_NUMBERS,
  entryStatus: Object.fromEntries(ENTRY_STATUSES.map((s, i) => [i, s])),
  transactionStatus: Object.fromEntries(ENTRY_STATUSES.map((s, i) => [i, s])),
};

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;
const REGIONAL_US = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:\s.*)?$/;
const REGIONAL_EU = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s.*)?$/;
const TIME_OF_DAY = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
const pad = (n: string) => n.padStart(2, '0');

/**
 * A value as an export writes it, in the kind its field holds: numbers from text ("49.000000"),
 * Yes/No, enum names or their integers, ISO 8601 or regional dates, a time of day as seconds.
 * Only unambiguous conversions: anything else stays as it came, for the entity schema to refuse
 * in words.
 */
export function convertValue(field: string, spec: FieldSpec | undefined, value: unknown): unknown {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  if (!spec) return value;
  const text = typeof value === 'string' ? value.trim() : null;
  switch (spec.kind) {
    case 'number':
    case 'integer':
      if (text !== null && NUMBER.test(text)) return Number(text);
      if (text !== null && field === 'transTime') {
        const time = TIME_OF_DAY.exec(text) ?? TIME_OF_DAY.exec(text.replace(/^.*T/, '').replace(/(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/, ''));
        if (time) return Number(time[1]) * 3600 + Number(time[2]) * 60 + Number(time[3] ?? 0);
      }
      return value;
    case 'boolean':
      if (text !== null && /^(yes|true|1)$/i.test(text)) return true;
      if (text !== null && /^(no|false|0)$/i.test(text)) return false;
      if (typeof value === 'number' && (value === 0 || value === 1)) return value === 1;
      return value;
    case 'enum': {
      const numbers = ENUM_NUMBERS[field];
      const n = typeof value === 'number' ? value : text !== null && /^\d+$/.test(text) ? Number(text) : null;
      if (n !== null && numbers?.[n]) return numbers[n];
      const match = text !== null ? spec.values?.find((v) => v.toLowerCase() === text.toLowerCase()) : undefined;
      return match ?? value;
    }
    case 'date': {
      if (text === null) return value;
      const us = REGIONAL_US.exec(text);
      if (us) return `${us[3]}-${pad(us[1]!)}-${pad(us[2]!)}`;
      const eu = REGIONAL_EU.exec(text);
      if (eu) return `${eu[3]}-${pad(eu[2]!)}-${pad(eu[1]!)}`;
      return text;
    }
    case 'text':
      return typeof value === 'number' ? String(value) : value;
  }
}

const STATUS_KINDS: Record<string, FieldSpec> = {
  dataAreaId: { label: 'Company', kind: 'text', key: true }, store: { label: 'Store', kind: 'text', key: true },
  terminal: { label: 'Register number', kind: 'text', key: true }, transactionId: { label: 'Transaction number', kind: 'text', key: true },
  Status: { label: 'Pending order status', kind: 'enum', values: PENDING_ORDER_STATUSES }, ErrorDetail: { label: 'Order error details', kind: 'text' },
  RetryCount: { label: 'Retry count', kind: 'integer', min: 0 }, SalesId: { label: 'Sales order', kind: 'text' },
  LastEditUser: { label: 'Last edit user', kind: 'text' }, ManuallyModified: { label: 'Manually modified', kind: 'boolean' },
  modifieddatetime: { label: 'Modified', kind: 'text' },
};
export const statusSpecs: Readonly<Record<string, FieldSpec>> = STATUS_KINDS;

const specsOf = (entity: ImportedEntity): Readonly<Record<string, FieldSpec>> =>
  entity === 'RetailTransactionOrderStatus' ? STATUS_KINDS : fieldsOf(entity as EntityName);

/** A row of an export under this database's field names, its values converted; columns no field stands for are left out. */
export function convertRow(entity: ImportedEntity, raw: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const specs = specsOf(entity);
  const row: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(raw)) {
    const field = fieldFor(entity, column);
    if (!field || (row[field] !== undefined && row[field] !== null)) continue;
    row[field] = entity === 'RetailTransactionOrderStatus' && field === 'Status' && typeof value === 'number'
      ? (PENDING_ORDER_STATUSES[value] ?? value) : convertValue(field, specs[field], value);
  }
  return row;
}
