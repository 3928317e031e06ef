import { PENDING_ORDER_STATUSES } from '../../../shared/orders/order-status';
import type { ChannelKind } from '../../../shared/configuration/organization';
import type { TransactionKey } from '../../../shared/orders/transaction-entities';
import type { TransactionFilter } from '../../../shared/orders/transactions-page';
import { checkListOf } from '../../../shared/orders/check-data/check-findings';

/**
 * The list's filters from the URL (#/online-transactions?status=Failed&cause=numberSequence&retriesAbove=3&check=disagrees&changedInHq=1,
 * as a tile or a link writes them); anything unknown there reads as no filter.
 */
export function filterFromQuery(kind: ChannelKind, query: string): TransactionFilter {
  const params = new URLSearchParams(query);
  const status = params.get('status') ?? 'all';
  const retries = Number.parseInt(params.get('retriesAbove') ?? '', 10);
  const date = params.get('date') ?? '';
  return {
    kind,
    reference: params.get('reference') ?? '',
    customerAccount: params.get('customer') ?? '',
    // HQ's statuses, or one an imported export wrote as it was (the list is then of it, if any).
    status: (PENDING_ORDER_STATUSES as readonly string[]).includes(status) || /^\w{1,100}$/.test(status) ? status : 'all',
    storeId: params.get('store') || 'all',
    cause: params.get('cause') || null,
    retriesAbove: Number.isInteger(retries) && retries >= 0 ? retries : null,
    datePrefix: /^\d{4}-\d{2}-\d{2}(T\d{2})?$/.test(date) ? date : null,
    check: checkListOf(params.get('check')),
    changedInHq: params.get('changedInHq') === '1' ? true : null,
  };
}

/** The filters as URL parameters, leaving out those not set, so a link stays short. */
export function queryFromFilter(filter: TransactionFilter): string {
  const params = new URLSearchParams();
  if (filter.reference) params.set('reference', filter.reference);
  if (filter.customerAccount) params.set('customer', filter.customerAccount);
  if (filter.status !== 'all') params.set('status', filter.status);
  if (filter.storeId !== 'all') params.set('store', filter.storeId);
  if (filter.cause) params.set('cause', filter.cause);
  if (filter.retriesAbove !== null && filter.retriesAbove !== undefined) params.set('retriesAbove', String(filter.retriesAbove));
  if (filter.datePrefix) params.set('date', filter.datePrefix);
  if (filter.check) params.set('check', filter.check);
  if (filter.changedInHq) params.set('changedInHq', '1');
  return params.toString();
}

/** A transaction's path in a link: store, register, transaction number (the company is looked up). */
export const transactionRecord = (key: TransactionKey): string[] => [key.store, key.terminal, key.transactionId];

/** The store, register and number a link's path names, or null when it is not three parts. */
export function recordParts(record: readonly string[]): [store: string, terminal: string, transactionId: string] | null {
  return record.length === 3 ? [record[0]!, record[1]!, record[2]!] : null;
}
