import type { SalesOrder, SalesOrderPayment } from '../sales-orders';
import { keyOf, keyText, type TransactionBundle, type TransactionKey } from '../transaction-entities';
import { offlineAccountOf, takes } from '../order-status';
import { describeRecordProblems, type RecordProblem } from '../record-problem';
import { parseTransactionBundle } from '../transaction-schemas';
import { orderErrors, dataErrorCause, type OrderErrorCause } from '../order-errors';
import { orderDataProblems } from '../order-rules';
import { isMainAccountAllowed, mainAccountsFor, paysByCard } from '../posting';
import type { StoredRows } from '../retail-transaction-store';
import { isAbort, isStorageFailure, userMessage } from '../../platform/user-facing-error';
import type { ChunkConfiguration, ChunkReads, OrderCustomer } from './read-order-chunk';


/*
 * Synchronize orders, step 2 of 3: decide every order of a chunk from what was read, writing nothing.
 */

/** At most this many problems go into Order error details; the rest are counted. */
const MAX_LISTED_PROBLEMS = 12;

function describeProblems(problems: readonly RecordProblem[]): string {
  const listed = describeRecordProblems(problems.slice(0, MAX_LISTED_PROBLEMS));
  return problems.length > MAX_LISTED_PROBLEMS ? `${listed}\n…and ${problems.length - MAX_LISTED_PROBLEMS} more problems.` : listed;
}

/** What will become of one order of a chunk, decided before anything is written. */
export type OrderPlan =
  | { kind: 'skipped' }
  /** Its customer, created offline, must be synchronized first. */
  | { kind: 'waiting' }
  | { kind: 'fail'; details: string; cause: OrderErrorCause }
  /** A sales order to make: it gets its number where the chunk is written (the last check: the sequence may be used up). */
  | { kind: 'make'; order: Omit<SalesOrder, 'salesOrderId' | 'createdAt'>; payments: Omit<SalesOrderPayment, 'salesOrderId'>[]; header: object };

/** Why HQ's configuration cannot take this order right now; null if it can. */
function configurationError(bundle: TransactionBundle, config: ChunkConfiguration): OrderPlan | null {
  const { master: { tenderTypes }, structures, defaultService, parameters } = config;
  const invalid = parameters && mainAccountsFor(bundle, tenderTypes, parameters).find((account) => !isMainAccountAllowed(structures, account));
  if (invalid) return { kind: 'fail', details: orderErrors.accountStructure(invalid, bundle.RetailTransactionTable.dataAreaId), cause: 'accountStructure' };
  if (paysByCard(bundle, tenderTypes) && !defaultService) return { kind: 'fail', details: orderErrors.noDefaultPaymentService(), cause: 'paymentService' };
  return null;
}

/** One order: the checks in the order HQ makes them, then the sales order with its payments. */
function planOrder(key: TransactionKey, stored: StoredRows | undefined, customer: OrderCustomer | undefined, config: ChunkConfiguration): OrderPlan {
  const parsed = parseTransactionBundle(stored ? { RetailTransactionTable: stored.header, ...stored.lines } : null);
  if (!parsed.ok) return { kind: 'fail', details: describeProblems(parsed.problems), cause: dataErrorCause(parsed.problems[0]) };
  const bundle = parsed.value;
  const problems = orderDataProblems(bundle, config.master);
  if (problems.length) return { kind: 'fail', details: describeProblems(problems), cause: dataErrorCause(problems[0]) };
  if (customer?.problem) return { kind: 'fail', details: customer.problem, cause: 'customer' };
  const configProblem = configurationError(bundle, config);
  if (configProblem) return configProblem;

  const head = bundle.RetailTransactionTable;
  const customerAccount = customer?.account ?? head.custAccount;
  return {
    kind: 'make',
    order: {
      ...keyOf(key), channelReferenceId: head.ChannelReferenceId, customerAccount, orderDate: head.transDate!, currency: head.currency!, amount: head.grossAmount!,
      // The order line carries the quantity sold; the transaction stores it negative, as HQ does.
      lines: bundle.RetailTransactionSalesTrans.map((l) => ({ lineNum: l.lineNum!, itemId: l.itemId!, qty: -l.qty!, price: l.price!, netAmount: l.netAmount! })),
    },
    payments: bundle.RetailTransactionPaymentTrans.map((p) => ({
      ...keyOf(key), tenderType: p.tenderType!, amount: p.amountCur!,
      paymentServiceId: config.master.tenderTypes.get(p.tenderType!)?.method === 'card' ? (config.defaultService?.id ?? null) : null,
    })),
    header: { ...(stored!.header as object), custAccount: customerAccount },
  };
}

/**
 * Decides every order of a chunk from what was read, writing nothing. Whatever one order's data
 * makes go wrong fails that order alone, in words. `ensured` holds the customers created offline
 * that were synchronized for this chunk just before, by the order's key.
 */
export function planChunk(reads: ChunkReads, signal?: AbortSignal, ensured?: ReadonlyMap<string, OrderCustomer>): OrderPlan[] {
  return reads.keys.map((key, i): OrderPlan => {
    signal?.throwIfAborted();
    const status = reads.statuses[i];
    if (!status || !takes(status)) return { kind: 'skipped' };
    const header = reads.headers[i];
    const stored = header ? { header, lines: reads.sources.lines.get(keyText(key))! } : undefined;
    const account = offlineAccountOf(header);
    const customer = account ? (ensured?.get(keyText(key)) ?? reads.customers.get(account)) : undefined;
    if (account && !customer) return { kind: 'waiting' };
    try {
      return planOrder(key, stored, customer, reads.sources.config);
    } catch (error) {
      if (isStorageFailure(error) || isAbort(error)) throw error;
      return { kind: 'fail', details: userMessage(error, `synchronizing transaction ${keyText(key)}`), cause: 'transactionData' };
    }
  });
}
