import type { MessageCatalog } from '../platform/message-catalog';

/**
 * What a synchronization, uncoupling or coupling job says it did to a record: its line of the
 * record's Synchronization log, and for an uncoupling the why of the Uncoupling Log. Stored in
 * English; the UI says them in the user's language through matchMessage (the failures a coupling
 * keeps are couplingErrors).
 */
export const synchLogMessages = {
  // Integration synchronization, by modification time.
  sent: () => 'Changed in Sync Console: sent to the CRM.',
  got: () => 'Changed in the CRM: brought into Sync Console.',
  conflictSent: () => 'Changed in both apps: the Update-conflict resolution sent Sync Console’s version to the CRM.',
  conflictGot: () => 'Changed in both apps: the Update-conflict resolution got the CRM’s version.',
  bothDeleted: () => 'Both coupled records were deleted: the coupling was removed.',
  deletionUncoupled: () => 'Deleted in one app: the Deletion-conflict resolution Delete coupling removed the coupling. The surviving record was kept.',
  deletionRestoring: () => 'Deleted in one app: the Deletion-conflict resolution Restore records removed the broken coupling, so that the record is created again.',
  // A person's Synchronize.
  sentByHand: () => 'Send data update: the CRM account took Sync Console’s values.',
  gotByHand: () => 'Get data update: the customer took the CRM’s values.',
  merged: () => 'Merge data: both records took the values chosen field by field.',
  notSynchronized: () => 'Not synchronized: one of the coupled records was deleted. Use Restore records or Delete records.',
  // Restore records, and the Restore records resolution.
  restoreUncoupled: () => 'Restore records: the broken coupling was removed, so that the deleted record is created again and coupled anew.',
  createdInCrm: (name: string) => `Created in the CRM as account ${name} from the customer, and coupled to it.`,
  createdInHq: (account: string) => `Created in Sync Console as customer ${account} from the CRM account, and coupled to it.`,
  notRestored: () => 'Not restored: Restore records is for a coupling with exactly one record deleted.',
  // Remove coupling, Delete records, Set up coupling.
  removedByHand: () => 'Remove coupling: the records no longer synchronize. Both records were kept.',
  deletedCustomer: () => 'Delete records: the customer, whose CRM account was deleted, was deleted with the coupling.',
  deletedAccount: () => 'Delete records: the CRM account, whose customer was deleted, was deleted with the coupling.',
  notDeleted: () => 'Not deleted: Delete records is for a coupling with exactly one record deleted.',
  coupledTo: (name: string) => `Set up coupling: coupled to CRM account ${name}.`,
  couplingReplaced: (name: string) => `Set up coupling: the customer was coupled to another account, so its coupling to CRM account ${name} was removed.`,
} satisfies MessageCatalog;
