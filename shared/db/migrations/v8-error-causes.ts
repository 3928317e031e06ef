import type { Transaction } from 'dexie';
import { rewriteEachPage } from './each-page';
import { recount, type GroupOf } from './v5-kept-counts';

/* Frozen: the Order error details texts, their families and the counted groups as they were at version 8. */

type Row = Record<string, unknown>;
type KeyTuple = [string, string, string, string];
const keyTuple = (row: Row): KeyTuple => [String(row.dataAreaId), String(row.store), String(row.terminal), String(row.transactionId)];

const KEPT_COUNTS = 'keptCounts';
const GROUPS_AT_V8: ReadonlyMap<string, GroupOf> = new Map<string, GroupOf>([
  ['RetailTransactionOrderStatus', (s) => [String(s.channelKind), String(s.store), String(s.Status), s.Status === 'Failed' ? String(s.ErrorCause ?? 'transactionData') : '']],
  ['asyncCustomers', (o) => [String(o.status), o.status === 'Failed' ? String(o.lastErrorCause ?? 'customerData') : '']],
]);

/** Which fix an Order error details text recorded before causes were stored calls for. */
function orderErrorFamily(details: string): string {
  if (details === 'Number sequence has been exceeded.') return 'numberSequence';
  if (details === 'There must be a default payment service to process credit card transactions.') return 'paymentService';
  if (/account structure|overpayment or underpayment|posting has been cancelled/i.test(details)) return 'accountStructure';
  if (/^Customer \S+ (could not be synchronized|has not reached headquarters)/.test(details)) return 'customer';
  return 'transactionData';
}

/**
 * The version 8 upgrade: every failed order status and customer operation gets the cause behind
 * it. Failures recorded before causes were stored have only their text: an order's cause is the
 * family the text names (a data error's kind is not known from it: data of no known kind until
 * synchronized again), an operation's is data of no known kind. Both tables are counted by cause
 * now: recounted from the rows.
 */
export async function upgradeToErrorCauses(tx: Transaction): Promise<void> {
  // A cause already stored (a database a later version wrote through an older schema) is kept.
  await rewriteEachPage(tx.table<Row, KeyTuple>('RetailTransactionOrderStatus'), keyTuple,
    (page) => page.map((s) => ({ ...s, ErrorCause: s.Status === 'Failed' ? (s.ErrorCause ?? orderErrorFamily(String(s.ErrorDetail ?? ''))) : null })));
  await rewriteEachPage(tx.table<Row & { operationId: string }, string>('asyncCustomers'), (o) => o.operationId,
    (page) => page.map((o) => ({ ...o, lastErrorCause: o.status === 'Failed' ? (o.lastErrorCause ?? 'customerData') : null })));
  const counts = tx.table(KEPT_COUNTS);
  for (const [name, groupOf] of GROUPS_AT_V8) {
    await counts.where('[table+group]').between([name, []], [name, [[]]], true, true).delete();
    await counts.bulkPut(await recount(tx.table(name), name, groupOf));
  }
}
