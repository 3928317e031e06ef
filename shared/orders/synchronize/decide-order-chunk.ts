import type { SalesOrder, SalesOrderPayment } from '../sales-orders';
import { keyOf, keyText, type TransactionBundle, type TransactionKey } from '../transaction-entities';
import { offlineAccountOf, takes } from '../order-status';
import { describeRecordProblems, type RecordProblem } from '../record-problem';
import { parseTransactionBundle } from '../transaction-schemas';
import { orderErrors, dataErrorCauses, type OrderErrorCause } from '../order-errors';
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
  /** Every cause found, in the order HQ checks them, and their texts, one after another. */
  | { kind: 'fail'; details: string; causes: OrderErrorCause[] }
  /** A sales order to make: it gets its number where the chunk is written (the last check: the sequence may be used up). */
  | { kind: 'make'; order: Omit<SalesOrder, 'salesOrderId' | 'createdAt'>; payments: Omit<SalesOrderPayment, 'salesOrderId'>[]; header: object };

/** One reason an order cannot become a sales order: its text in Order error details, and its cause. */
interface Blocker {
  details: string;
  causes: OrderErrorCause[];
}

/**
 * Each family of HQ's configuration that cannot take this order right now: every one that applies,
 * not only the first, so fixing one does not merely reveal the next. A part of the configuration
 * not known here (null) is not judged.
 */
function configurationBlockers(bundle: TransactionBundle, config: ChunkConfiguration): Blocker[] {
  const { master: { tenderTypes }, structures, defaultService, parameters } = config;
  const blockers: Blocker[] = [];
  const invalid = parameters && structures && tenderTypes && mainAccountsFor(bundle, tenderTypes, parameters).find((account) => !isMainAccountAllowed(structures, account));
  if (invalid) blockers.push({ details: orderErrors.accountStructure(invalid, bundle.RetailTransactionTable.dataAreaId), causes: ['accountStructure'] });
  if (tenderTypes && defaultService === undefined && paysByCard(bundle, tenderTypes)) blockers.push({ details: orderErrors.noDefaultPaymentService(), causes: ['paymentService'] });
  return blockers;
}

/** The blockers as one failure: their texts one after another (as Order error details shows them), every cause once. */
function failWith(blockers: readonly Blocker[]): OrderPlan {
  return { kind: 'fail', details: blockers.map((b) => b.details).join('\n'), causes: [...new Set(blockers.flatMap((b) => b.causes))] };
}

const dataBlocker = (problems: readonly RecordProblem[]): Blocker => ({ details: describeProblems(problems), causes: dataErrorCauses(problems) });

/**
 * One order: every check HQ makes, in the order it makes them (the transaction's data, its customer
 * created offline, the configuration), then the sales order with its payments. Each check applies
 * whatever the others found, so a failed order names every cause it has. Check data decides each
 * imported order with this same function, writing nothing.
 */
export function decideOrder(key: TransactionKey, stored: StoredRows | undefined, customer: OrderCustomer | undefined, config: ChunkConfiguration): OrderPlan {
  const parsed = parseTransactionBundle(stored ? { RetailTransactionTable: stored.header, ...stored.lines } : null);
  // Rows that cannot be read as their tables are judged by nothing else.
  if (!parsed.ok) return failWith([dataBlocker(parsed.problems)]);
  const bundle = parsed.value;
  const problems = orderDataProblems(bundle, config.master);
  const blockers = [
    ...(problems.length ? [dataBlocker(problems)] : []),
    ...(customer?.problem ? [{ details: customer.problem, causes: ['customer' as const] }] : []),
    ...configurationBlockers(bundle, config),
  ];
  if (blockers.length) return failWith(blockers);

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
      paymentServiceId: config.master.tenderTypes?.get(p.tenderType!)?.method === 'card' ? (config.defaultService?.id ?? null) : null,
    })),
    header: { ...(stored!.header as object), custAccount: customerAccount },
  };
}

/** decideOrder, with whatever one order's data makes go wrong failing that order alone, in words. */
export function decideContained(key: TransactionKey, stored: StoredRows | undefined, customer: OrderCustomer | undefined, config: ChunkConfiguration): OrderPlan {
  try {
    return decideOrder(key, stored, customer, config);
  } catch (error) {
    if (isStorageFailure(error) || isAbort(error)) throw error;
    return { kind: 'fail', details: userMessage(error, `synchronizing transaction ${keyText(key)}`), causes: ['transactionData'] };
  }
}

/** A chunk's stored rows of one of its orders, as read. */
export function storedRowsOf(reads: ChunkReads, i: number): StoredRows | undefined {
  const header = reads.headers[i];
  return header ? { header, lines: reads.sources.lines.get(keyText(reads.keys[i]!))! } : undefined;
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
    const account = offlineAccountOf(reads.headers[i]);
    const customer = account ? (ensured?.get(keyText(key)) ?? reads.customers.get(account)) : undefined;
    if (account && !customer) return { kind: 'waiting' };
    return decideContained(key, storedRowsOf(reads, i), customer, reads.sources.config);
  });
}
