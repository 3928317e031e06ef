import { z } from 'zod';
import { PENDING_ORDER_STATUSES } from '../domain/order-status';
import { TRANSACTION_ENTITIES, fieldsOf, type EntityName } from '../domain/transaction-entities';
import { inSentence, showValue } from '../validation/field-rules';
import { parseEntityRow } from '../validation/transaction-schemas';
import { convertRow, statusSpecs } from './convert-row';
import type { ImportBatch, ImportedEntity, ImportedOrderStatus, ImportReport, RejectedRow } from './import-types';

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

/** Which of a row's fields tell it apart from the other rows of its transaction in its table. */
const identityOf = (entity: ImportedEntity, row: Record<string, unknown>): string => {
  const designation = entity === 'RetailTransactionOrderStatus' ? [] : TRANSACTION_ENTITIES[entity as EntityName].designation;
  const extra = entity === 'RetailTransactionTaxTrans' ? ['TaxCode'] : entity === 'RetailTransactionAttributeTrans' ? ['Name'] : [];
  return JSON.stringify([row.dataAreaId, row.store, row.terminal, row.transactionId, ...designation.map((d) => row[d.field]), ...extra.map((f) => row[f])]);
};

/**
 * Gathers the rows of every file: converts each to this database's fields, checks it with its
 * entity's schema, refuses duplicates (naming where the first one was), and hands the rows on in
 * batches. Every refused row is reported with its file, its place, its field and why.
 */
export class RowCollector {
  private readonly buffers = new Map<ImportedEntity, unknown[]>();
  private readonly seen = new Map<string, string>();
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
    const identity = `${entity}:${identityOf(entity, parsed)}`;
    const first = this.seen.get(identity);
    if (first) {
      this.reject({ file, where, field: null, reason: `the same row as ${first} (a duplicate key)` });
      return;
    }
    this.seen.set(identity, `${file}, ${where}`);
    const buffer = this.buffers.get(entity) ?? [];
    buffer.push(parsed);
    this.buffers.set(entity, buffer);
    if (buffer.length >= BATCH) await this.flush(entity);
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

  private async flush(entity: ImportedEntity): Promise<void> {
    const rows = this.buffers.get(entity);
    if (!rows?.length) return;
    this.buffers.set(entity, []);
    this.options.signal?.throwIfAborted();
    await this.sink({ entity, rows } as ImportBatch);
    this.report.imported += rows.length;
    this.options.onProgress?.(this.report.rowsRead);
  }

  async finish(): Promise<ImportReport> {
    for (const entity of this.buffers.keys()) await this.flush(entity);
    return this.report;
  }
}
