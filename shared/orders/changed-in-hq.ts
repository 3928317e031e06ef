import type { HqDatabase } from '../db/hq-database';
import { KEY_INDEX } from '../db/retail-transaction-tables';
import type { ChannelKind } from '../configuration/organization';
import type { TransactionKeyTuple } from './transaction-entities';

/**
 * The transactions a refresh found changed in HQ since they were edited here (the rows of
 * refreshConflicts, pull/refresh-conflict.ts: HQ's version kept beside this one): their keys, each
 * once, read from that table's key index alone. They are few: each is an edit made here that HQ
 * changed too.
 */
export const changedInHqKeys = async (db: HqDatabase): Promise<TransactionKeyTuple[]> =>
  (await db.refreshConflicts.orderBy(KEY_INDEX).uniqueKeys()) as unknown as TransactionKeyTuple[];

/** How many of them each list holds (Online store transactions, Store transactions), by their order statuses. */
export async function changedInHqCounts(db: HqDatabase): Promise<Record<ChannelKind, number>> {
  const counts: Record<ChannelKind, number> = { online: 0, pos: 0 };
  for (const status of await db.RetailTransactionOrderStatus.bulkGet(await changedInHqKeys(db))) if (status) counts[status.channelKind] += 1;
  return counts;
}
