import { UserFacingError } from './user-facing-error';
import type { HqDatabase } from '../db/hq-database';

/** The next value of a channel database's replication counter (call inside a transaction that includes channelDatabases). */
export async function nextReplicationSeq(db: HqDatabase, channelDatabaseId: string): Promise<number> {
  const database = await db.channelDatabases.get(channelDatabaseId);
  if (!database) throw new UserFacingError(`Channel database ${channelDatabaseId} does not exist.`);
  const seq = database.replicationCounter + 1;
  await db.channelDatabases.update(channelDatabaseId, { replicationCounter: seq });
  return seq;
}
