import type { HqDatabase } from '../../db/hq-database';
import type { AccountStructure, NumberSequence, PaymentService } from '../../configuration/configuration';
import { HQ_PARAMETERS_ID, type HqParameters } from '../../master-data/master-data';
import { SYNCHRONIZED_KINDS, type RetailTransactionOrderStatus } from '../order-status';
import type { SalesOrder, SalesOrderPayment } from '../sales-orders';
import { LINE_ENTITY_NAMES, keyOf, keyText, type RetailTransactionHeader, type TransactionBundle, type TransactionKey } from '../transaction-entities';
import { describeRecordProblems, type RecordProblem } from '../record-problem';
import { parseTransactionBundle } from '../transaction-schemas';
import { orderErrors, dataErrorCause, type OrderErrorCause } from '../order-errors';
import { orderDataProblems, type MasterData } from '../order-rules';
import { isMainAccountAllowed, mainAccountsFor, paysByCard } from '../posting';
import { getByKeys, loadLinesOf, type StoredLines, type StoredRows } from '../retail-transaction-store';
import type { OrderCustomer } from '../../customers/synchronize/synchronize-customer';
import { isAbort, isStorageFailure, userMessage } from '../../platform/user-facing-error';

/** At most this many problems go into Order error details; the rest are counted. */
const MAX_LISTED_PROBLEMS = 12;

function describeProblems(problems: readonly RecordProblem[]): string {
  const listed = describeRecordProblems(problems.slice(0, MAX_LISTED_PROBLEMS));
  return problems.length > MAX_LISTED_PROBLEMS ? `${listed}\n…and ${problems.length - MAX_LISTED_PROBLEMS} more problems.` : listed;
}

/** What a chunk's orders are checked against, read once for all of them (the number sequence is read where it is drawn). */
interface ChunkConfiguration {
  master: MasterData;
  defaultService: PaymentService | undefined;
  structures: AccountStructure[];
  /** HQ's parameters: the sales order number sequence, the freight charge code, the posting profile. */
  parameters: HqParameters | undefined;
}

async function chunkConfiguration(db: HqDatabase): Promise<ChunkConfiguration> {
  const [items, tenderTypes, currencies, services, structures, parameters] = await Promise.all([
    db.items.toArray(), db.tenderTypes.toArray(), db.currencies.toArray(), db.paymentServices.toArray(), db.accountStructures.toArray(),
    db.hqParameters.get(HQ_PARAMETERS_ID),
  ]);
  return {
    master: {
      items: new Map(items.map((i) => [i.itemId, i])),
      tenderTypes: new Map(tenderTypes.map((t) => [t.tenderTypeId, t])),
      currencies: new Map(currencies.map((c) => [c.code, c])),
    },
    defaultService: services.find((s) => s.defaultForNewCreditCards),
    structures,
    parameters,
  };
}

/** Synchronize orders takes an order not yet made and not being edited; cash-and-carry sales never. */
export const takes = (status: RetailTransactionOrderStatus): boolean =>
  status.Status !== 'Succeeded' && status.Status !== 'Editing' && SYNCHRONIZED_KINDS.includes(status.orderKind);

/** The customer created offline an order is for, if its header names one instead of a real account. */
export function offlineAccountOf(header: unknown): string | null {
  const fields = header as { custAccount?: unknown; CustAccountAsync?: unknown } | undefined;
  const asyncAccount = fields && !fields.custAccount ? fields.CustAccountAsync : null;
  return typeof asyncAccount === 'string' && asyncAccount ? asyncAccount : null;
}

/**
 * What a chunk's orders are made from besides their headers and statuses: their lines and the
 * configuration. These may be read ahead, while the chunk before is written (see readAhead).
 */
export interface ChunkSources {
  lines: Map<string, StoredLines>;
  config: ChunkConfiguration;
}

/** The tables readSources reads: the ones db.orderSourceWrites watches. */
export const sourceTables = (db: HqDatabase) => [
  ...LINE_ENTITY_NAMES.map((e) => db[e]), db.items, db.tenderTypes, db.currencies, db.paymentServices, db.accountStructures, db.hqParameters,
];

export async function readSources(db: HqDatabase, keys: readonly TransactionKey[]): Promise<ChunkSources> {
  const [lines, config] = await Promise.all([loadLinesOf(db, keys), chunkConfiguration(db)]);
  return { lines, config };
}

/** Everything a chunk's orders are decided from. */
export interface ChunkReads {
  keys: readonly TransactionKey[];
  statuses: (RetailTransactionOrderStatus | undefined)[];
  headers: (RetailTransactionHeader | undefined)[];
  /** The sales order number sequence, read with the statuses so that drawing costs no round trip of its own. */
  sequence: NumberSequence | undefined;
  sources: ChunkSources;
  /** The real accounts of the chunk's customers created offline that are synchronized already, by their async account. */
  customers: Map<string, OrderCustomer>;
}

/** The tables readChunk reads besides the sources: always read in the transaction that writes the chunk. */
export const chunkReadTables = (db: HqDatabase) => [db.RetailTransactionOrderStatus, db.RetailTransactionTable, db.asyncCustomers, db.numberSequences];

/** Reads a chunk's statuses, headers and offline customers (call inside a transaction over chunkReadTables), with its sources. */
export async function readChunk(db: HqDatabase, keys: readonly TransactionKey[], sources: ChunkSources): Promise<ChunkReads> {
  const [statuses, headers, sequence] = await Promise.all([
    getByKeys(db.RetailTransactionOrderStatus, keys), getByKeys(db.RetailTransactionTable, keys),
    sources.config.parameters ? db.numberSequences.get(sources.config.parameters.salesOrderSequence) : undefined,
  ]);
  const accounts = [...new Set(headers.flatMap((header) => offlineAccountOf(header) ?? []))];
  const operations = await Promise.all(accounts.map((account) => db.asyncCustomers.where('asyncCustomerAccount').equals(account).first()));
  const customers = new Map<string, OrderCustomer>();
  for (const [i, op] of operations.entries()) if (op?.status === 'Succeeded') customers.set(accounts[i]!, { account: op.customerAccount, problem: null });
  return { keys, statuses, headers, sequence, sources, customers };
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
