// Scenario b: P-0001 and Synchronize orders on N channel transactions, run as jobs by the app's
// worker, each beside the raw bulkPut of the rows it wrote.
import { HqDatabase } from '../../../shared/db/hq-database';
import { LINE_ENTITY_NAMES, keyOf, type TransactionKey } from '../../../shared/orders/transaction-entities';
import type { BenchWindow, EngineRun, PreparedJobs, RawRun } from './bench-api';
import { databaseName, send, timed } from './engine';
import { rawBulkPut } from './raw-bulk-put';
import { SALES_ORDER_SEQUENCE } from '../../../shared/demo/demo-organization';

/** The simulator's largest command. */
const SIMULATOR_CHUNK = 1000;

/**
 * The three fixes of the demo's configuration (number sequence, default payment service, account
 * structure), through the fix screens' commands, so orders succeed and the bench measures making
 * them rather than refusing them; then N transactions recorded in the channel databases.
 */
export async function prepareJobs(transactions: number): Promise<PreparedJobs> {
  const db = new HqDatabase(databaseName());
  const sequence = await db.numberSequences.get(SALES_ORDER_SEQUENCE);
  db.close();
  if (!sequence) throw new Error(`The demo has no number sequence ${SALES_ORDER_SEQUENCE}.`);
  await send({ type: 'updateNumberSequence', code: SALES_ORDER_SEQUENCE, next: sequence.next, largest: 999_999 });
  await send({ type: 'setDefaultPaymentService', serviceId: 'ADYEN', isDefault: true });
  await send({ type: 'updateAccountStructure', structureId: 'MA-CC', ranges: [{ from: '600000', to: '699999' }] });
  const start = performance.now();
  for (let done = 0; done < transactions; done += SIMULATOR_CHUNK) {
    await send({ type: 'simulateChannelTransactions', count: Math.min(SIMULATOR_CHUNK, transactions - done), fault: null });
  }
  return { simulated: transactions, ms: performance.now() - start };
}

export const runUpload = (): Promise<EngineRun> =>
  timed({ type: 'runJob', job: { jobId: 'P-0001', channelDatabaseGroupIds: null }, trigger: 'manual', batchJobId: null });

/** What P-0001 wrote for each transaction: its rows in the eleven tables and its order status (HQ held none before it ran). */
export const rawOfUpload = (): Promise<RawRun> =>
  rawBulkPut(databaseName(), ['RetailTransactionTable', ...LINE_ENTITY_NAMES, 'RetailTransactionOrderStatus'].map((table) => ({ table })));

/** How long into the job a person first clicks Synchronize order, how many clicks, and how far apart. */
const FIRST_CLICK_MS = 1000;
const CLICKS = 3;
const BETWEEN_CLICKS_MS = 400;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A person's Synchronize order on each key in turn, each timed to its answer. */
async function clicks(keys: readonly TransactionKey[]): Promise<number[]> {
  const times: number[] = [];
  for (const key of keys) {
    const start = performance.now();
    await send({ type: 'synchronizeOrders', keys: [key] });
    times.push(performance.now() - start);
    await pause(BETWEEN_CLICKS_MS);
  }
  return times;
}

/**
 * The job on every open order; a second into it, a person's Synchronize order on orders the job
 * would reach last (key order), three times on a quiet machine, then three times while the bench
 * keeps every core busy with other work (window.benchBackgroundLoad, run.ts's busy processes),
 * each timed to its answer: each waits for the chunk under way, not for the job.
 */
export async function runSynchronizeOrders(): Promise<EngineRun> {
  const db = new HqDatabase(databaseName());
  const last = (await db.RetailTransactionOrderStatus.where('[orderKind+Status]').equals(['eCommerce', 'None']).reverse().limit(2 * CLICKS).toArray()).map(keyOf);
  db.close();
  const job = timed({ type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'manual', batchJobId: null });
  let manual: EngineRun['manual'] = null;
  const load = (window as unknown as BenchWindow).benchBackgroundLoad;
  if (last.length === 2 * CLICKS && load) {
    await pause(FIRST_CLICK_MS);
    const quietMs = await clicks(last.slice(0, CLICKS));
    const cores = await load(true);
    const loadedMs = await clicks(last.slice(CLICKS));
    await load(false);
    manual = { quietMs, loadedMs, cores };
  }
  return { ...(await job), manual };
}

/**
 * What Synchronize orders wrote: the sales orders, their payments, the order status of every
 * transaction it settled, the header of every transaction it made an order of (its sales order
 * id), and the synchronization log.
 */
export const rawOfSynchronizeOrders = (): Promise<RawRun> =>
  rawBulkPut(databaseName(), [
    { table: 'salesOrders' },
    { table: 'salesOrderPayments' },
    { table: 'RetailTransactionOrderStatus', keys: (t) => t.where('Status').anyOf(['Succeeded', 'Failed']).primaryKeys(), updated: true },
    { table: 'RetailTransactionTable', keys: (t) => t.filter((h: { salesOrderId?: string | null }) => Boolean(h.salesOrderId)).primaryKeys(), updated: true },
    { table: 'orderSyncLog' },
  ]);
