import type { HqDatabase } from '../db/hq-database';
import type { JobDirection, SynchJobSet } from './synch-job-set';

export const MAPPING_NOT_ENABLED = 'The integration table mapping CUSTOMER is not enabled, so no coupled record was synchronized. Enable it on Coupled customers.';

/**
 * A disabled mapping is an error of the setup, not of a record: it is listed with the job errors
 * (against the job of the direction given), every job of the set ends saying so, and no coupling
 * is marked failed for it.
 */
export async function mappingNotEnabled(db: HqDatabase, jobs: SynchJobSet, direction: JobDirection, at: string): Promise<void> {
  await db.transaction('rw', db.integrationSynchJobs, db.integrationSynchJobErrors, db.integrationSynchLog, async () => {
    await db.integrationSynchJobErrors.add({ synchJobId: (await jobs.synchronization(direction)).synchJobId, at, message: MAPPING_NOT_ENABLED });
    await jobs.finish(() => MAPPING_NOT_ENABLED);
  });
}
