import type { HqDatabase } from '../db/hq-database';
import { SALES_ORDER_SEQUENCE, type AccountStructure, type NumberSequence, type PaymentService, type TenderType } from '../domain/configuration';
import { SYNCHRONIZED_KINDS, type OrderSyncAttempt, type RetailTransactionOrderStatus } from '../domain/order-status';
import { keyOf, keyText, keyTuple, type RetailTransactionHeader, type TransactionBundle, type TransactionKey } from '../domain/transaction-entities';
import { describeRecordProblems, type RecordProblem } from '../validation/record-problem';
import { parseTransactionBundle } from '../validation/transaction-schemas';
import type { SalesOrder, SalesOrderPayment } from '../domain/sales-orders';
import { orderErrors } from './order-errors';
import { orderDataProblems, type MasterData } from './order-rules';
import { isMainAccountAllowed, mainAccountsFor, paysByCard } from './posting';
import { formatSequenceNumber } from './number-sequence-rules';
import { loadStoredRowsOf, transactionTables, type StoredRows } from './retail-transaction-store';
import { ensureAsyncCustomer, type OrderCustomer } from './synchronize-customer';
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

/** What one chunk checks its orders against, read once for all of them. */
interface ChunkConfiguration {
  master: MasterData;
  defaultService: PaymentService | undefined;
  structures: AccountStructure[];
  sequence: NumberSequence | undefined;
}

async function chunkConfiguration(db: HqDatabase): Promise<ChunkConfiguration> {
  const [items, tenderTypes, currencies, services, structures, sequence] = await Promise.all([
    db.items.toArray(), db.tenderTypes.toArray(), db.currencies.toArray(), db.paymentServices.toArray(), db.accountStructures.toArray(),
    db.numberSequences.get(SALES_ORDER_SEQUENCE),
  ]);
  return {
    master: {
      items: new Map(items.map((i) => [i.itemId, i])),
      tenderTypes: new Map(tenderTypes.map((t) => [t.tenderTypeId, t])),
      currencies: new Map(currencies.map((c) => [c.code, c])),
    },
    defaultService: services.find((s) => s.defaultForNewCreditCards),
    structures,
    sequence,
  };
}

const orderTables = (db: HqDatabase) => [
  ...transactionTables(db), db.salesOrders, db.salesOrderPayments, db.numberSequences, db.paymentServices, db.accountStructures,
  db.items, db.tenderTypes, db.currencies, db.orderSyncLog,
];

/** Synchronize orders takes an order not yet made and not being edited; cash-and-carry sales never. */
const takes = (status: RetailTransactionOrderStatus): boolean =>
  status.Status !== 'Succeeded' && status.Status !== 'Editing' && SYNCHRONIZED_KINDS.includes(status.orderKind);

const retried = (status: RetailTransactionOrderStatus) => (status.modifieddatetime === null ? 0 : status.RetryCount + 1);

/** Everything a chunk writes, gathered as its orders are decided and written together at its end. */
class ChunkWrites {
  readonly statuses: RetailTransactionOrderStatus[] = [];
  readonly log: OrderSyncAttempt[] = [];
  readonly salesOrders: SalesOrder[] = [];
  readonly payments: SalesOrderPayment[] = [];
  readonly headers: unknown[] = [];

  constructor(readonly at: string, private readonly source: AttemptSource) {}

  /** A failed attempt: status Failed with its reason, retry counted, and a line in the synchronization log. */
  fail(status: RetailTransactionOrderStatus, details: string): OrderOutcome {
    this.statuses.push({ ...status, Status: 'Failed', ErrorDetail: details, RetryCount: retried(status), modifieddatetime: this.at });
    this.log.push({ ...keyOf(status), at: this.at, ...this.source, outcome: 'Failed', message: details });
    return 'failed';
  }

  succeed(status: RetailTransactionOrderStatus, order: SalesOrder, payments: SalesOrderPayment[], header: unknown): OrderOutcome {
    this.salesOrders.push(order);
    this.payments.push(...payments);
    this.headers.push(header);
    this.statuses.push({ ...status, Status: 'Succeeded', SalesId: order.salesOrderId, ErrorDetail: null, RetryCount: retried(status), modifieddatetime: this.at });
    this.log.push({ ...keyOf(status), at: this.at, ...this.source, outcome: 'Succeeded', message: order.salesOrderId });
    return 'succeeded';
  }

  async write(db: HqDatabase): Promise<void> {
    await Promise.all([
      db.salesOrders.bulkAdd(this.salesOrders), db.salesOrderPayments.bulkAdd(this.payments),
      db.RetailTransactionTable.bulkPut(this.headers as RetailTransactionHeader[]), db.RetailTransactionOrderStatus.bulkPut(this.statuses),
      db.orderSyncLog.bulkAdd(this.log),
    ]);
  }
}

/** The chunk's sales order numbers, drawn from the sequence one by one and written back once. */
class NumberDrawer {
  private next: number;

  constructor(private readonly sequence: NumberSequence | undefined) {
    this.next = sequence?.next ?? 0;
  }

  /** The next number, or null once the sequence is used up: the orders beyond its limit fail, the ones before do not. */
  draw(): string | null {
    if (!this.sequence || this.next > this.sequence.largest) return null;
    return formatSequenceNumber(this.sequence, this.next++);
  }

  async write(db: HqDatabase): Promise<void> {
    if (this.sequence && this.next !== this.sequence.next) await db.numberSequences.update(SALES_ORDER_SEQUENCE, { next: this.next });
  }
}

/** One order decided: the checks in the order HQ makes them, then the sales order with its payments. */
function decide(
  key: TransactionKey, status: RetailTransactionOrderStatus, stored: StoredRows | undefined, customer: OrderCustomer | undefined,
  config: ChunkConfiguration, numbers: NumberDrawer, writes: ChunkWrites,
): OrderOutcome {
  const parsed = parseTransactionBundle(stored ? { RetailTransactionTable: stored.header, ...stored.lines } : null);
  if (!parsed.ok) return writes.fail(status, describeProblems(parsed.problems));
  const bundle = parsed.value;
  const problems = orderDataProblems(bundle, config.master);
  if (problems.length) return writes.fail(status, describeProblems(problems));
  if (customer?.problem) return writes.fail(status, customer.problem);
  const configProblem = configurationError(bundle, config.master.tenderTypes, config.structures, config.defaultService);
  if (configProblem) return writes.fail(status, configProblem);
  // The number is drawn last, so orders that fail for other reasons do not use up the sequence.
  const salesOrderId = numbers.draw();
  if (!salesOrderId) return writes.fail(status, orderErrors.numberSequenceExceeded());

  const head = bundle.RetailTransactionTable;
  const customerAccount = customer?.account ?? head.custAccount;
  const order: SalesOrder = {
    ...keyOf(key), salesOrderId, channelReferenceId: head.ChannelReferenceId, customerAccount, orderDate: head.transDate!,
    currency: head.currency!, amount: head.grossAmount!, createdAt: writes.at,
    // The order line carries the quantity sold; the transaction stores it negative, as HQ does.
    lines: bundle.RetailTransactionSalesTrans.map((l) => ({ lineNum: l.lineNum!, itemId: l.itemId!, qty: -l.qty!, price: l.price!, netAmount: l.netAmount! })),
  };
  const payments = bundle.RetailTransactionPaymentTrans.map((p) => ({
    ...keyOf(key), salesOrderId, tenderType: p.tenderType!, amount: p.amountCur!,
    paymentServiceId: config.master.tenderTypes.get(p.tenderType!)?.method === 'card' ? (config.defaultService?.id ?? null) : null,
  }));
  return writes.succeed(status, order, payments, { ...(stored!.header as object), salesOrderId, custAccount: customerAccount });
}

/** The customer created offline an order is for, if its header names one instead of a real account. */
function offlineAccountOf(stored: StoredRows | undefined): string | null {
  const header = stored?.header as { custAccount?: unknown; CustAccountAsync?: unknown } | undefined;
  const asyncAccount = header && !header.custAccount ? header.CustAccountAsync : null;
  return typeof asyncAccount === 'string' && asyncAccount ? asyncAccount : null;
}

/** The real accounts of customers created offline that are synchronized already; the others are not in the map. */
async function synchronizedCustomers(db: HqDatabase, accounts: readonly string[]): Promise<Map<string, OrderCustomer>> {
  const unique = [...new Set(accounts)];
  const operations = await Promise.all(unique.map((account) => db.asyncCustomers.where('asyncCustomerAccount').equals(account).first()));
  const customers = new Map<string, OrderCustomer>();
  for (const [i, op] of operations.entries()) if (op?.status === 'Succeeded') customers.set(unique[i]!, { account: op.customerAccount, problem: null });
  return customers;
}

/** What a chunk came to: each order's outcome, or null for an order whose offline customer must be synchronized first. */
type ChunkOutcomes = (OrderOutcome | null)[];

/**
 * The chunk in one IndexedDB transaction: the statuses re-read, the configuration read once, each
 * transaction's rows read table by table for all of them, every order decided, then everything
 * written with bulk writes. It commits whole or not at all. An order of a customer created
 * offline who is not synchronized yet is left out (null), to be taken after that customer.
 */
function attemptChunk(
  db: HqDatabase, keys: readonly TransactionKey[], now: Date, source: AttemptSource, signal?: AbortSignal, ensured?: ReadonlyMap<string, OrderCustomer>,
): Promise<ChunkOutcomes> {
  return db.transaction('rw', [...orderTables(db), db.asyncCustomers], async () => {
    // Read again inside the transaction: a click or a run may have got here first, or someone started editing.
    const [statuses, config, rows] = await Promise.all([
      db.RetailTransactionOrderStatus.bulkGet(keys.map(keyTuple)), chunkConfiguration(db), loadStoredRowsOf(db, keys),
    ]);
    const missing = keys.find((_, i) => !statuses[i]);
    if (missing) throw new UserFacingError(`Transaction ${keyText(missing)} does not exist in headquarters.`);
    const offline = keys.map((key, i) => (takes(statuses[i]!) ? offlineAccountOf(rows.get(keyText(key))) : null));
    const customers = await synchronizedCustomers(db, offline.filter((a) => a !== null));
    const writes = new ChunkWrites(now.toISOString(), source);
    const numbers = new NumberDrawer(config.sequence);
    const outcomes = keys.map((key, i): OrderOutcome | null => {
      // A cancel aborts the transaction: no order of the chunk is made, none half-made.
      signal?.throwIfAborted();
      const status = statuses[i]!;
      if (!takes(status)) return 'skipped';
      const account = offline[i];
      const orderCustomer = account ? (ensured?.get(keyText(key)) ?? customers.get(account)) : undefined;
      if (account && !orderCustomer) return null;
      return decide(key, status, rows.get(keyText(key)), orderCustomer, config, numbers, writes);
    });
    await Promise.all([writes.write(db), numbers.write(db)]);
    return outcomes;
  });
}

/**
 * The orders a chunk left for their offline customers: each customer synchronized first (its own
 * transaction), then those orders together, as a chunk of their own.
 */
async function afterTheirCustomers(db: HqDatabase, keys: readonly TransactionKey[], outcomes: ChunkOutcomes, now: Date, source: AttemptSource, signal?: AbortSignal): Promise<OrderOutcome[]> {
  const waiting = keys.filter((_, i) => outcomes[i] === null);
  if (waiting.length === 0) return outcomes as OrderOutcome[];
  const headers = await db.RetailTransactionTable.bulkGet(waiting.map(keyTuple));
  const ensured = new Map<string, OrderCustomer>();
  for (const [i, key] of waiting.entries()) {
    signal?.throwIfAborted();
    ensured.set(keyText(key), await ensureAsyncCustomer(db, offlineAccountOf({ header: headers[i], lines: {} as StoredRows['lines'] })!, now));
  }
  const later = await attemptChunk(db, waiting, now, source, signal, ensured);
  let next = 0;
  return outcomes.map((outcome) => outcome ?? later[next++] ?? 'skipped');
}

/**
 * Turns uploaded transactions into exactly one sales order each, with its payments, or records
 * why it could not. A chunk of them is one IndexedDB transaction that re-reads their statuses
 * first, so a repeated click, a concurrent job run or a retry can never create a second order (the
 * unique key index on salesOrders is the last line of defence), and a crash or cancel leaves the
 * chunk as it was. Whatever goes wrong with one transaction's data fails that transaction alone:
 * if the chunk cannot be written, its orders are tried again one by one, and the one at fault is
 * failed with a reason in words.
 */
export async function synchronizeOrderChunk(db: HqDatabase, keys: readonly TransactionKey[], now: Date, source: AttemptSource = MANUAL, signal?: AbortSignal): Promise<OrderOutcome[]> {
  try {
    return await afterTheirCustomers(db, keys, await attemptChunk(db, keys, now, source, signal), now, source, signal);
  } catch (error) {
    if (error instanceof UserFacingError || isStorageFailure(error) || isAbort(error)) throw error;
    if (keys.length > 1) {
      const outcomes: OrderOutcome[] = [];
      for (const key of keys) outcomes.push(...(await synchronizeOrderChunk(db, [key], now, source, signal)));
      return outcomes;
    }
    const key = keys[0]!;
    const message = userMessage(error, `synchronizing transaction ${keyText(key)}`);
    return db.transaction('rw', db.RetailTransactionOrderStatus, db.orderSyncLog, async () => {
      // Re-read: an order another attempt made meanwhile, or one a person started editing, stays as it is.
      const status = await db.RetailTransactionOrderStatus.get(keyTuple(key));
      if (!status || !takes(status)) return ['skipped'];
      const writes = new ChunkWrites(now.toISOString(), source);
      const outcome = writes.fail(status, message);
      await writes.write(db);
      return [outcome];
    });
  }
}

/** One order: a chunk of one. */
export async function synchronizeOrder(db: HqDatabase, key: TransactionKey, now: Date, source: AttemptSource = MANUAL): Promise<OrderOutcome> {
  return (await synchronizeOrderChunk(db, [key], now, source))[0]!;
}
