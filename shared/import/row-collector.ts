import { z } from 'zod';
import { PENDING_ORDER_STATUSES } from '../orders/order-status';
import { TRANSACTION_ENTITIES, fieldsOf, keyText as transactionKeyText, type EntityName, type TransactionKey } from '../orders/transaction-entities';
import { inSentence } from '../orders/field-rules';
import { lineOf, parseEntityRow } from '../orders/transaction-schemas';
import { convertRow, statusSpecs } from './convert-row';
import type { ImportBatch, ImportedEntity, ImportedOrderStatus, ImportReport, RejectedRow } from './import-types';
import { showValue } from '../platform/value-text';

const BATCH = 2000;

const keyText = z.string().trim().min(1).max(100);
/** RetailTransactionOrderStatus as an export carries it: the key, and what the Synchronization status tab shows. */
const statusSchema = z.object({
  dataAreaId: keyText, store: keyText, terminal: keyText, transactionId: keyText,
  Status: z.enum(PENDING_ORDER_STATUSES).nullish().transform((s) => s ?? 'None'),
  ErrorDetail: z.string().max(4000).nullish().transform((v) => v ?? null),
  RetryCount: z.number().int().min(0).nullish().transform((v) => v ?? 0),
  SalesId: z.string().max(100).nullish().transform((v) => v || null),
  LastEditUser: z.string().max(100).nullish().transform((v) => v || null),
  ManuallyModified: z.boolean().nullish().transform((v) => v ?? false),
  modifieddatetime: z.string().max(40).nullish().transform((v) => v ?? null),
}) satisfies z.ZodType<ImportedOrderStatus>;

/** What tells a row apart from the other rows of its transaction in its table (nothing for a header or an order status). */
function designationOf(entity: ImportedEntity, row: Record<string, unknown>): string | number | null {
  if (entity === 'RetailTransactionOrderStatus') return null;
  const fields: string[] = TRANSACTION_ENTITIES[entity as EntityName].designation.map((d) => d.field);
  if (entity === 'RetailTransactionTaxTrans') fields.push('TaxCode');
  if (entity === 'RetailTransactionAttributeTrans') fields.push('Name');
  if (fields.length === 0) return null;
  const values = fields.map((f) => row[f]);
  return values.length === 1 && typeof values[0] === 'number' ? values[0] : JSON.stringify(values);
}

/** The row in words for a duplicate's message: its transaction, and its line if it has one. */
function rowInWords(entity: ImportedEntity, row: Record<string, unknown>): string {
  const line = entity === 'RetailTransactionOrderStatus' ? null : lineOf(entity as EntityName, row, 0);
  return `transaction ${transactionKeyText(row as unknown as TransactionKey)}${line ? `, ${line}` : ''}`;
}

/**
 * Gathers the rows of every file: converts each to this database's fields, checks it with its
 * entity's schema, refuses duplicates, and hands the rows on in batches. Every refused row is
 * reported with its file, its place, its field and why.
 */
export class RowCollector {
  private readonly buffers = new Map<ImportedEntity, unknown[]>();
  /**
   * Per table, the transactions it has rows of, and each one's line designations: what finds a
   * duplicate. Kept this small (no copy of a row, no place) because it lives as long as the import.
   */
  private readonly taken = new Map<ImportedEntity, Map<string, (string | number)[]>>();
  private writing: Promise<void> = Promise.resolve();
  readonly report: ImportReport = { files: [], rowsRead: 0, imported: 0, rejected: [] };

  constructor(
    private readonly sink: (batch: ImportBatch) => Promise<void>,
    private readonly options: { signal?: AbortSignal; onProgress?: (rowsRead: number) => void },
  ) {}

  async add(entity: ImportedEntity, raw: Readonly<Record<string, unknown>>, file: string, where: string): Promise<void> {
    this.report.rowsRead += 1;
    const row = convertRow(entity, raw);
    const parsed = this.validate(entity, row, file, where);
    if (!parsed) return;
    if (!this.take(entity, parsed)) {
      this.reject({ file, where, field: null, reason: `a second row for ${rowInWords(entity, parsed)} (a duplicate key): only the first was imported` });
      return;
    }
    const buffer = this.buffers.get(entity) ?? [];
    buffer.push(parsed);
    this.buffers.set(entity, buffer);
    if (buffer.length >= BATCH) await this.flush(entity);
  }

  /** Notes the row's key; false if a row with the same key was taken before. */
  private take(entity: ImportedEntity, row: Record<string, unknown>): boolean {
    const transactions = this.taken.get(entity) ?? new Map<string, (string | number)[]>();
    this.taken.set(entity, transactions);
    const transaction = transactionKeyText(row as unknown as TransactionKey);
    const designations = transactions.get(transaction);
    const designation = designationOf(entity, row);
    if (designations === undefined) {
      transactions.set(transaction, designation === null ? [] : [designation]);
      return true;
    }
    if (designation === null || designations.includes(designation)) return false;
    designations.push(designation);
    return true;
  }

  private validate(entity: ImportedEntity, row: Record<string, unknown>, file: string, where: string): Record<string, unknown> | null {
    if (entity === 'RetailTransactionOrderStatus') {
      const result = statusSchema.safeParse(row);
      if (result.success) return result.data as unknown as Record<string, unknown>;
      for (const issue of result.error.issues) {
        const field = typeof issue.path[0] === 'string' ? issue.path[0] : null;
        const label = field ? (statusSpecs[field]?.label ?? field) : 'the row';
        this.reject({ file, where, field, reason: `${label} ${row[field ?? ''] === undefined || row[field ?? ''] === null ? 'is missing' : `is not acceptable (${showValue(row[field ?? ''])})`}` });
      }
      return null;
    }
    const result = parseEntityRow(entity as EntityName, row, 0);
    if (result.ok) return result.value as unknown as Record<string, unknown>;
    for (const problem of result.problems) {
      const spec = problem.field ? fieldsOf(entity as EntityName)[problem.field] : undefined;
      const subject = spec ? inSentence(spec.label) : problem.field;
      this.reject({ file, where, field: problem.field, reason: subject ? `${subject} ${problem.reason}` : problem.reason });
    }
    return null;
  }

  private reject(row: RejectedRow): void {
    this.report.rejected.push(row);
  }

  /**
   * Hands a batch on without waiting for it to be written, only for the one before: parsing and
   * validating the next batch (this thread) overlaps with IndexedDB writing this one (its own).
   */
  private async flush(entity: ImportedEntity): Promise<void> {
    const rows = this.buffers.get(entity);
    if (!rows?.length) return;
    this.buffers.set(entity, []);
    await this.writing;
    this.options.signal?.throwIfAborted();
    this.writing = this.sink({ entity, rows } as ImportBatch).then(() => {
      this.report.imported += rows.length;
      this.options.onProgress?.(this.report.rowsRead);
    });
    // Awaited by the next flush or by finish; this keeps a failure from being reported as unhandled meanwhile.
    this.writing.catch(() => undefined);
  }

  async finish(): Promise<ImportReport> {
    for (const entity of this.buffers.keys()) await this.flush(entity);
    await this.writing;
    return this.report;
  }
}
