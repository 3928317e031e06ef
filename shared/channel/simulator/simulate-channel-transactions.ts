import { UserFacingError } from '../../platform/user-facing-error';
import type { HqDatabase } from '../../db/hq-database';
import { Dexie } from 'dexie';
import type { ChannelTransactionRecord } from '../channel-records';
import type { ChannelDatabase } from '../../configuration/organization';
import { generateTransaction } from './generate-transaction';
import { withTransactionFault, type TransactionFault } from './channel-faults';
import { createRandom } from '../../platform/prng';
import { catalogTables, readChannelCatalog } from './channel-catalog';
import { batchTimes } from './batch-times';

const storeOf = (record: ChannelTransactionRecord): unknown => (record.tables.RetailTransactionTable as { store?: unknown } | undefined)?.store;

/**
 * Each store's last transaction number, as its channel database keeps it. A database that keeps
 * none yet (recorded before it did) has its records counted once, store by store.
 */
async function lastNumbers(db: HqDatabase, databases: readonly ChannelDatabase[]): Promise<Map<unknown, number>> {
  const numbers = new Map<unknown, number>();
  for (const database of databases) {
    if (database.transactionNumbers) {
      for (const [store, number] of Object.entries(database.transactionNumbers)) numbers.set(store, number);
      continue;
    }
    await db.channelTransactionRecords.where('[channelDatabaseId+seq]').between([database.id, Dexie.minKey], [database.id, Dexie.maxKey])
      .each((record) => void numbers.set(storeOf(record), (numbers.get(storeOf(record)) ?? 0) + 1));
  }
  return numbers;
}

/**
 * The channel simulator: stores and online shoppers record new transactions in their channel
 * databases, as they would between two P-0001 runs; with a fault, each carries that kind of bad
 * data. Seeded by how many exist already, so a given history always produces the same next ones.
 * Each database's replication counter and its stores' transaction numbers are read once and
 * written back once, so recording takes as long whatever the number recorded before.
 */
export async function simulateChannelTransactions(db: HqDatabase, count: number, now: Date, fault: TransactionFault | null = null): Promise<ChannelTransactionRecord[]> {
  return db.transaction('rw', [db.stores, db.channelDatabases, db.channelTransactionRecords, ...catalogTables(db)], async () => {
    const stores = await db.stores.orderBy('id').toArray();
    if (stores.length === 0) throw new UserFacingError('There are no stores to record transactions in.');
    const catalog = await readChannelCatalog(db);
    const random = createRandom((await db.channelTransactionRecords.count()) + 1);
    const databases = new Map((await db.channelDatabases.toArray()).map((d) => [d.id, { ...d }]));
    const lastNumber = await lastNumbers(db, [...databases.values()]);
    // A second batch recorded right after the first comes after it in time too, as in a real
    // store: numbers and times of a register then rise together, up to now.
    const latest = Math.max(...[...databases.values()].map((d) => (d.lastTransactionAt ? Date.parse(d.lastTransactionAt) : 0)));
    const timeOf = batchTimes(count, now.getTime(), latest, 1000, 0);
    const created: ChannelTransactionRecord[] = [];
    for (let i = 0; i < count; i++) {
      // Bad data is recorded in online orders: every one of them becomes a sales order, so each fault
      // meets Synchronize orders (a cash-and-carry sale would be left to its statement).
      const candidates = fault ? stores.filter((s) => s.kind === 'online') : stores;
      const store = random.pick(candidates);
      const database = databases.get(store.channelDatabaseId);
      if (!database) throw new UserFacingError(`Channel database ${store.channelDatabaseId} does not exist.`);
      const number = (lastNumber.get(store.id) ?? 0) + 1;
      lastNumber.set(store.id, number);
      database.transactionNumbers = { ...database.transactionNumbers, [store.id]: number };
      const seq = ++database.replicationCounter;
      const transDate = new Date(timeOf(i));
      database.lastTransactionAt = transDate.toISOString();
      const bundle = generateTransaction(random, { store, seq, number, transDate }, catalog);
      created.push({ channelDatabaseId: store.channelDatabaseId, seq, tables: fault ? withTransactionFault(bundle, fault) : bundle });
    }
    // Every database's numbers are kept from now on, also for stores that recorded nothing this time.
    for (const database of databases.values()) {
      const own = stores.filter((s) => s.channelDatabaseId === database.id).map((s) => [s.id, lastNumber.get(s.id) ?? 0] as const);
      database.transactionNumbers = Object.fromEntries(own);
    }
    await db.channelDatabases.bulkPut([...databases.values()]);
    await db.channelTransactionRecords.bulkAdd(created);
    return created;
  });
}
