// Scenario c: pages of the long lists (Online store transactions, Store transactions, Run history,
// Customer synchronization status), read in the page the way the UI reads them: the list's query
// on the workspace's database, beside the worker, first, middle and last page, both sort orders.
import { HqDatabase } from '../../../shared/db/hq-database';
import type { JobRun } from '../../../shared/runner/job-runs';
import { keyTuple } from '../../../shared/orders/transaction-entities';
import { shownPage, type PageAnchor, type PageRequest } from '../../../shared/platform/keyset-page';
import { queryTransactionsPage, statusAnchor, type TransactionFilter } from '../../../shared/orders/transactions-page';
import { queryRunHistoryPage, runAnchor, type RunHistoryFilter } from '../../../shared/run-history/run-history-page';
import { operationAnchor, queryCustomerOperationsPage, type CustomerOperationFilter } from '../../../shared/customers/customer-operations';
import type { ListCase, ListName, PageQueries } from './bench-api';
import { databaseName } from './engine';

/** The lists' page size (their screens' default). */
const PAGE_SIZE = 25;
const REPEATS = 5;

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

/** A list's query as its screen calls it, and where each of its rows stands. */
interface Query<Row> {
  page: (request: PageRequest) => Promise<{ rows: Row[]; total: number }>;
  anchorOf: (row: Row) => PageAnchor;
}

/** The first read and the median of the reads after it, of one request. */
async function timed<Row>(query: Query<Row>, request: PageRequest): Promise<{ firstMs: number; medianMs: number; rows: Row[]; total: number }> {
  const times: number[] = [];
  let last = { rows: [] as Row[], total: 0 };
  for (let i = 0; i <= REPEATS; i++) {
    const start = performance.now();
    last = await query.page(request);
    times.push(performance.now() - start);
  }
  return { firstMs: times[0]!, medianMs: median(times.slice(1)), ...last };
}

/**
 * The first page; the middle page as a person reaches it (Next from the page before it, which is
 * read untimed); the last page (the grid's last-page button); each newest first and oldest first.
 */
async function timeList<Row>(label: string, filter: string, query: Query<Row>): Promise<ListCase> {
  const timings: { firstMs: number; medianMs: number }[] = [];
  let total = 0;
  for (const descending of [true, false]) {
    const base = { pageSize: PAGE_SIZE, descending };
    const first = await timed(query, { ...base, page: 0 });
    total = first.total;
    const lastPage = Math.max(0, Math.ceil(total / PAGE_SIZE) - 1);
    const middle = Math.floor(lastPage / 2);
    const before = await query.page({ ...base, page: Math.max(0, middle - 1) });
    const shown = shownPage(Math.max(0, middle - 1), before.rows, query.anchorOf);
    timings.push(first, await timed(query, { ...base, page: middle, shown }), await timed(query, { ...base, page: lastPage }));
  }
  return {
    list: label, filter, total,
    worstFirstMs: Math.max(...timings.map((t) => t.firstMs)),
    worstMedianMs: Math.max(...timings.map((t) => t.medianMs)),
  };
}

const NO_TRANSACTION_FILTER: Omit<TransactionFilter, 'kind'> = { reference: '', customerAccount: '', status: 'all', storeId: 'all' };

async function transactionCases(db: HqDatabase, kind: TransactionFilter['kind']): Promise<ListCase[]> {
  const list = kind === 'online' ? 'Online store transactions' : 'Store transactions';
  const query = (filter: TransactionFilter): Query<Awaited<ReturnType<typeof queryTransactionsPage>>['rows'][number]> => ({
    page: (request) => queryTransactionsPage(db, filter, request), anchorOf: (row) => statusAnchor(row.status),
  });
  // Filters made of what the list holds: its busiest store, a reference typed all but its last
  // character, a customer's full account.
  const sample = await db.RetailTransactionOrderStatus.where('[channelKind+sortKey]').between([kind, ''], [kind, '\uffff']).limit(2000).toArray();
  const store = sample[0]?.store ?? '';
  const middle = sample[Math.floor(sample.length / 2)];
  const header = middle ? await db.RetailTransactionTable.get(keyTuple(middle)) : undefined;
  const reference = (kind === 'online' ? header?.ChannelReferenceId : header?.receiptId) ?? '';
  const customer = (await db.RetailTransactionTable.where('custAccount').above('').first())?.custAccount ?? '';
  const base: TransactionFilter = { kind, ...NO_TRANSACTION_FILTER };
  const cases: [string, TransactionFilter][] = [
    ['none', base],
    ['status Failed', { ...base, status: 'Failed' }],
    [`store ${store}`, { ...base, storeId: store }],
    [`store ${store}, status Succeeded`, { ...base, storeId: store, status: 'Succeeded' }],
    [`${kind === 'online' ? 'Channel reference ID' : 'Receipt number'} "${reference.slice(0, -1)}"`, { ...base, reference: reference.slice(0, -1) }],
    [`customer account "${customer}"`, { ...base, customerAccount: customer }],
  ];
  const timings: ListCase[] = [];
  for (const [label, filter] of cases) timings.push(await timeList(list, label, query(filter)));
  return timings;
}

/** Run history, on the runs the bench adds (see addRuns): no filter, a job, a job and a status. */
async function runCases(db: HqDatabase): Promise<ListCase[]> {
  const query = (filter: RunHistoryFilter): Query<JobRun> => ({ page: (request) => queryRunHistoryPage(db, filter, request), anchorOf: runAnchor });
  const none: RunHistoryFilter = { jobId: 'all', status: 'all', search: '' };
  return [
    await timeList('Run history', 'none', query(none)),
    await timeList('Run history', 'job 1010', query({ ...none, jobId: '1010' })),
    await timeList('Run history', 'job P-0001, status Error', query({ ...none, jobId: 'P-0001', status: 'Error' })),
    await timeList('Run history', 'status Ended', query({ ...none, status: 'Ended' })),
    await timeList('Run history', 'search "seattle"', query({ ...none, search: 'seattle' })),
  ];
}

async function customerCases(db: HqDatabase): Promise<ListCase[]> {
  const query = (filter: CustomerOperationFilter) => ({ page: (request: PageRequest) => queryCustomerOperationsPage(db, filter, request), anchorOf: operationAnchor });
  const none: CustomerOperationFilter = { field: 'name', value: '', status: 'all' };
  const sample = await db.asyncCustomers.where('asyncCustomerAccount').above('').first();
  const account = sample?.asyncCustomerAccount ?? '';
  const name = sample?.name.slice(0, 4) ?? '';
  const email = (sample ? (await db.asyncContacts.where('operationId').equals(sample.operationId).first())?.locator : '')?.slice(0, 6) ?? '';
  // A city's first letter: most operations match.
  const city = (sample ? (await db.asyncAddresses.get(sample.operationId))?.city : '')?.slice(0, 1) ?? '';
  const group = sample?.customerGroup ?? '';
  return [
    await timeList('Customer synchronization status', 'none', query(none)),
    await timeList('Customer synchronization status', 'status Pending', query({ ...none, status: 'Pending' })),
    await timeList('Customer synchronization status', `async customer account "${account}"`, query({ ...none, field: 'asyncCustomerAccount', value: account })),
    await timeList('Customer synchronization status', `name "${name}"`, query({ ...none, value: name })),
    await timeList('Customer synchronization status', `e-mail "${email}"`, query({ ...none, field: 'email', value: email })),
    await timeList('Customer synchronization status', `name "${name}", status Failed`, query({ ...none, value: name, status: 'Failed' })),
    await timeList('Customer synchronization status', `name "${name}", status Succeeded`, query({ ...none, value: name, status: 'Succeeded' })),
    await timeList('Customer synchronization status', `city "${city}"`, query({ ...none, field: 'city', value: city })),
    await timeList('Customer synchronization status', `city "${city}", status Succeeded`, query({ ...none, field: 'city', value: city, status: 'Succeeded' })),
    // Every operation's group: all match.
    await timeList('Customer synchronization status', `customer group "${group}"`, query({ ...none, field: 'customerGroup', value: group })),
    // An attribute a third of the operations have, and one half have, with a status.
    await timeList('Customer synchronization status', 'Loyalty tier "g"', query({ ...none, field: 'attribute:Loyalty tier', value: 'g' })),
    await timeList('Customer synchronization status', 'Newsletter "y", status Succeeded', query({ ...none, field: 'attribute:Newsletter', value: 'y', status: 'Succeeded' })),
  ];
}

/** The lists asked for, on the scenario's database. */
export async function queryListPages(lists: ListName[]): Promise<PageQueries> {
  const db = new HqDatabase(databaseName());
  try {
    // Opened beforehand, so the first read times the query, not opening the database.
    await db.open();
    const cases: ListCase[] = [];
    if (lists.includes('transactions')) cases.push(...(await transactionCases(db, 'online')), ...(await transactionCases(db, 'pos')));
    if (lists.includes('runs')) cases.push(...(await runCases(db)));
    if (lists.includes('customers')) cases.push(...(await customerCases(db)));
    return { pageSize: PAGE_SIZE, cases };
  } finally {
    db.close();
  }
}

/**
 * n finished runs in the run history, as a year of schedules leaves it (set-up, not timed): every
 * job in turn, one in twenty in Error. Written through the app's database, so their counts are kept.
 */
export async function addRuns(n: number): Promise<number> {
  const db = new HqDatabase(databaseName());
  try {
    const jobs: JobRun['jobId'][] = ['P-0001', '1010', '1070', '1110', 'synchronize-orders', 'synchronize-customers'];
    const at = Date.UTC(2025, 10, 23);
    for (let done = 0; done < n; done += 5000) {
      const runs: JobRun[] = Array.from({ length: Math.min(5000, n - done) }, (_, i) => {
        const k = done + i;
        const startedAt = new Date(at + k * 300_000).toISOString();
        const error = k % 20 === 0 ? 'The SEATTLE channel database is OFFLINE.' : null;
        return {
          jobId: jobs[k % jobs.length]!, scopeLabel: 'All channel database groups', trigger: 'schedule', batchJobId: null, startedAt,
          endedAt: new Date(at + k * 300_000 + 4000).toISOString(), status: error ? 'Error' : 'Ended', total: 10, error,
          processed: 10, succeeded: error ? 0 : 10, failed: 0, skipped: 0,
        };
      });
      await db.jobRuns.bulkAdd(runs);
    }
    return db.jobRuns.count();
  } finally {
    db.close();
  }
}
