import type { HqDatabase } from '../db/hq-database';
import { allMatchingTransactions } from '../orders/all-transactions';
import type { TransactionFilter, TransactionRow } from '../orders/transactions-page';
import { CsvWriter } from './csv';
import { CSV_MIME, exportFileName, JSON_MIME, throwIfAborted, type ExportFile, type ExportOptions } from './export-file';
import { JsonListWriter } from './json';
import { checkedOf, exportedStatus, transactionListColumns } from './transaction-list-columns';

/** The list's name as the navigation shows it: in the file's name and in a JSON file's envelope. */
export const transactionListName = (kind: TransactionFilter['kind']): string => (kind === 'online' ? 'Online store transactions' : 'Store transactions');

/** Reads every matching row a chunk at a time, hands each chunk on, and reports how far it got. */
export async function eachMatchingChunk(db: HqDatabase, filter: TransactionFilter, options: ExportOptions, write: (rows: TransactionRow[]) => void): Promise<void> {
  const { total, chunks } = await allMatchingTransactions(db, filter);
  let done = 0;
  options.onProgress?.(0, total);
  for await (const rows of chunks()) {
    throwIfAborted(options.signal);
    write(rows);
    done += rows.length;
    options.onProgress?.(done, total);
  }
}

/** The transaction list with its filters, every matching row (not only the page on screen), as CSV for Excel. */
export async function exportTransactionListCsv(db: HqDatabase, filter: TransactionFilter, options: ExportOptions = {}): Promise<ExportFile> {
  const now = options.now ?? new Date();
  const writer = new CsvWriter(transactionListColumns);
  await eachMatchingChunk(db, filter, options, (rows) => writer.add(rows));
  return { fileName: exportFileName(transactionListName(filter.kind), now, 'csv'), mimeType: CSV_MIME, parts: writer.parts, count: writer.count };
}

/** The same rows as JSON, each header and status with HQ's field names, under the filter that chose them. */
export async function exportTransactionListJson(db: HqDatabase, filter: TransactionFilter, options: ExportOptions = {}): Promise<ExportFile> {
  const now = options.now ?? new Date();
  const writer = new JsonListWriter({ list: transactionListName(filter.kind), filter, exportedAt: now.toISOString() }, 'rows');
  await eachMatchingChunk(db, filter, options, (rows) => writer.add(rows.map((row) => ({ header: row.header, status: exportedStatus(row.status), ...(row.finding ? { checkData: checkedOf(row.finding) } : {}) }))));
  return { fileName: exportFileName(transactionListName(filter.kind), now, 'json'), mimeType: JSON_MIME, parts: writer.finish(), count: writer.count };
}
