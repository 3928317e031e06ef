import type { RecordProblem } from './record-problem';

/** The Order error details texts headquarters writes, one per error family (DOMAIN.md). */
export const orderErrors = {
  numberSequenceExceeded: () => 'Number sequence has been exceeded.',
  noDefaultPaymentService: () => 'There must be a default payment service to process credit card transactions.',
  accountStructure: (mainAccount: string, company: string) =>
    `Account structure for the combination ${mainAccount} is not valid for the ledger account Shared main account for company ${company}. Posting has been cancelled.`,
  customerNotReached: (account: string) => `Customer ${account} has not reached headquarters yet; run P-0001, then synchronize again.`,
  customerFailed: (account: string, operation: string, error: string) => `Customer ${account} could not be synchronized (operation ${operation}): ${error}`,
};

export type OrderErrorFamily = 'numberSequence' | 'paymentService' | 'accountStructure' | 'customer' | 'transactionData';

/**
 * A cause behind a failed order, stored beside its Order error details (ErrorCauses: every cause
 * the order has, so fixing one does not merely reveal the next) where the failure is decided: a configuration family, the customer created offline, or a kind of data
 * error named by its table and field ("data:RetailTransactionSalesTrans.qty"). Failures by root
 * cause groups orders by it; `transactionData` is a data error of no known kind (an unexpected
 * one, or one recorded before causes were stored).
 */
export type OrderErrorCause = Exclude<OrderErrorFamily, 'transactionData'> | 'transactionData' | `data:${string}`;

const DATA_PREFIX = 'data:';

/** The cause of a data error: the table and field of its first problem (the table alone for a problem of the whole row). */
export const dataErrorCause = (problem: RecordProblem | undefined): OrderErrorCause =>
  problem ? `${DATA_PREFIX}${problem.entity}${problem.field === null ? '' : `.${problem.field}`}` : 'transactionData';

/** Every kind of data error among the problems, each once, in the order first met: an order is counted under each. */
export const dataErrorCauses = (problems: readonly RecordProblem[]): OrderErrorCause[] =>
  (problems.length ? [...new Set(problems.map(dataErrorCause))] : ['transactionData']);

/** The table and field a data error cause names; null for any other cause. */
export function dataErrorOf(cause: string): { entity: string; field: string | null } | null {
  if (!cause.startsWith(DATA_PREFIX)) return null;
  const [entity, field] = cause.slice(DATA_PREFIX.length).split('.');
  return { entity: entity!, field: field ?? null };
}

/** Which fix a cause calls for: every kind of data error is fixed with Edit and audit transactions. */
export const familyOfCause = (cause: string): OrderErrorFamily =>
  (cause.startsWith(DATA_PREFIX) ? 'transactionData' : (cause as OrderErrorFamily));

/**
 * Which fix an Order error details text calls for; anything not caused by configuration is the
 * transaction's data. Only for failures recorded without a cause (before version 8, or imported
 * from an HQ that exports the text alone): new failures store their cause where they are made.
 */
export function orderErrorFamily(details: string): OrderErrorFamily {
  // HQ may name the sequence ("Number sequence USRT-SO has been exceeded."), as exports of it do.
  if (details === orderErrors.numberSequenceExceeded() || /^Number sequence \S+ has been exceeded\.?$/.test(details)) return 'numberSequence';
  if (details === orderErrors.noDefaultPaymentService()) return 'paymentService';
  if (/account structure|overpayment or underpayment|posting has been cancelled/i.test(details)) return 'accountStructure';
  if (/^Customer \S+ (could not be synchronized|has not reached headquarters)/.test(details)) return 'customer';
  return 'transactionData';
}

/**
 * Every family an Order error details text names, each once, in its order: a failure for several
 * causes writes one text after another, a line each (a data problem's lines are of the data).
 */
export function orderErrorFamilies(details: string): OrderErrorFamily[] {
  const lines = details.split('\n').filter((line) => line.trim());
  return lines.length ? [...new Set(lines.map(orderErrorFamily))] : [orderErrorFamily(details)];
}

/**
 * Which of the texts above (and of the customer texts of synchronize-customer.ts) a stored Order
 * error details is, with its values, so the UI can show it in the user's language. The database
 * keeps HQ's English text, as HQ itself and its exports do (imports bring only that text); any
 * other text (a data problem) is shown as it is stored.
 */
export type OrderErrorMessage =
  | { key: 'numberSequenceExceeded' | 'noDefaultPaymentService'; params: Record<string, never> }
  | { key: 'accountStructure'; params: { mainAccount: string; company: string } }
  | { key: 'customerNotReached'; params: { account: string } }
  | { key: 'customerFailed'; params: { account: string; operation: string; error: string } };

export function orderErrorMessage(details: string): OrderErrorMessage | null {
  if (details === orderErrors.numberSequenceExceeded()) return { key: 'numberSequenceExceeded', params: {} };
  if (details === orderErrors.noDefaultPaymentService()) return { key: 'noDefaultPaymentService', params: {} };
  let m = /^Account structure for the combination (\S+) is not valid for the ledger account Shared main account for company (\S+)\. Posting has been cancelled\.$/.exec(details);
  if (m) return { key: 'accountStructure', params: { mainAccount: m[1]!, company: m[2]! } };
  m = /^Customer (\S+) has not reached headquarters yet; run P-0001, then synchronize again\.$/.exec(details);
  if (m) return { key: 'customerNotReached', params: { account: m[1]! } };
  m = /^Customer (\S+) could not be synchronized \(operation (\S+)\): ([\s\S]*)$/.exec(details);
  if (m) return { key: 'customerFailed', params: { account: m[1]!, operation: m[2]!, error: m[3]! } };
  return null;
}
