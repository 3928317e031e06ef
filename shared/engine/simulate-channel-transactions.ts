import type { HqDatabase } from '../db/hq-database';
import type { ChannelTransaction } from '../domain/transactions';
import { generateTransaction } from '../demo/generate-transaction';
import { createRandom } from '../demo/prng';

/**
 * The channel simulator: stores and online shoppers record new transactions in their channel
 * databases, as they would between two P-0001 runs. Seeded by how many exist already, so a
 * given history always produces the same next transactions.
 */
export async function simulateChannelTransactions(db: HqDatabase, count: number, now: Date): Promise<ChannelTransaction[]> {
  return db.transaction('rw', [db.stores, db.channelTransactions], async () => {
    const stores = await db.stores.orderBy('id').toArray();
    if (stores.length === 0) throw new Error('There are no stores to record transactions in.');
    const existing = await db.channelTransactions.toArray();
    const random = createRandom(existing.length + 1);
    const lastSeq = new Map<string, number>();
    const lastNumber = new Map<string, number>();
    for (const t of existing) {
      lastSeq.set(t.channelDatabaseId, Math.max(lastSeq.get(t.channelDatabaseId) ?? 0, t.seq));
      lastNumber.set(t.storeId, (lastNumber.get(t.storeId) ?? 0) + 1);
    }
    const created = Array.from({ length: count }, (_, i) => {
      const store = random.pick(stores);
      const seq = (lastSeq.get(store.channelDatabaseId) ?? 0) + 1;
      const number = (lastNumber.get(store.id) ?? 0) + 1;
      lastSeq.set(store.channelDatabaseId, seq);
      lastNumber.set(store.id, number);
      return generateTransaction(random, { store, seq, number, transDate: new Date(now.getTime() + i) });
    });
    await db.channelTransactions.bulkAdd(created);
    return created;
  });
}
