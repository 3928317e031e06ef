// npm run bench:node: the engine on fake-indexeddb in Node. It says how the engine's own work grows
// with the data, apart from IndexedDB; what users get is measured in Chromium (npm run bench).
import { HqEngine } from '../../shared/engine/hq-engine';
import { simulateChannelTransactions } from '../../shared/channel/simulator/simulate-channel-transactions';
import { fixes } from '../support/fixes';
import { seededDatabase, steppingClock } from '../support/memory-database';

const EXTRA = Number(process.env.BENCH_TRANSACTIONS ?? 5000);

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  const result = await work();
  console.log(`${label.padEnd(48)} ${(performance.now() - start).toFixed(0).padStart(7)} ms`);
  return result;
}

const db = await seededDatabase();
const engine = new HqEngine(db, steppingClock());
for (let done = 0; done < EXTRA; done += 1000) await simulateChannelTransactions(db, Math.min(1000, EXTRA - done), new Date());
await Promise.all(Object.values(fixes).map((fix) => fix(db)));
const total = await db.channelTransactionRecords.count();
console.log(`${total} channel transactions`);

await timed(`P-0001 upload of ${total}`, () =>
  engine.execute({ type: 'runJob', job: { jobId: 'P-0001', channelDatabaseGroupIds: null }, trigger: 'manual', batchJobId: null }));
const sync = await timed(`Synchronize orders over ${total}`, () =>
  engine.execute({ type: 'runJob', job: { jobId: 'synchronize-orders', scope: { kind: 'all' } }, trigger: 'manual', batchJobId: null }));
console.log(`  ${sync.counts?.succeeded} sales orders created`);
const { queryTransactionsPage } = await import('../../shared/orders/transactions-page');
const filter = { kind: 'online' as const, reference: '', customerAccount: '', status: 'all' as const, storeId: 'all' };
const firstPage = { page: 0, pageSize: 25, descending: true };
await timed('Online store transactions, page 1 of 25', () => queryTransactionsPage(db, filter, firstPage));
await timed('Online store transactions, last page', async () => {
  const { total: rows } = await queryTransactionsPage(db, filter, firstPage);
  return queryTransactionsPage(db, filter, { ...firstPage, page: Math.floor(rows / 25) });
});
await timed('Filter by Channel reference ID prefix', () => queryTransactionsPage(db, { ...filter, reference: 'FAB00001' }, firstPage));
