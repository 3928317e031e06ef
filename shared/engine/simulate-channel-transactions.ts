import type { HqDatabase } from '../db/hq-database';
import type { ChannelTransaction } from '../domain/transactions';
import { generateTransaction } from '../demo/generate-transaction';
import { createRandom } from '../demo/prng';
import { nextReplicationSeq } from './replication-counter';

/**
 * The channel simulator: stores and online shoppers record new transactions in their channel
 * databases, as they would between two P-0001 runs. Seeded by how many exist already, so a
 * given history always produces the same next transactions.
 */
export async function simulateChannelTransactions(db: HqDatabase, count: number, now: Date): Promise<ChannelTransaction[]> {
  return db.transaction('rw', [db.stores, db.channelDatabases, db.channelTransactions], async () => {
    const stores = await db.stores.orderBy('id').toArray();
    if (stores.length === 0) throw new Error('There are no stores to record transactions in.');
    const random = createRandom((await db.channelTransactions.count()) + 1);
    const lastNumber = new Map<string, number>();
    await db.channelTransactions.each((t) => void lastNumber.set(t.storeId, (lastNumber.get(t.storeId) ?? 0) + 1));
    const created: ChannelTransaction[] = [];
    for (let i = 0; i < count; i++) {
      const store = random.pick(stores);
      const number = (lastNumber.get(store.id) ?? 0) + 1;
      lastNumber.set(store.id, number);
      const seq = await nextReplicationSeq(db, store.channelDatabaseId);
      created.push(generateTransaction(random, { store, seq, number, transDate: new Date(now.getTime() + i) }));
    }
    await db.channelTransactions.bulkAdd(created);
    return created;
  });
}
