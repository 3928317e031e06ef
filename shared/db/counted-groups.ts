import type { GroupOf } from './kept-counts';

/**
 * The tables whose rows are counted, and the group each row counts in: the equality filters of
 * their lists, in this order. A list's filter names each part or leaves it open (sumCounts).
 */
export const COUNTED_GROUPS: ReadonlyMap<string, GroupOf> = new Map<string, GroupOf>([
  // Online store transactions and Store transactions: channel, store, Pending order status, and
  // for a failure its cause (Failures by root cause and the lists filtered by one).
  ['RetailTransactionOrderStatus', (s) => [String(s.channelKind), String(s.store), String(s.Status), s.Status === 'Failed' ? String(s.ErrorCause ?? 'transactionData') : '']],
  // Run history: job, status.
  ['jobRuns', (r) => [String(r.jobId), String(r.status)]],
  // Customer synchronization status: status, and for a failure its cause (Failures by root cause).
  ['asyncCustomers', (o) => [String(o.status), o.status === 'Failed' ? String(o.lastErrorCause ?? 'customerData') : '']],
]);
