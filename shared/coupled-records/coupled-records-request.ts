import type { FieldChoices } from './coupled-sync';
import { coupledRecordsRequestSchema } from './coupled-record-commands';
import type { CouplingsRequest } from '../runner/runner-schemas';
import { describeRefusal } from '../platform/describe-refusal';
import { UserFacingError } from '../platform/user-facing-error';

/** Synchronize's choice: Send data update or Get data update, or for one record Merge data with the value each field keeps. */
export type SynchronizeChoice = { direction: 'send' | 'get' } | { direction: 'merge'; choices: FieldChoices };

/**
 * An Integration synchronization run for chosen couplings, as Business Central schedules a
 * synchronization job for the records a person picked (CRMIntegrationManagement's EnqueueSyncJob):
 * Synchronize in the direction chosen, or Restore records. `user` is who asked, named in the jobs.
 */
export type CoupledRecordsRequest =
  | { action: 'synchronize'; couplingIds: number[]; choice: SynchronizeChoice; user: string }
  | { action: 'restoreRecords'; couplingIds: number[]; user: string };

/**
 * The runner checks a request's shape only (it sits beneath this feature); a Merge's field names
 * are checked against the mapping here, before the run starts.
 */
export function coupledRecordsRequest(records: CouplingsRequest): CoupledRecordsRequest {
  const parsed = coupledRecordsRequestSchema.safeParse(records);
  if (!parsed.success) throw new UserFacingError(describeRefusal(parsed.error));
  return parsed.data;
}
