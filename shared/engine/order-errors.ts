import { COMPANY } from '../domain/configuration';

/** The Order error details texts headquarters writes, one per error family (DOMAIN.md). */
export const orderErrors = {
  numberSequenceExceeded: () => 'Number sequence has been exceeded.',
  noDefaultPaymentService: () => 'There must be a default payment service to process credit card transactions.',
  accountStructure: (mainAccount: string) =>
    `Account structure for the combination ${mainAccount} is not valid for the ledger account Shared main account for company ${COMPANY.toLowerCase()}. Posting has been cancelled.`,
};

export type OrderErrorFamily = 'numberSequence' | 'paymentService' | 'accountStructure' | 'customer' | 'transactionData';

/** Which fix an Order error details text calls for; anything not caused by configuration is the transaction's data. */
export function orderErrorFamily(details: string): OrderErrorFamily {
  if (details === orderErrors.numberSequenceExceeded()) return 'numberSequence';
  if (details === orderErrors.noDefaultPaymentService()) return 'paymentService';
  if (/account structure|overpayment or underpayment|posting has been cancelled/i.test(details)) return 'accountStructure';
  if (/^Customer \S+ (could not be synchronized|has not reached headquarters)/.test(details)) return 'customer';
  return 'transactionData';
}
