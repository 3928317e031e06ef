import type { HqDatabase } from '../db/hq-database';
import { emptyCounts } from '../domain/job-runs';
import type { DownloadJobId } from '../domain/jobs';
import type { JobOutcome } from './record-job-run';
import type { RunContext } from './run-progress';

/**
 * 1010, 1070 and 1110: deliver HQ's current data to the channel databases of the chosen groups.
 * Until customers and feature management exist, what is delivered is the fact of delivery,
 * which the channels' cache freshness is judged by; an offline database fails its part.
 */
export async function runDownloadJob(db: HqDatabase, jobId: DownloadJobId, groupIds: readonly string[] | null, ctx: RunContext): Promise<JobOutcome> {
  const databases = groupIds ? await db.channelDatabases.where('groupId').anyOf([...groupIds]).toArray() : await db.channelDatabases.toArray();
  const counts = emptyCounts();
  const errors: string[] = [];
  ctx.onProgress?.(counts, databases.length);
  for (const database of databases) {
    ctx.signal?.throwIfAborted();
    counts.processed += 1;
    if (!database.online) {
      counts.failed += 1;
      errors.push(`Channel database ${database.name} is offline: ${jobId} could not deliver its data.`);
    } else {
      await db.channelDatabases.update(database.id, { [`lastDownloads.${jobId}`]: ctx.now().toISOString() });
      counts.succeeded += 1;
    }
    ctx.onProgress?.(counts, databases.length);
  }
  return { counts, error: errors.length ? errors.join('\n') : null };
}
