import type { HqDatabase } from '../db/hq-database';
import type { ChannelTransaction } from '../domain/transactions';
import {
  demoAccountStructures, demoChannelDatabaseGroups, demoChannelDatabases, demoNumberSequences,
  demoPaymentServices, demoRegions, demoStores,
} from './demo-organization';
import { generateTransaction } from './generate-transaction';
import { createRandom } from './prng';

export const DEMO_SEED = 20261101;
const TRANSACTIONS_PER_STORE = { online: 60, pos: 90 } as const;
const PERIOD_START = Date.UTC(2026, 10, 1, 8);
const PERIOD_DAYS = 20;

/** The demo channel transactions, ordered by date, with per-database replication counters. */
export function demoChannelTransactions(): ChannelTransaction[] {
  const random = createRandom(DEMO_SEED);
  const slots = demoStores.flatMap((store) =>
    Array.from({ length: TRANSACTIONS_PER_STORE[store.kind] }, () => ({
      store,
      time: PERIOD_START + Math.floor(random.next() * PERIOD_DAYS * 86_400_000),
    })),
  );
  slots.sort((a, b) => a.time - b.time || a.store.id.localeCompare(b.store.id));
  const seqByDatabase = new Map<string, number>();
  const numberByStore = new Map<string, number>();
  return slots.map(({ store, time }) => {
    const seq = (seqByDatabase.get(store.channelDatabaseId) ?? 0) + 1;
    const number = (numberByStore.get(store.id) ?? 0) + 1;
    seqByDatabase.set(store.channelDatabaseId, seq);
    numberByStore.set(store.id, number);
    return generateTransaction(random, { store, seq, number, transDate: new Date(time) });
  });
}

/** Seeds company USRT into an empty database; returns false (and writes nothing) otherwise. */
export async function seedDemoData(db: HqDatabase): Promise<boolean> {
  const transactions = demoChannelTransactions();
  return db.transaction('rw', db.tables, async () => {
    if ((await db.regions.count()) > 0) return false;
    await db.regions.bulkAdd(demoRegions);
    await db.stores.bulkAdd(demoStores);
    await db.channelDatabaseGroups.bulkAdd(demoChannelDatabaseGroups);
    await db.channelDatabases.bulkAdd(demoChannelDatabases);
    await db.numberSequences.bulkAdd(demoNumberSequences);
    await db.paymentServices.bulkAdd(demoPaymentServices);
    await db.accountStructures.bulkAdd(demoAccountStructures);
    await db.channelTransactions.bulkAdd(transactions);
    return true;
  });
}
