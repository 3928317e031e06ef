import type { GroupOf, MoreGroups } from './kept-counts';
import { listCounter, ROW_LISTS } from './row-lists';

/**
 * The tables whose rows are counted, and the group each row counts in: the equality filters of
 * their lists, in this order. A list's filter names each part or leaves it open (sumCounts).
 */
export const COUNTED_GROUPS: ReadonlyMap<string, GroupOf> = new Map<string, GroupOf>([
  // Online store transactions and Store transactions: channel, store, Pending order status (a
  // failure's causes are counted among its lists, below).
  ['RetailTransactionOrderStatus', (s) => [String(s.channelKind), String(s.store), String(s.Status)]],
  // Run history: job, status.
  ['jobRuns', (r) => [String(r.jobId), String(r.status)]],
  // Customer synchronization status: status, and for a failure its cause (Failures by root cause).
  ['asyncCustomers', (o) => [String(o.status), o.status === 'Failed' ? String(o.lastErrorCause ?? 'customerData') : '']],
  // Check data's findings: channel, store, whether the order would fail.
  ['dataCheckFindings', (f) => [String(f.channelKind), String(f.store), String(f.verdict)]],
]);

/**
 * Each row once in every list it is in (row-lists.ts), by channel and store: a failed order under
 * each of its causes (Failures by root cause, the lists filtered by one), a finding of Check data
 * in each of its lists.
 */
export const COUNTED_LISTS: ReadonlyMap<string, MoreGroups> = new Map([...ROW_LISTS].map(([table, listsOf]) => [table, {
  counter: listCounter(table),
  groupsOf: (row: Record<string, unknown>) => listsOf(row).map((list) => [String(row.channelKind), String(row.store), list]),
}]));
