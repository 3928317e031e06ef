import { keyText as transactionKeyText, type EntityName, type TransactionKey } from '../orders/transaction-entities';
import { lineOf } from '../orders/transaction-schemas';
import { Pacer } from '../platform/pacer';
import type { ConvertedRow } from './convert-row';
import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '../platform/import-limits';
import type { ImportBatch, ImportedEntity, ImportReport } from './import-types';
import { RefusalLog } from './refusal-log';
import type { StoreNumbers } from './store-numbers';

export interface CollectorOptions {
  signal?: AbortSignal;
  onProgress?: (rowsRead: number) => void;
  storeNumbers?: StoreNumbers;
  limits?: ImportLimits;
  /** Where refused rows go: the caller's, when it refuses more after the files are read (import-workspace.ts). */
  rejected?: RefusalLog;
}

const BATCH = 2000;

/** The row in words for a duplicate's message: its transaction, and its line if it has one. */
function rowInWords(entity: ImportedEntity, row: Record<string, unknown>): string {
  const line = entity === 'RetailTransactionOrderStatus' ? null : lineOf(entity as EntityName, row, 0);
  return `transaction ${transactionKeyText(row as unknown as TransactionKey)}${line && !line.startsWith('row ') ? `, ${line}` : ''}`;
}

/**
 * Gathers the converted rows of every file: reports each refused row with its file, its place,
 * its field and why, and each warning; refuses a second row with the same key; and hands the rows
 * on in batches.
 */
export class RowCollector {
  private readonly buffers = new Map<ImportedEntity, unknown[]>();
  /**
   * Per table, the transactions it has rows of, and each one's designations (its key beyond the
   * transaction's): what finds a duplicate. Kept this small (no copy of a row, no place) because
   * it lives as long as the import.
   */
  private readonly taken = new Map<ImportedEntity, Map<string, (string | number | null)[]>>();
  private writing: Promise<void> = Promise.resolve();
  readonly report: Pick<ImportReport, 'files' | 'rowsRead' | 'imported'> = { files: [], rowsRead: 0, imported: 0 };
  readonly limits: ImportLimits;
  /** Every reader paces its work by the collector's: the worker answers, and hears a Cancel, while an import reads. */
  readonly pacer: Pacer;
  private readonly rejected: RefusalLog;
  private readonly warnings: RefusalLog;

  constructor(private readonly sink: (batch: ImportBatch) => Promise<void>, private readonly options: CollectorOptions) {
    this.limits = options.limits ?? DEFAULT_IMPORT_LIMITS;
    this.pacer = new Pacer(options.signal);
    this.rejected = options.rejected ?? new RefusalLog(this.limits.keptRefusals);
    this.warnings = new RefusalLog(this.limits.keptRefusals);
  }

  /**
   * One row read from `file` at `where`, of `table`, as its plan converted it. The order status a
   * header carries (RetailTransactionsAuditable) comes with it; `source` tells statuses of
   * different entities apart, as they complete one another. Returns whether the row was taken.
   */
  async add(table: ImportedEntity, row: ConvertedRow, file: string, where: string, source: string): Promise<boolean> {
    // Between two rows, not only between two batches: a file of rows that are all refused writes
    // nothing, and must still let a Cancel in and say how far it is.
    if (await this.pacer.pace()) this.options.onProgress?.(this.report.rowsRead);
    this.report.rowsRead += 1;
    for (const w of row.warnings) this.warnings.add({ file, where, field: w.column, reason: w.reason });
    if (!row.values) {
      for (const p of row.problems) this.rejected.add({ file, where, field: p.column, reason: p.reason });
      return false;
    }
    const taken = this.take(table, row.values, row.designation ?? (table === 'RetailTransactionOrderStatus' ? source : null));
    if (!taken) {
      this.rejected.add({ file, where, field: null, reason: `a second row for ${rowInWords(table, row.values)} (a duplicate key): only the first was imported` });
      return false;
    }
    if (row.storeNumber) this.options.storeNumbers?.note(String(row.values.dataAreaId), String(row.values.store), row.storeNumber);
    await this.buffer(table, row.values);
    // The order status a header carries is a row of its own table, read from the same line of the file.
    if (row.status && this.take('RetailTransactionOrderStatus', row.status, source)) {
      this.report.rowsRead += 1;
      await this.buffer('RetailTransactionOrderStatus', row.status);
    }
    return true;
  }

  private async buffer(table: ImportedEntity, row: Record<string, unknown>): Promise<void> {
    const buffer = this.buffers.get(table) ?? [];
    buffer.push(row);
    this.buffers.set(table, buffer);
    if (buffer.length >= BATCH) await this.flush(table);
  }

  /** Notes the row's key; false if a row with the same key was taken before. */
  private take(table: ImportedEntity, row: Record<string, unknown>, designation: string | number | null): boolean {
    const transactions = this.taken.get(table) ?? new Map<string, (string | number | null)[]>();
    this.taken.set(table, transactions);
    const transaction = transactionKeyText(row as unknown as TransactionKey);
    const designations = transactions.get(transaction);
    if (designations === undefined) {
      transactions.set(transaction, [designation]);
      return true;
    }
    if (designations.includes(designation)) return false;
    designations.push(designation);
    return true;
  }

  /** A row read but not converted at all: a line nested in a transaction that was refused. */
  refuse(file: string, where: string, reason: string): void {
    this.report.rowsRead += 1;
    this.rejected.add({ file, where, field: null, reason });
  }

  /**
   * Hands a batch on without waiting for it to be written, only for the one before: parsing and
   * validating the next batch (this thread) overlaps with IndexedDB writing this one (its own).
   */
  private async flush(table: ImportedEntity): Promise<void> {
    const rows = this.buffers.get(table);
    if (!rows?.length) return;
    this.buffers.set(table, []);
    await this.writing;
    this.options.signal?.throwIfAborted();
    this.writing = this.sink({ entity: table, rows } as ImportBatch).then(() => {
      this.report.imported += rows.length;
      this.options.onProgress?.(this.report.rowsRead);
    });
    // Awaited by the next flush or by finish; this keeps a failure from being reported as unhandled meanwhile.
    this.writing.catch(() => undefined);
  }

  async finish(): Promise<ImportReport> {
    for (const table of this.buffers.keys()) await this.flush(table);
    await this.writing;
    return { ...this.report, ...refusalsOf(this.rejected), ...warningsOf(this.warnings) };
  }
}

/** The refusals as a report keeps them: the first in full, the rest counted (absent when there are none). */
export function refusalsOf(log: RefusalLog): Pick<ImportReport, 'rejected' | 'rejectedMore'> {
  const more = log.more;
  return { rejected: log.kept, ...(more.length ? { rejectedMore: more } : {}) };
}

function warningsOf(log: RefusalLog): Pick<ImportReport, 'warnings' | 'warningsMore'> {
  const more = log.more;
  return { warnings: log.kept, ...(more.length ? { warningsMore: more } : {}) };
}
