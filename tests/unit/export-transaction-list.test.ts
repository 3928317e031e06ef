import { beforeAll, describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import type { HqDatabase } from '../../shared/db/hq-database';
import { keyText } from '../../shared/orders/transaction-entities';
import { allMatchingTransactions } from '../../shared/orders/all-transactions';
import { queryTransactionsPage, type TransactionFilter, type TransactionRow } from '../../shared/orders/transactions-page';
import { exportTransactionListCsv, exportTransactionListJson } from '../../shared/export/transaction-list-export';
import { exportCustomerOperationsCsv, exportCustomerOperationsJson } from '../../shared/export/customer-operations-export';
import { queryCustomerOperations, type CustomerOperationFilter } from '../../shared/customers/customer-operations';
import { fixes, uploadAndSynchronize } from '../support/fixes';
import { seededDatabase } from '../support/memory-database';
import { runJob, uploadedCustomers } from '../support/customers';

const online: TransactionFilter = { kind: 'online', reference: '', customerAccount: '', status: 'all', storeId: 'all' };
const pos: TransactionFilter = { ...online, kind: 'pos' };

/** What the list shows, page after page: the rows an export of "the current list" must hold, in that order. */
async function everyPage(db: HqDatabase, filter: TransactionFilter): Promise<string[]> {
  const keys: string[] = [];
  for (let page = 0; ; page += 1) {
    const { rows, total } = await queryTransactionsPage(db, filter, { page: page, pageSize: 25, descending: true });
    keys.push(...rows.map((r) => keyText(r.status)));
    if ((page + 1) * 25 >= total) return keys;
  }
}

async function streamed(db: HqDatabase, filter: TransactionFilter, chunkSize: number): Promise<{ total: number; keys: string[] }> {
  const { total, chunks } = await allMatchingTransactions(db, filter, chunkSize);
  const keys: string[] = [];
  for await (const rows of chunks()) {
    expect(rows.length).toBeLessThanOrEqual(chunkSize);
    keys.push(...rows.map((r: TransactionRow) => keyText(r.header)));
  }
  return { total, keys };
}

const csvRecords = (text: string) => Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true }).data;

describe('exporting the transaction list with its filters', () => {
  let db: HqDatabase;
  beforeAll(async () => {
    db = await seededDatabase();
    // The configuration fixed first, so most orders succeed and a few fail: lists of every size.
    await Promise.all(Object.values(fixes).map((fix) => fix(db)));
    await uploadAndSynchronize(db);
  });

  it.each<[string, Partial<TransactionFilter>, TransactionFilter]>([
    ['every online transaction', {}, online],
    ['online, Failed', { status: 'Failed' }, online],
    ['online, one store', { storeId: 'FAB' }, online],
    ['online, one store, Succeeded', { storeId: 'FAB', status: 'Succeeded' }, online],
    ['store transactions, Not synchronized', { status: 'None' }, pos],
    ['a Channel reference ID prefix', { reference: 'fab' }, online],
    ['a customer account prefix and a status', { customerAccount: '0040', status: 'Succeeded' }, online],
    ['a receipt prefix', { reference: 'SEA01' }, pos],
  ])('holds every row the pages show, in their order, across chunks: %s', async (_name, patch, base) => {
    const filter = { ...base, ...patch };
    const pages = await everyPage(db, filter);
    expect(pages.length).toBeGreaterThan(0);
    const { total, keys } = await streamed(db, filter, 7);
    expect(total).toBe(pages.length);
    expect(keys).toEqual(pages);
  });

  it('exports more rows than fit on a page, as CSV and JSON, with progress and only what the filter matches', async () => {
    const filter: TransactionFilter = { ...online, status: 'Succeeded' };
    const expected = await everyPage(db, filter);
    expect(expected.length).toBeGreaterThan(100);
    const progress: [number, number][] = [];
    const now = new Date(2026, 10, 23, 10);
    const csv = await exportTransactionListCsv(db, filter, { now, onProgress: (done, total) => progress.push([done, total]) });
    expect(csv.fileName).toBe('online-store-transactions-2026-11-23.csv');
    expect(csv.count).toBe(expected.length);
    expect(progress.at(-1)).toEqual([expected.length, expected.length]);
    const records = csvRecords(csv.parts.join(''));
    expect(records.map((r) => [r['Company'], r['Store'], r['Register number'], r['Transaction number']].join('/'))).toEqual(expected);
    expect(records.every((r) => r['Pending order status'] === 'Succeeded' && r['Sales order']?.startsWith('SO-') && r['Channel reference ID'])).toBe(true);
    expect(records[0]!['Created offline']).toMatch(/^(Yes|No)$/);
    expect(records[0]!['Time']).toMatch(/^\d\d:\d\d:\d\d$/);

    const json = await exportTransactionListJson(db, filter, { now });
    const parsed = JSON.parse(json.parts.join('')) as { list: string; filter: TransactionFilter; rows: { header: { transactionId: string }; status: { Status: string } }[] };
    expect(parsed.list).toBe('Online store transactions');
    expect(parsed.filter).toEqual(filter);
    expect(parsed.rows).toHaveLength(expected.length);
    expect(parsed.rows.every((r) => r.status.Status === 'Succeeded')).toBe(true);
  });

  it('carries a failed order’s Order error details, as the list shows them', async () => {
    const csv = await exportTransactionListCsv(db, { ...online, status: 'Failed' });
    const failed = await db.RetailTransactionOrderStatus.where('[channelKind+Status+sortKey]').between(['online', 'Failed', ''], ['online', 'Failed', '\uffff']).toArray();
    const records = csvRecords(csv.parts.join(''));
    expect(records).toHaveLength(failed.length);
    const byNumber = new Map(records.map((r) => [r['Transaction number'], r['Order error details']]));
    for (const s of failed) expect(byNumber.get(s.transactionId)).toBe(s.ErrorDetail);
  });
});

describe('exporting Customer synchronization status with its filter', () => {
  it('holds every operation the filter matches, with the values and attributes', async () => {
    const { db, engine } = await uploadedCustomers();
    await runJob(engine, 'synchronize-customers');
    const filter: CustomerOperationFilter = { field: 'name', value: '', status: 'Failed' };
    const expected = await queryCustomerOperations(db, filter);
    expect(expected.length).toBeGreaterThan(0);
    const csv = await exportCustomerOperationsCsv(db, filter, { now: new Date(2026, 10, 23) });
    expect(csv.fileName).toBe('customer-synchronization-status-2026-11-23.csv');
    const records = csvRecords(csv.parts.join(''));
    expect(records.map((r) => r['Operation ID'])).toEqual(expected.map((r) => r.header.operationId));
    expect(records.every((r) => r['Customer synchronization status'] === 'Failed' && r['Last known error'])).toBe(true);
    expect(Object.keys(records[0]!)).toEqual(expect.arrayContaining(['Channel name', 'Name', 'E-mail', 'ZIP/postal code']));

    const json = JSON.parse((await exportCustomerOperationsJson(db, { ...filter, status: 'all' })).parts.join('')) as { rows: { operationId: string }[] };
    expect(json.rows.map((r) => r.operationId)).toEqual((await queryCustomerOperations(db, { ...filter, status: 'all' })).map((r) => r.header.operationId));
  });
});
