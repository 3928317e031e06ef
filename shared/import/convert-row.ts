import { fieldsOf, type EntityName, type FieldSpec } from '../orders/transaction-entities';
import { PENDING_ORDER_STATUSES } from '../orders/order-status';
import { inSentence, MAX_KEY_TEXT } from '../orders/field-rules';
import { propertyNamed } from './entity-maps';
import { asWritten, isBlank, readFieldValue } from './field-value';
import { companyKey } from './import-options';
import type { ImportedEntity, OtherFields } from './import-types';
import type { DateLocale } from './export-dates';
import type { PublicEntity, PublicProperty } from './public-entities/public-entity';
import { controlProblem, jsonTypeProblem, lengthProblem } from './value-checks';
import { DEFAULT_IMPORT_LIMITS } from '../platform/import-limits';

/** The order status's fields as the Synchronization status tab names them; it has no field specs of its own in the domain. */
export const STATUS_SPECS: Readonly<Record<string, FieldSpec>> = {
  dataAreaId: { label: 'Company', kind: 'text', key: true }, store: { label: 'Store', kind: 'text', key: true },
  terminal: { label: 'Register number', kind: 'text', key: true }, transactionId: { label: 'Transaction number', kind: 'text', key: true },
  Status: { label: 'Pending order status', kind: 'enum', values: PENDING_ORDER_STATUSES }, ErrorDetail: { label: 'Order error details', kind: 'text' },
  RetryCount: { label: 'Retry count', kind: 'integer', min: 0 }, SalesId: { label: 'Sales order', kind: 'text' },
  LastEditUser: { label: 'Last edit user', kind: 'text' }, ManuallyModified: { label: 'Manually modified', kind: 'boolean' },
  modifieddatetime: { label: 'Modified', kind: 'text' },
};

export const specsOf = (table: ImportedEntity): Readonly<Record<string, FieldSpec>> =>
  table === 'RetailTransactionOrderStatus' ? STATUS_SPECS : fieldsOf(table as EntityName);

const TRANSACTION_KEY = ['dataAreaId', 'store', 'terminal', 'transactionId'] as const;
/** The fields the tables index: their values outlive the row in the database's bookkeeping of what changed. */
const DETACHED = [...TRANSACTION_KEY, 'ChannelReferenceId', 'receiptId', 'custAccount', 'CustAccountAsync'] as const;

/**
 * A copy of a value that holds on to nothing else. A CSV parser's values are slices of the text it
 * was given, and V8 keeps the whole text alive as long as a slice of it lives: a key kept while the
 * import runs would keep every piece of the file it came from. Joined to another string and cut
 * again, the value is copied (flattened) on its own.
 */
const detached = (value: string): string => (` ${value}`).slice(1);

/** What the import reads and decides for an export: the company of rows without one, and the regional format of dates. */
export interface ReadContext {
  company: string | null;
  locale: DateLocale;
  /** The longest value read (import-limits.ts' maxCellChars unless given). */
  maxCellChars?: number;
}

/**
 * Why a row cannot be stored: the field it concerns here (what the key checks go by) and the
 * property or column as the file names it (what the report shows).
 */
export interface RowProblem {
  field: string | null;
  column: string | null;
  reason: string;
}

/** One row of an export in this database's terms: its fields, its other fields, and what it fills of the order status. */
export interface ConvertedRow {
  /** null when the row cannot be stored: problems say why. */
  values: Record<string, unknown> | null;
  status: Record<string, unknown> | null;
  problems: RowProblem[];
  warnings: RowProblem[];
  /** The row had no company of its own and was given the one chosen on the Import screen. */
  companyGiven: boolean;
  /** What tells it from the other rows of its transaction in its table, by its entity's key: null for a header or a status. */
  designation: string | number | null;
  /** The store number the row gives beside its operating unit number, if its entity has one (store-numbers.ts). */
  storeNumber?: string;
}

interface PlannedColumn {
  /** The column as the file names it, and where it stands among the file's columns. */
  column: string;
  index: number;
  /** Its property's real name, or the column as written when its entity has no such property. */
  name: string;
  property: PublicProperty | undefined;
  field: string | null;
  spec: FieldSpec | null;
  statusField: string | null;
}

/**
 * How each column of a file is read, decided once for the file (a package's columns, or the
 * properties of an OData page's rows): the field it fills, or the other field it is kept as. A
 * manifest's EntityMapList may name a column's entity field (XMLField → EntityField).
 */
export class ColumnPlan {
  private readonly columns: PlannedColumn[];
  private readonly hasCompany: boolean;
  private readonly keyColumns: PlannedColumn[];
  private readonly designationColumns: PlannedColumn[];
  private readonly statusColumns: PlannedColumn[];
  private readonly emptyRow: Readonly<Record<string, null>>;
  private readonly storeNumberColumn: PlannedColumn | null;

  constructor(readonly entity: PublicEntity, columns: readonly string[], entityFieldOf: (column: string) => string = (c) => c) {
    const table = entity.table;
    const specs = specsOf(table);
    this.emptyRow = Object.fromEntries(Object.keys(specs).map((field) => [field, null]));
    const plan = (column: string, index: number, property: PublicProperty | undefined): PlannedColumn => {
      const field = property?.[2] ?? null;
      const statusField = property ? (entity.statusProperties?.[property[0]] ?? null) : null;
      return { column, index, name: property?.[0] ?? column, property, field, spec: field ? specs[field] ?? null : null, statusField };
    };
    this.columns = columns.map((column, index) => {
      const planned = plan(column, index, propertyNamed(entity, entityFieldOf(column)));
      // A column no property of the entity has, named exactly as a field of the table: the name
      // Sync Console's own Export writes a field under where the entity has no property for it.
      if (!planned.property && Object.hasOwn(specs, column)) return { ...planned, field: column, spec: specs[column]! };
      return planned;
    });
    this.hasCompany = this.columns.some((c) => c.field === 'dataAreaId');
    // What a row cannot be stored without: its entity's key properties that fill a field here (a
    // second name of the store beside the operating unit number, Store or StoreNumber, is not one).
    // A key property the file has no column of is read as missing (the company, as packages leave it out, is given).
    this.keyColumns = entity.key.map((name) => this.columns.find((c) => c.property?.[0] === name) ?? plan(name, -1, propertyNamed(entity, name))).filter((c) => c.field !== null);
    // The key beyond the transaction's: a line's numbers, a tax code. One status per transaction, whatever its key says.
    this.designationColumns = table === 'RetailTransactionOrderStatus' ? []
      : this.keyColumns.filter((c) => !(TRANSACTION_KEY as readonly (string | null)[]).includes(c.field));
    this.statusColumns = this.columns.filter((c) => c.statusField !== null);
    this.storeNumberColumn = this.columns.find((c) => c.property && c.property[0] === entity.storeNumber) ?? null;
  }

  /** Columns mapped to fields (a status property names its status field), kept as other fields, and unknown to the entity's $metadata. */
  describe(): { mapped: { column: string; field: string }[]; kept: string[]; unknown: string[] } {
    const mapped = this.columns.flatMap((c) => [
      ...(c.field ? [{ column: c.column, field: c.field }] : []),
      ...(c.statusField ? [{ column: c.column, field: `${STATUS_SPECS[c.statusField]!.label} (${c.statusField})` }] : []),
    ]);
    const kept = this.columns.filter((c) => !c.field && !c.statusField);
    return { mapped, kept: kept.map((c) => c.name), unknown: kept.filter((c) => !c.property).map((c) => c.column) };
  }

  /** One row: a CSV row's cells in the order of the plan's columns, or a JSON row's properties by name. */
  convert(row: readonly unknown[] | Readonly<Record<string, unknown>>, context: ReadContext): ConvertedRow {
    const cells = Array.isArray(row) ? row as readonly unknown[] : null;
    const named = row as Readonly<Record<string, unknown>>;
    const valueOf = (c: PlannedColumn): unknown => (cells ? (c.index < 0 ? undefined : cells[c.index]) : named[c.column]);
    const specs = specsOf(this.entity.table);
    // Every field of the table is on the row, in the table's order, empty where the file has no value for it, as every row of this database has them.
    const values: Record<string, unknown> = { ...this.emptyRow };
    const problems: RowProblem[] = [];
    const warnings: RowProblem[] = [];
    const maxChars = context.maxCellChars ?? DEFAULT_IMPORT_LIMITS.maxCellChars;
    let others: OtherFields | null = null;
    for (const c of this.columns) {
      const value = valueOf(c);
      // What no value of its property can be, whatever field it fills: refused as it stands in the file.
      const wrong = lengthProblem(c.column, value, maxChars) ?? (cells ? null : jsonTypeProblem(c.column, c.property?.[1], value));
      if (wrong) problems.push({ field: c.field ?? c.statusField, column: c.column, reason: wrong });
      else if (c.field && c.spec) {
        if (values[c.field] !== undefined && values[c.field] !== null) continue;
        const read = readFieldValue(c.field, c.spec, c.property?.[1], value, context.locale);
        if ('problem' in read) problems.push({ field: c.field, column: c.column, reason: `${inSentence(c.spec.label)} ${read.problem}` });
        else {
          values[c.field] = read.value;
          if (read.warning) warnings.push({ field: c.field, column: c.column, reason: `${inSentence(c.spec.label)}: ${read.warning}` });
        }
      } else if (!c.statusField && !isBlank(value)) {
        (others ??= {})[c.name] = value;
      }
    }
    const companyGiven = this.giveCompany(values, context);
    for (const c of this.keyColumns) {
      if (problems.some((p) => p.field === c.field)) continue;
      const control = controlProblem(c.column, values[c.field!]);
      if (control) problems.push({ field: c.field, column: c.column, reason: control });
      else if (isBlank(values[c.field!])) {
        problems.push(c.field === 'dataAreaId' && !this.hasCompany
          ? { field: c.field, column: c.column, reason: 'company is missing: the file carries none, and none was given on the Import screen' }
          : { field: c.field, column: c.column, reason: `${inSentence(c.spec!.label)} is missing (${this.entity.set} is keyed by ${c.name})` });
      }
    }
    for (const field of DETACHED) if (typeof values[field] === 'string') values[field] = detached(values[field] as string);
    for (const field of TRANSACTION_KEY) {
      const key = values[field];
      if (typeof key === 'string' && key.length > MAX_KEY_TEXT) {
        problems.push({ field, column: this.columnOf(field), reason: `${inSentence(specs[field]!.label)} is longer than ${MAX_KEY_TEXT} characters (${asWritten(key)})` });
      }
    }
    if (others) values.otherFields = others;
    const status = this.statusOf(values, valueOf, context, problems, warnings);
    if (problems.length) return { values: null, status: null, problems, warnings, companyGiven, designation: null };
    const storeNumber = this.storeNumberColumn ? valueOf(this.storeNumberColumn) : undefined;
    return {
      values, status, problems, warnings, companyGiven, designation: this.designationOf(values),
      ...(typeof storeNumber === 'string' && storeNumber.trim() ? { storeNumber: storeNumber.trim() } : {}),
    };
  }

  /** The column a field is read from, as the file names it (its key property's name when the file has no such column). */
  private columnOf(field: string): string {
    return (this.columns.find((c) => c.field === field) ?? this.keyColumns.find((c) => c.field === field))?.column ?? field;
  }

  /** The company: the row's own, in D365's lower case; else the one chosen on the Import screen. */
  private giveCompany(values: Record<string, unknown>, context: ReadContext): boolean {
    const own = values.dataAreaId;
    if (typeof own === 'string' && own !== '') {
      values.dataAreaId = companyKey(own);
      return false;
    }
    if (!context.company) return false;
    values.dataAreaId = companyKey(context.company);
    return true;
  }

  /** RetailTransactionsAuditable's AsynchronousOrderStatus and SalesOrder: the transaction's order status, under the header's key. */
  private statusOf(
    values: Record<string, unknown>, valueOf: (c: PlannedColumn) => unknown, context: ReadContext, problems: RowProblem[], warnings: RowProblem[],
  ): Record<string, unknown> | null {
    if (this.statusColumns.length === 0) return null;
    const status: Record<string, unknown> = Object.fromEntries(TRANSACTION_KEY.map((k) => [k, values[k]]));
    for (const c of this.statusColumns) {
      // A value refused as it stands (a list, a text too long) is said once.
      if (problems.some((p) => p.column === c.column)) continue;
      const spec = STATUS_SPECS[c.statusField!]!;
      const read = readFieldValue(c.statusField!, spec, c.property?.[1], valueOf(c), context.locale);
      if ('problem' in read) problems.push({ field: c.statusField, column: c.column, reason: `${inSentence(spec.label)} ${read.problem}` });
      else {
        status[c.statusField!] = read.value;
        if (read.warning) warnings.push({ field: c.statusField, column: c.column, reason: `${inSentence(spec.label)}: ${read.warning}` });
      }
    }
    return status;
  }

  /** A line number alone is kept as the number: the import remembers one for every line it takes. */
  private designationOf(values: Record<string, unknown>): string | number | null {
    if (this.entity.table === 'RetailTransactionTable' || this.entity.table === 'RetailTransactionOrderStatus') return null;
    const parts = this.designationColumns.map((c) => values[c.field!] ?? null);
    return parts.length === 1 && typeof parts[0] === 'number' ? parts[0] : JSON.stringify(parts);
  }
}
