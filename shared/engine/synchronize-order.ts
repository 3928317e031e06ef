import type { HqDatabase } from '../db/hq-database';
import { SALES_ORDER_SEQUENCE, type AccountStructure, type PaymentService, type TenderType } from '../domain/configuration';
import { SYNCHRONIZED_KINDS, type OrderSyncAttempt, type RetailTransactionOrderStatus } from '../domain/order-status';
import { keyOf, keyText, keyTuple, type TransactionBundle, type TransactionKey } from '../domain/transaction-entities';
import { describeRecordProblems, type RecordProblem } from '../validation/record-problem';
import { parseTransactionBundle } from '../validation/transaction-schemas';
import { orderErrors } from './order-errors';
import { orderDataProblems, type MasterData } from './order-rules';
import { isMainAccountAllowed, mainAccountsFor, paysByCard } from './posting';
import { formatSequenceNumber } from './number-sequence-rules';
import { loadStoredRows, transactionTables } from './retail-transaction-store';
import { ensureAsyncCustomer } from './synchronize-customer';
import { isAbort, isStorageFailure, UserFacingError, userMessage } from './user-facing-error';

export type OrderOutcome = 'succeeded' | 'failed' | 'skipped';

/** Who asked for the attempt: a job run, or a person's Synchronize order. It goes into the synchronization log. */
export interface AttemptSource {
  trigger: OrderSyncAttempt['trigger'];
  runId: number | null;
}
export const MANUAL: AttemptSource = { trigger: 'manual', runId: null };

/** At most this many problems go into Order error details; the rest are counted. */
const MAX_LISTED_PROBLEMS = 12;

function describeProblems(problems: readonly RecordProblem[]): string {
  const listed = describeRecordProblems(problems.slice(0, MAX_LISTED_PROBLEMS));
  return problems.length > MAX_LISTED_PROBLEMS ? `${listed}\n…and ${problems.length - MAX_LISTED_PROBLEMS} more problems.` : listed;
}

/** Why HQ's configuration cannot take this order right now; null if it can. */
function configurationError(bundle: TransactionBundle, tenderTypes: ReadonlyMap<string, TenderType>, structures: AccountStructure[], defaultService: PaymentService | undefined): string | null {
  const invalid = mainAccountsFor(bundle, tenderTypes).find((account) => !isMainAccountAllowed(structures, account));
  if (invalid) return orderErrors.accountStructure(invalid);
  if (paysByCard(bundle, tenderTypes) && !defaultService) return orderErrors.noDefaultPaymentService();
  return null;
}

async function masterData(db: HqDatabase): Promise<MasterData> {
  const [items, tenderTypes, currencies] = await Promise.all([db.items.toArray(), db.tenderTypes.toArray(), db.currencies.toArray()]);
  return {
    items: new Map(items.map((i) => [i.itemId, i])),
    tenderTypes: new Map(tenderTypes.map((t) => [t.tenderTypeId, t])),
    currencies: new Map(currencies.map((c) => [c.code, c])),
  };
}

const orderTables = (db: HqDatabase) => [
  ...transactionTables(db), db.salesOrders, db.salesOrderPayments, db.numberSequences, db.paymentServices, db.accountStructures,
  db.items, db.tenderTypes, db.currencies, db.orderSyncLog,
];

/** Records a failed attempt: status Failed with its reason, retry counted, and a line in the synchronization log. */
async function recordFailure(db: HqDatabase, status: RetailTransactionOrderStatus, details: string, at: string, source: AttemptSource): Promise<OrderOutcome> {
  const RetryCount = status.modifieddatetime === null ? 0 : status.RetryCount + 1;
  await db.RetailTransactionOrderStatus.update(keyTuple(status), { Status: 'Failed', ErrorDetail: details, RetryCount, modifieddatetime: at });
  await db.orderSyncLog.add({ ...keyOf(status), at, ...source, outcome: 'Failed', message: details });
  return 'failed';
}

/** Synchronize orders takes an order not yet made and not being edited; cash-and-carry sales never. */
const takes = (status: RetailTransactionOrderStatus): boolean =>
  status.Status !== 'Succeeded' && status.Status !== 'Editing' && SYNCHRONIZED_KINDS.includes(status.orderKind);

async function statusOf(db: HqDatabase, key: TransactionKey): Promise<RetailTransactionOrderStatus> {
  const status = await db.RetailTransactionOrderStatus.get(keyTuple(key));
  if (!status) throw new UserFacingError(`Transaction ${keyText(key)} does not exist in headquarters.`);
  return status;
}

async function attempt(db: HqDatabase, key: TransactionKey, now: Date, source: AttemptSource): Promise<OrderOutcome> {
  if (!takes(await statusOf(db, key))) return 'skipped';
  // A customer created offline is synchronized first (its own transaction): the sales order needs its real account.
  const header = await db.RetailTransactionTable.get(keyTuple(key));
  const asyncAccount = header && !header.custAccount ? header.CustAccountAsync : null;
  const customer = typeof asyncAccount === 'string' && asyncAccount ? await ensureAsyncCustomer(db, asyncAccount, now) : null;

  return db.transaction('rw', orderTables(db), async () => {
    // Again inside the transaction: a click or a run may have got here first, or someone started editing.
    const status = await statusOf(db, key);
    if (!takes(status)) return 'skipped';
    const at = now.toISOString();
    const fail = (details: string) => recordFailure(db, status, details, at, source);

    const stored = await loadStoredRows(db, key);
    const parsed = parseTransactionBundle(stored ? { RetailTransactionTable: stored.header, ...stored.lines } : null);
    if (!parsed.ok) return fail(describeProblems(parsed.problems));
    const bundle = parsed.value;
    const master = await masterData(db);
    const problems = orderDataProblems(bundle, master);
    if (problems.length) return fail(describeProblems(problems));
    if (customer?.problem) return fail(customer.problem);

    const defaultService = (await db.paymentServices.toArray()).find((s) => s.defaultForNewCreditCards);
    const configProblem = configurationError(bundle, master.tenderTypes, await db.accountStructures.toArray(), defaultService);
    if (configProblem) return fail(configProblem);
    // The number is drawn last, so orders that fail for other reasons do not use up the sequence.
    const sequence = await db.numberSequences.get(SALES_ORDER_SEQUENCE);
    if (!sequence || sequence.next > sequence.largest) return fail(orderErrors.numberSequenceExceeded());
    await db.numberSequences.update(SALES_ORDER_SEQUENCE, { next: sequence.next + 1 });

    const salesOrderId = formatSequenceNumber(sequence, sequence.next);
    const head = bundle.RetailTransactionTable;
    const customerAccount = customer?.account ?? head.custAccount;
    await db.salesOrders.add({
      ...keyOf(key), salesOrderId, channelReferenceId: head.ChannelReferenceId, customerAccount, orderDate: head.transDate!,
      currency: head.currency!, amount: head.grossAmount!, createdAt: at,
      // The order line carries the quantity sold; the transaction stores it negative, as HQ does.
      lines: bundle.RetailTransactionSalesTrans.map((l) => ({ lineNum: l.lineNum!, itemId: l.itemId!, qty: -l.qty!, price: l.price!, netAmount: l.netAmount! })),
    });
    await db.salesOrderPayments.bulkAdd(bundle.RetailTransactionPaymentTrans.map((p) => ({
      ...keyOf(key), salesOrderId, tenderType: p.tenderType!, amount: p.amountCur!,
      paymentServiceId: master.tenderTypes.get(p.tenderType!)?.method === 'card' ? (defaultService?.id ?? null) : null,
    })));
    await db.RetailTransactionTable.update(keyTuple(key), { salesOrderId, custAccount: customerAccount });
    const RetryCount = status.modifieddatetime === null ? 0 : status.RetryCount + 1;
    await db.RetailTransactionOrderStatus.update(keyTuple(key), { Status: 'Succeeded', SalesId: salesOrderId, ErrorDetail: null, RetryCount, modifieddatetime: at });
    await db.orderSyncLog.add({ ...keyOf(key), at, ...source, outcome: 'Succeeded', message: salesOrderId });
    return 'succeeded';
  });
}

/**
 * Turns one uploaded transaction into exactly one sales order with its payments, or records why
 * it could not. Everything happens in one IndexedDB transaction that re-reads the status first,
 * so a repeated click, a concurrent job run or a retry can never create a second order (the
 * unique key index on salesOrders is the last line of defence). Whatever goes wrong with this
 * transaction's data fails this transaction alone, with a reason in words.
 */
export async function synchronizeOrder(db: HqDatabase, key: TransactionKey, now: Date, source: AttemptSource = MANUAL): Promise<OrderOutcome> {
  try {
    return await attempt(db, key, now, source);
  } catch (error) {
    if (error instanceof UserFacingError || isStorageFailure(error) || isAbort(error)) throw error;
    const message = userMessage(error, `synchronizing transaction ${keyText(key)}`);
    return db.transaction('rw', db.RetailTransactionOrderStatus, db.orderSyncLog, async () => {
      // Re-read: an order another attempt made meanwhile, or one a person started editing, stays as it is.
      const status = await statusOf(db, key);
      return takes(status) ? recordFailure(db, status, message, now.toISOString(), source) : 'skipped';
    });
  }
}
