import type { FieldChoices } from '../engine/coupled-sync';

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
