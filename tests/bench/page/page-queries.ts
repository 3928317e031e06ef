// Scenario c: the first, middle and last page of Online store transactions, read in the page the
// way the UI reads them (queryTransactionsPage on the workspace's database, beside the worker).
import { HqDatabase } from '../../../shared/db/hq-database';
import { queryTransactionsPage, type TransactionFilter } from '../../../shared/queries/transactions-page';
import type { PageQueries, PageTiming } from './bench-api';
import { databaseName } from './engine';

/** The list's page size (TransactionsScreen). */
const PAGE_SIZE = 25;
const REPEATS = 5;
const ONLINE: TransactionFilter = { kind: 'online', reference: '', customerAccount: '', status: 'all', storeId: 'all' };

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function timed(db: HqDatabase, page: number): Promise<{ ms: number; rows: number; total: number }> {
  const start = performance.now();
  const { rows, total } = await queryTransactionsPage(db, ONLINE, page, PAGE_SIZE);
  return { ms: performance.now() - start, rows: rows.length, total };
}

/** A page read once more than REPEATS times: the first read (given when already made) and the median of the rest. */
async function timePage(db: HqDatabase, label: string, page: number, first?: { ms: number; rows: number }): Promise<PageTiming> {
  const { ms: firstMs, rows } = first ?? (await timed(db, page));
  const times: number[] = [];
  for (let i = 0; i < REPEATS; i++) times.push((await timed(db, page)).ms);
  return { label, page, rows, firstMs, medianMs: median(times) };
}

export async function queryOnlinePages(): Promise<PageQueries> {
  const db = new HqDatabase(databaseName());
  try {
    // Opened beforehand, so the first read times the query, not opening the database.
    await db.open();
    const first = await timed(db, 0);
    const last = Math.max(0, Math.ceil(first.total / PAGE_SIZE) - 1);
    const pages = [await timePage(db, 'first', 0, first), await timePage(db, 'middle', Math.floor(last / 2)), await timePage(db, 'last', last)];
    return { total: first.total, pageSize: PAGE_SIZE, pages };
  } finally {
    db.close();
  }
}
