import type { HqCommand } from '../../shared/contracts/hq-commands';
import { JOBS } from '../../shared/runner/jobs';
import { userMessage } from '../../shared/platform/user-facing-error';
import type { StorageStatus } from '../../shared/db/storage-status';

/** What each command does, as a message that it could not be finished names it ("… could not finish saving the number sequence"). */
const ACTIVITIES: Partial<Record<HqCommand['type'], string>> = {
  synchronizeOrders: 'synchronizing the orders',
  synchronizeMatchingOrders: 'synchronizing all the orders that match',
  checkData: 'checking the data',
  importFiles: 'importing the files',
  deleteWorkspace: 'deleting the workspace',
  addAuditNote: 'adding the note',
  addTransactionLine: 'adding the line',
  removeTransactionLine: 'removing the line',
  saveTransactionEdits: 'saving the changes',
  updateNumberSequence: 'saving the number sequence',
  setDefaultPaymentService: 'saving the payment service',
  updateAccountStructure: 'saving the account structure',
  simulateChannelTransactions: 'recording the channel transactions',
  setChannelDatabaseOnline: 'changing the channel database',
  retryUploadSession: 'applying the upload session',
  cancelUploadSession: 'canceling the upload session',
  synchronizeCustomerOperations: 'synchronizing the customer operations',
  updateCustomerOperation: 'saving the customer attributes',
  setFeatureEnabled: 'changing the feature',
  simulateCustomerOperations: 'recording the channel customers',
  retryCouplings: 'retrying the couplings',
  retryAllCouplings: 'retrying the couplings',
  removeCouplings: 'removing the couplings',
  deleteCoupledRecords: 'deleting the records',
  setUpCoupling: 'setting up the coupling',
  findCouplingsForDeleted: 'finding couplings for deleted records',
  deleteSynchJobErrors: 'deleting the setup errors',
  simulateCoupledChange: 'changing the customer',
  updateIntegrationTableMapping: 'saving the mapping',
};

/** The command as its failure names it; a command not named here is "carrying out the command". */
export function activityOf(command: HqCommand): string {
  if (command.type === 'runJob') return `running ${JOBS[command.job.jobId].name}`;
  if (command.type === 'setOrderEditing') return command.editing ? 'starting to edit the transaction' : 'finishing editing the transaction';
  return ACTIVITIES[command.type] ?? 'carrying out the command';
}

/** Commands that write nothing of their own (they stop another); a job run says itself whether its writes found room (executeRun). */
const SAYS_NOTHING_OF_ROOM: ReadonlySet<HqCommand['type']> = new Set<HqCommand['type']>(['runJob', 'cancelRun', 'cancelBatch', 'cancelImport', 'cancelFindCouplingsForDeleted']);

/** A command went through: if it wrote, the storage has room again. */
export function commandDone(storage: StorageStatus, command: HqCommand): void {
  if (!SAYS_NOTHING_OF_ROOM.has(command.type)) storage.noteRoom();
}

/** A command failed: what its sender reads, in words (a full disk says so, and what to do), the storage marked full if it was. */
export function commandFailed(storage: StorageStatus, command: HqCommand, error: unknown): string {
  storage.noteFailure(error);
  return userMessage(error, activityOf(command));
}
