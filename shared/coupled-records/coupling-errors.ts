import type { MessageCatalog } from '../platform/message-catalog';

/**
 * The errors Integration synchronization stores on a coupling, in English (what the page and the
 * synchronization log keep); the UI says them in the user's language through matchMessage.
 */
export const couplingErrors = {
  changedInBoth: (account: string, fields: string) =>
    `Customer ${account} and its coupled CRM account were both changed since the last synchronization (${fields}). Choose which version to keep with Synchronize.`,
  deletedInCrm: (account: string) =>
    `The CRM account coupled to customer ${account} was deleted in the CRM. Restore records recreates it there; Delete records deletes the customer too.`,
  deletedInHq: (account: string) =>
    `Customer ${account} was deleted in Sync Console, but its coupled CRM account still exists. Restore records recreates the customer; Delete records deletes the account too.`,
  notCreatedInHq: (name: string) =>
    `The customer coupled to CRM account ${name} could not be created again in Sync Console: the number sequence Customer accounts has no number left. Raise its largest number, then Restore records again.`,
} satisfies MessageCatalog;
