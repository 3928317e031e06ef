import type { HqDatabase } from '../../db/hq-database';
import { emptyCounts } from '../../runner/job-runs';
import type { DownloadJobId } from '../../runner/jobs';
import type { ChannelDatabase } from '../../configuration/organization';
import { channelIsCurrent, flagsOf, lastFeatureChange } from '../../configuration/feature-management';
import type { RunContext } from '../../runner/run-progress';
import { channelCustomerSchema, describeIssues } from '../../customers/customer-schemas';
import type { JobOutcome } from '../../runner/run-outcome';

/**
 * 1010 Customers: the channel replaces each async account HQ has turned into a real one. Each
 * channel customer is checked first; one the channel holds malformed is left as it is and named.
 */
async function deliverCustomers(db: HqDatabase, database: ChannelDatabase): Promise<string[]> {
  const problems: string[] = [];
  for (const raw of await db.channelCustomers.where('channelDatabaseId').equals(database.id).toArray()) {
    const parsed = channelCustomerSchema.safeParse(raw);
    if (!parsed.success) {
      problems.push(describeIssues(`Channel customer ${String(raw.key)} in ${database.name}`, parsed.error));
      continue;
    }
    const customer = parsed.data;
    if (customer.asyncCustomerAccount === null || customer.customerAccount !== customer.asyncCustomerAccount) continue;
    const op = await db.asyncCustomers.where('asyncCustomerAccount').equals(customer.asyncCustomerAccount).first();
    if (op?.status === 'Succeeded' && op.customerAccount) await db.channelCustomers.update(customer.key, { customerAccount: op.customerAccount });
  }
  return problems;
}

/**
 * 1010, 1070 and 1110: deliver HQ's data to the channel databases of the chosen groups. Each
 * delivery is recorded on the channel; once all three have reached it since the last feature
 * change, the channel acts on the new feature flags. An offline database fails its part.
 */
export async function runDownloadJob(db: HqDatabase, jobId: DownloadJobId, groupIds: readonly string[] | null, ctx: RunContext): Promise<JobOutcome> {
  const databases = groupIds ? await db.channelDatabases.where('groupId').anyOf([...groupIds]).toArray() : await db.channelDatabases.toArray();
  const counts = emptyCounts();
  const errors: string[] = [];
  const recordProblems: string[] = [];
  ctx.onProgress?.(counts, databases.length);
  for (const { id } of databases) {
    ctx.signal?.throwIfAborted();
    counts.processed += 1;
    const delivered = await db.transaction('rw', [db.channelDatabases, db.channelCustomers, db.asyncCustomers, db.features], async () => {
      const database = (await db.channelDatabases.get(id))!;
      if (!database.online) return false;
      if (jobId === '1010') recordProblems.push(...await deliverCustomers(db, database));
      const lastDownloads = { ...database.lastDownloads, [jobId]: ctx.now().toISOString() };
      const features = await db.features.toArray();
      const appliedFeatures = channelIsCurrent({ ...database, lastDownloads }, lastFeatureChange(features)) ? flagsOf(features) : database.appliedFeatures;
      await db.channelDatabases.update(id, { lastDownloads, appliedFeatures });
      return true;
    });
    if (delivered) counts.succeeded += 1;
    else {
      counts.failed += 1;
      errors.push(`Channel database ${(await db.channelDatabases.get(id))?.name ?? id} is offline: ${jobId} could not deliver its data.`);
    }
    ctx.onProgress?.(counts, databases.length);
  }
  return { counts: { ...counts, failed: counts.failed + recordProblems.length }, error: errors.length ? errors.join('\n') : null, recordProblems };
}
