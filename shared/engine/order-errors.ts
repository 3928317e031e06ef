import { COMPANY } from '../domain/configuration';

/** The Order error details texts headquarters writes, one per error family (DOMAIN.md). */
export const orderErrors = {
  numberSequenceExceeded: () => 'Number sequence has been exceeded.',
  noDefaultPaymentService: () => 'There must be a default payment service to process credit card transactions.',
  accountStructure: (mainAccount: string) =>
    `Account structure for the combination ${mainAccount} is not valid for the ledger account Shared main account for company ${COMPANY.toLowerCase()}. Posting has been cancelled.`,
};
