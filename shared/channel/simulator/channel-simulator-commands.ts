import { UserFacingError } from '../../platform/user-facing-error';
import type { HqDatabase } from '../../db/hq-database';

/** The simulator's fault switch: an offline channel database cannot be uploaded from or downloaded to. */
export async function setChannelDatabaseOnline(db: HqDatabase, channelDatabaseId: string, online: boolean): Promise<void> {
  const changed = await db.channelDatabases.update(channelDatabaseId, { online });
  if (changed === 0 && !(await db.channelDatabases.get(channelDatabaseId))) throw new UserFacingError(`Channel database ${channelDatabaseId} does not exist.`);
}
