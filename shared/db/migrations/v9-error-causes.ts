import { Dexie, type IndexableType, type Transaction } from 'dexie';
import type { RetailTransactionOrderStatus } from '../../domain/order-status';
import { keyTuple, type TransactionKeyTuple } from '../../domain/transaction-entities';
import { orderErrorFamily } from '../../engine/order-errors';
import { COUNTED_GROUPS } from '../counted-groups';
import { KEPT_COUNTS, recount } from '../kept-counts';

const TABLE = 'RetailTransactionOrderStatus';
/** How many statuses the upgrade holds at a time. */
const PAGE = 2000;

/**
 * The version 9 upgrade: every failed order status gets the cause behind it. Failures recorded
 * before causes were stored have only their text, so the family it names is the cause (a data
 * error's kind is not known from the text: it groups as data of no known kind until synchronized
 * again). The order statuses' counts are grouped by cause now: recounted from the rows.
 */
export async function upgradeToErrorCauses(tx: Transaction): Promise<void> {
  const statuses = tx.table<RetailTransactionOrderStatus, TransactionKeyTuple>(TABLE);
  let after: IndexableType = Dexie.minKey;
  for (;;) {
    const page = await statuses.where(':id').above(after).limit(PAGE).toArray();
    if (page.length === 0) break;
    await statuses.bulkPut(page.map((s) => ({ ...s, ErrorCause: s.Status === 'Failed' ? orderErrorFamily(s.ErrorDetail ?? '') : null })));
    after = keyTuple(page[page.length - 1]!);
  }
  const counts = tx.table(KEPT_COUNTS);
  await counts.where('[table+group]').between([TABLE, []], [TABLE, [[]]], true, true).delete();
  await counts.bulkPut(await recount(tx.table(TABLE), TABLE, COUNTED_GROUPS.get(TABLE)!));
}
