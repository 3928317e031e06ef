import type { Transaction } from 'dexie';
import { rewriteEachPage } from './each-page';
import { recount } from './v5-kept-counts';

/* Frozen: the order statuses' groups and lists of kept counts as they were at version 15. */

type Row = Record<string, unknown>;
type KeyTuple = [string, string, string, string];
const keyTuple = (row: Row): KeyTuple => [String(row.dataAreaId), String(row.store), String(row.terminal), String(row.transactionId)];

const KEPT_COUNTS = 'keptCounts';
const STATUSES = 'RetailTransactionOrderStatus';
const STATUS_LISTS = 'RetailTransactionOrderStatus lists';
const statusGroup = (s: Row) => [String(s.channelKind), String(s.store), String(s.Status)];

/** Every cause of a failed order (a failure stored without one is of the transaction's data); none unless Failed. */
function causesOf(s: Row): string[] {
  if (s.Status !== 'Failed') return [];
  const causes = Array.isArray(s.ErrorCauses) ? s.ErrorCauses.map(String) : [];
  return causes.length ? causes : ['transactionData'];
}

/**
 * The version 15 upgrade: an order stores every cause it failed for (ErrorCauses), not one
 * (ErrorCause): the one it had becomes the first of its list. The statuses are counted by channel,
 * store and status, and each failure once more under each of its causes: both recounted from the
 * rows. (The database derives each failure's entries in the index of its causes as it writes the
 * row, as it does for every write.)
 */
export async function upgradeToEveryCause(tx: Transaction): Promise<void> {
  await rewriteEachPage(tx.table<Row, KeyTuple>(STATUSES), keyTuple, (page) => page.map(({ ErrorCause, ...s }) => ({
    ...s,
    // A list already stored (a database a later build wrote) is kept.
    ErrorCauses: Array.isArray(s.ErrorCauses) ? s.ErrorCauses : s.Status === 'Failed' ? [String(ErrorCause ?? 'transactionData')] : [],
  })));
  const counts = tx.table(KEPT_COUNTS);
  for (const name of [STATUSES, STATUS_LISTS]) await counts.where('[table+group]').between([name, []], [name, [[]]], true, true).delete();
  await counts.bulkPut(await recount(tx.table(STATUSES), STATUSES, statusGroup));
  const lists = new Map<string, { table: string; group: string[]; count: number }>();
  await tx.table<Row>(STATUSES).each((s) => {
    for (const cause of causesOf(s)) {
      const group = [String(s.channelKind), String(s.store), cause];
      const entry = lists.get(JSON.stringify(group)) ?? { table: STATUS_LISTS, group, count: 0 };
      entry.count += 1;
      lists.set(JSON.stringify(group), entry);
    }
  });
  await counts.bulkPut([...lists.values()]);
}
