import { UserFacingError } from './user-facing-error';
import type { HqDatabase } from '../db/hq-database';
import type { ChannelTransactionRecord } from '../domain/channel-records';
import { generateTransaction } from '../demo/generate-transaction';
import { withTransactionFault, type TransactionFault } from '../demo/channel-faults';
import { createRandom } from '../demo/prng';
import { nextReplicationSeq } from './replication-counter';

const storeOf = (record: ChannelTransactionRecord): unknown => (record.tables.RetailTransactionTable as { store?: unknown } | undefined)?.store;

/**
 * The channel simulator: stores and online shoppers record new transactions in their channel
 * databases, as they would between two P-0001 runs; with a fault, each carries that kind of bad
 * data. Seeded by how many exist already, so a given history always produces the same next ones.
 */
export async function simulateChannelTransactions(db: HqDatabase, count: number, now: Date, fault: TransactionFault | null = null): Promise<ChannelTransactionRecord[]> {
  return db.transaction('rw', [db.stores, db.channelDatabases, db.channelTransactionRecords], async () => {
    const stores = await db.stores.orderBy('id').toArray();
    if (stores.length === 0) throw new UserFacingError('There are no stores to record transactions in.');
    const random = createRandom((await db.channelTransactionRecords.count()) + 1);
    const lastNumber = new Map<unknown, number>();
    await db.channelTransactionRecords.each((record) => void lastNumber.set(storeOf(record), (lastNumber.get(storeOf(record)) ?? 0) + 1));
    const created: ChannelTransactionRecord[] = [];
    for (let i = 0; i < count; i++) {
      // Bad data is recorded in online orders: every one of them becomes a sales order, so each fault
      // meets Synchronize orders (a cash-and-carry sale would be left to its statement).
      const candidates = fault ? stores.filter((s) => s.kind === 'online') : stores;
      const store = random.pick(candidates);
      const number = (lastNumber.get(store.id) ?? 0) + 1;
      lastNumber.set(store.id, number);
      const seq = await nextReplicationSeq(db, store.channelDatabaseId);
      const bundle = generateTransaction(random, { store, seq, number, transDate: new Date(now.getTime() + i * 1000) });
      created.push({ channelDatabaseId: store.channelDatabaseId, seq, tables: fault ? withTransactionFault(bundle, fault) : bundle });
    }
    await db.channelTransactionRecords.bulkAdd(created);
    return created;
  });
}
