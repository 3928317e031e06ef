import type { TFunction } from 'i18next';
import { CRM_TABLE_CAPTION, CUSTOMER_TABLE, type IntegrationSynchJob } from '../../../shared/coupled-records/coupled-records';
import type { RunCounts } from '../../../shared/runner/job-runs';
import { term } from '../../i18n/terms';

/**
 * A job's direction in the mapping's words, as page 5338 (Integration Synch. Job List) writes it:
 * "Customer to Dataverse Account." or back; blank for Uncoupling and Coupling jobs, which have none.
 */
export function synchDirectionText(t: TFunction, job: Pick<IntegrationSynchJob, 'type' | 'direction'>): string {
  if (job.type !== 'Synchronization' || job.direction === 'Bidirectional') return '';
  const local = term(t, CUSTOMER_TABLE);
  const [from, to] = job.direction === 'ToIntegrationTable' ? [local, CRM_TABLE_CAPTION] : [CRM_TABLE_CAPTION, local];
  return t('coupled.synchDirectionText', { from, to });
}

/** Who started a job: the person, or the job queue for Integration synchronization. */
export const startedByText = (t: TFunction, by: string | null): string => by ?? t('coupled.byJobQueue');

/**
 * What a synchronization run for chosen couplings did, in Business Central's words
 * (CRMIntegrationManagement.Codeunit.al, SendSyncNotification): for one record scheduled, skipped
 * or failed; for several "scheduled for N of M records; X failed; Y skipped".
 */
export function synchronizationNotification(t: TFunction, counts: RunCounts): string {
  if (counts.processed === 1) return t(counts.succeeded ? 'coupled.syncScheduled' : counts.skipped ? 'coupled.syncSkipped' : 'coupled.syncFailed');
  return t('coupled.syncMultiple', { scheduled: counts.succeeded, total: counts.processed, failed: counts.failed, skipped: counts.skipped });
}

/** Duration of a job, from its start and finish; blank while it runs. */
export const jobSeconds = (job: Pick<IntegrationSynchJob, 'startedAt' | 'finishedAt'>): number | null =>
  job.finishedAt ? Math.max(0, (Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000) : null;
