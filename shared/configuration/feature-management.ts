import type { HqDatabase } from '../db/hq-database';
import { FEATURE_DOWNLOADS, FEATURE_IDS, FEATURES, type FeatureFlags, type FeatureId, type FeatureState } from './features';
import type { ChannelDatabase } from './organization';
import { ValidationError } from '../platform/validation-error';

export const flagsOf = (features: readonly FeatureState[]): FeatureFlags =>
  Object.fromEntries(FEATURE_IDS.map((id) => [id, features.find((f) => f.id === id)?.enabled ?? false])) as FeatureFlags;

export const lastFeatureChange = (features: readonly FeatureState[]): string | null =>
  features.reduce<string | null>((latest, f) => (f.changedAt && (!latest || f.changedAt > latest) ? f.changedAt : latest), null);

/**
 * Feature management: a feature is enabled only after its prerequisites, and a prerequisite is
 * disabled only after what depends on it. The refusal names the features in the way.
 */
export async function setFeatureEnabled(db: HqDatabase, id: FeatureId, enabled: boolean, now: Date): Promise<void> {
  await db.transaction('rw', db.features, async () => {
    const flags = flagsOf(await db.features.toArray());
    if (flags[id] === enabled) return;
    if (enabled) {
      const missing = FEATURES[id].prerequisites.filter((p) => !flags[p]).map((p) => FEATURES[p].name);
      if (missing.length) throw new ValidationError({ [id]: `${FEATURES[id].name} can only be enabled after: ${missing.join('; ')}.` });
    } else {
      const dependents = FEATURE_IDS.filter((d) => flags[d] && (FEATURES[d].prerequisites as readonly FeatureId[]).includes(id)).map((d) => FEATURES[d].name);
      if (dependents.length) throw new ValidationError({ [id]: `Disable ${dependents.join('; ')} first: it needs ${FEATURES[id].name}.` });
    }
    await db.features.put({ id, enabled, changedAt: now.toISOString() });
  });
}

/** A channel acts on the feature flags once 1110, 1010 and 1070 have all reached it since the last change. */
export function channelIsCurrent(database: ChannelDatabase, changedAt: string | null): boolean {
  return changedAt === null || FEATURE_DOWNLOADS.every((job) => (database.lastDownloads[job] ?? '') >= changedAt);
}

/** For each download job, the channel databases it has not reached since the last feature change. */
export function outstandingDownloads(databases: readonly ChannelDatabase[], changedAt: string | null): { jobId: (typeof FEATURE_DOWNLOADS)[number]; channelDatabaseIds: string[] }[] {
  if (changedAt === null) return [];
  return FEATURE_DOWNLOADS.map((jobId) => ({
    jobId, channelDatabaseIds: databases.filter((d) => (d.lastDownloads[jobId] ?? '') < changedAt).map((d) => d.id),
  })).filter((o) => o.channelDatabaseIds.length > 0);
}
